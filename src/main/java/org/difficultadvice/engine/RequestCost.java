package org.difficultadvice.engine;

/**
 * What a request counts against rate limits when it is admitted, as both APIs count it: its
 * estimated input tokens, and the most it may write (its {@code max_tokens}), since neither
 * server knows the answer's length before it is written.
 */
record RequestCost(long inputTokens, long maxOutputTokens) {
  RequestCost {
    if (inputTokens < 0 || maxOutputTokens < 0) {
      throw new IllegalArgumentException("token counts cannot be negative");
    }
  }

  long totalTokens() {
    return inputTokens + maxOutputTokens;
  }
}
