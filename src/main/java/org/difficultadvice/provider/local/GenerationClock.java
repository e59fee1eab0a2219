package org.difficultadvice.provider.local;

/**
 * When a call started and when its first and last tokens arrived, so a benchmark can tell
 * prompt processing (start to first token) from generation (first to last token). One per call.
 */
final class GenerationClock {
  private long startNanos;
  private long firstTokenNanos;
  private long lastTokenNanos;

  void started() {
    startNanos = System.nanoTime();
  }

  void tokenArrived() {
    long now = System.nanoTime();
    if (firstTokenNanos == 0) {
      firstTokenNanos = now;
    }
    lastTokenNanos = now;
  }

  /** Seconds from the start to the first token: prompt processing and one sampled token. */
  double promptSeconds() {
    return (firstTokenNanos - startNanos) / 1e9;
  }

  /** Seconds from the first token to the last. */
  double generationSeconds() {
    return (lastTokenNanos - firstTokenNanos) / 1e9;
  }
}
