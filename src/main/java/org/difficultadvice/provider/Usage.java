package org.difficultadvice.provider;

/**
 * Tokens a call consumed, as the API reported them, in one shape for every API.
 *
 * @param inputTokens every prompt token, cached or not. OpenAI's {@code prompt_tokens} already
 *     counts its cached tokens; Anthropic's {@code input_tokens} excludes cache reads and writes,
 *     so its provider adds them in.
 * @param outputTokens every written token, reasoning included (both APIs bill reasoning as output)
 * @param cachedInputTokens the part of the input read from the server's prompt cache
 * @param cacheWriteTokens the part of the input written to the prompt cache (Anthropic bills it
 *     above the input price; OpenAI caches without saying so, and reports none)
 * @param reasoningTokens the part of the output a reasoning model spent thinking, unseen
 */
public record Usage(
    long inputTokens, long outputTokens, long cachedInputTokens, long cacheWriteTokens,
    long reasoningTokens) {
  public static final Usage NONE = new Usage(0, 0);

  public Usage {
    if (inputTokens < 0 || outputTokens < 0 || cachedInputTokens < 0 || cacheWriteTokens < 0
        || reasoningTokens < 0) {
      throw new IllegalArgumentException("token counts cannot be negative");
    }
    if (cachedInputTokens + cacheWriteTokens > inputTokens) {
      throw new IllegalArgumentException("cached (" + cachedInputTokens + ") and cache-write ("
          + cacheWriteTokens + ") tokens are part of the input (" + inputTokens + ")");
    }
    if (reasoningTokens > outputTokens) {
      throw new IllegalArgumentException("reasoning tokens (" + reasoningTokens
          + ") are part of the output (" + outputTokens + ")");
    }
  }

  /** A call with no prompt caching and no reasoning. */
  public Usage(long inputTokens, long outputTokens) {
    this(inputTokens, outputTokens, 0, 0, 0);
  }

  public Usage plus(Usage other) {
    return new Usage(inputTokens + other.inputTokens, outputTokens + other.outputTokens,
        cachedInputTokens + other.cachedInputTokens, cacheWriteTokens + other.cacheWriteTokens,
        reasoningTokens + other.reasoningTokens);
  }

  public long total() {
    return inputTokens + outputTokens;
  }

  /** Input tokens billed at the plain input price: neither read from nor written to a cache. */
  public long uncachedInputTokens() {
    return inputTokens - cachedInputTokens - cacheWriteTokens;
  }

  /** Cached input tokens as a share of all input tokens; 0 when there was no input. */
  public double cachedShare() {
    return inputTokens == 0 ? 0 : (double) cachedInputTokens / inputTokens;
  }
}
