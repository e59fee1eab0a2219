package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import org.difficultadvice.provider.Usage;

/**
 * What one model costs, in US dollars per million tokens.
 *
 * @param inputPerMillion USD per 1,000,000 prompt tokens
 * @param outputPerMillion USD per 1,000,000 completion tokens, reasoning tokens included
 * @param cachedInputPerMillion USD per 1,000,000 prompt tokens read from the prompt cache; {@code
 *     null} until {@link #forModel} fills in the default
 * @param cacheWritePerMillion USD per 1,000,000 prompt tokens written to the prompt cache
 *     (Anthropic); {@code null} until {@link #forModel} fills in the default
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelPrice(
    @JsonProperty("input_per_million") Double inputPerMillion,
    @JsonProperty("output_per_million") Double outputPerMillion,
    @JsonProperty("cached_input_per_million") Double cachedInputPerMillion,
    @JsonProperty("cache_write_per_million") Double cacheWritePerMillion) {

  public static final ModelPrice FREE = new ModelPrice(0.0, 0.0);

  /**
   * Anthropic bills a cache read at 0.1x and a five-minute cache write at 1.25x the model's input
   * price, the same multipliers for every Claude model, so those are safe defaults.
   */
  private static final double ANTHROPIC_CACHE_READ = 0.10;
  private static final double CACHE_WRITE = 1.25;
  /**
   * OpenAI's cached-input discount differs by model (half price for GPT-4o and o1, a quarter for
   * GPT-4.1, o3 and o4-mini, a tenth for GPT-5), and a compatible server may charge nothing or
   * full price: no default is right for all. Without {@code cached_input_per_million} a cached
   * token is priced as a plain input token, so the reported cost is never below what was billed.
   */
  private static final double UNKNOWN_CACHE_READ = 1.0;

  public ModelPrice {
    // Boxed so that a missing or misspelled key reads as "missing", not as a null primitive.
    if (inputPerMillion == null || outputPerMillion == null) {
      throw new IllegalArgumentException(
          "a price needs both input_per_million and output_per_million (USD per 1M tokens)");
    }
    for (Double price : new Double[] {inputPerMillion, outputPerMillion, cachedInputPerMillion,
        cacheWritePerMillion}) {
      if (price != null && (price < 0 || Double.isNaN(price))) {
        throw new IllegalArgumentException("prices cannot be negative");
      }
    }
  }

  public ModelPrice(Double inputPerMillion, Double outputPerMillion) {
    this(inputPerMillion, outputPerMillion, null, null);
  }

  /** Every rate given times {@code share}; rates left out stay out (and scale when filled in). */
  public ModelPrice times(double share) {
    return new ModelPrice(inputPerMillion * share, outputPerMillion * share,
        cachedInputPerMillion == null ? null : cachedInputPerMillion * share,
        cacheWritePerMillion == null ? null : cacheWritePerMillion * share);
  }

  /**
   * This price with the cache rates the config left out filled in for {@code model}: a cache
   * write at 1.25x input; a cache read at 0.1x input for a Claude model, at the full input price
   * for any other.
   */
  public ModelPrice forModel(String model) {
    double readShare = model.toLowerCase(Locale.ROOT).startsWith("claude")
        ? ANTHROPIC_CACHE_READ : UNKNOWN_CACHE_READ;
    return new ModelPrice(inputPerMillion, outputPerMillion,
        cachedInputPerMillion != null ? cachedInputPerMillion : inputPerMillion * readShare,
        cacheWritePerMillion != null ? cacheWritePerMillion : inputPerMillion * CACHE_WRITE);
  }

  /** Plain input and output tokens, as a worst case or an estimate before any call. */
  public double costUsd(long inputTokens, long outputTokens) {
    return (inputTokens * inputPerMillion + outputTokens * outputPerMillion) / 1_000_000.0;
  }

  /**
   * What a call cost: uncached input at the input price, cache reads and writes at theirs, and
   * every output token (reasoning included) at the output price. Call on a price from {@link
   * #forModel}; an unresolved cache rate counts as the input price.
   */
  public double costUsd(Usage usage) {
    double read = cachedInputPerMillion != null ? cachedInputPerMillion : inputPerMillion;
    double write = cacheWritePerMillion != null ? cacheWritePerMillion : inputPerMillion;
    return (usage.uncachedInputTokens() * inputPerMillion
        + usage.cachedInputTokens() * read
        + usage.cacheWriteTokens() * write
        + usage.outputTokens() * outputPerMillion) / 1_000_000.0;
  }

  /**
   * The most {@code inputTokens} prompt tokens and {@code outputTokens} written ones can cost:
   * input at the dearest of its rates (a cache write costs more than plain input).
   */
  public double worstCaseUsd(long inputTokens, long outputTokens) {
    double input = Math.max(inputPerMillion,
        cacheWritePerMillion != null ? cacheWritePerMillion : inputPerMillion);
    return (inputTokens * input + outputTokens * outputPerMillion) / 1_000_000.0;
  }
}
