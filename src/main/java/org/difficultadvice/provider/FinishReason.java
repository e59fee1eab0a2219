package org.difficultadvice.provider;

/** Why the model stopped writing. */
public enum FinishReason {
  /** A natural end (OpenAI {@code stop}, Anthropic {@code end_turn} or a forced tool call). */
  STOP,
  /** The token limit cut the answer short: it is truncated. */
  LENGTH,
  /** Anything else the API reported (content filter, ...). */
  OTHER
}
