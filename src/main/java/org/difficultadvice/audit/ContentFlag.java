package org.difficultadvice.audit;

/** Quality problems the filter stage knows how to recognise in a record's text. */
public enum ContentFlag {
  /** The answer is stock refusal boilerplate ("As an AI language model, I cannot ..."). */
  REFUSAL_BOILERPLATE,
  /** The answer leaks the generator's instructions or the injected constitution text. */
  LEAKED_INSTRUCTION,
  /** A stock "slop" name (Sarah Chen, Emily Johnson, ...) appears in the chat. */
  SLOP_NAME;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
