package org.difficultadvice.audit;

/** The JSONL chat layouts the audit recognises, one per line. */
public enum ChatFormat {
  /** {@code {"messages": [{"role": ..., "content": ...}]}}. */
  OPENAI,
  /** {@code {"conversations": [{"from": ..., "value": ...}]}}. */
  SHAREGPT,
  /** {@code {"text": ...}}: plain text, one assistant-free document per line. */
  TEXT;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
