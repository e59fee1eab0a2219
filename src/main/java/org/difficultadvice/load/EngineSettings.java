package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.Optional;

/**
 * How calls are driven: concurrency, rate limits, retries, timeouts, cache and spending cap.
 *
 * @param concurrency the most model calls in flight at once, across all stages
 * @param requestsPerMinute 0 means no limit
 * @param tokensPerMinute 0 means no limit
 * @param maxAttempts attempts per call for retryable failures (5xx, 529, resets, timeouts); a
 *     rate-limited 429 is waited out however often it comes
 * @param rateLimitPatienceMinutes how long a run waits out 429s with no call served at all
 *     before it stops (resumable): long enough for any per-minute limit, short enough that an
 *     exhausted daily quota is reported the same hour
 * @param connectTimeoutSeconds time to open a connection
 * @param readTimeoutSeconds the longest silence while reading an answer
 * @param callTimeoutSeconds the longest one whole call may take
 * @param cacheDir a response cache shared across runs; {@code null} means none
 * @param maxCostUsd a hard cap on the run's cost in US dollars; {@code null} means none
 * @param prices USD per million tokens, per model
 * @param mode {@code direct} (each call on its own) or {@code batch} (the provider's batch API,
 *     at its batch price)
 * @param batchPriceShare batch prices as a share of {@code prices}: OpenAI and Anthropic both
 *     bill batches at half price
 * @param batchPollSeconds the wait before a batch is first polled; it grows six-fold (to a
 *     minute by default) as the batch runs
 */
public record EngineSettings(
    @JsonProperty("concurrency") Integer concurrency,
    @JsonProperty("requests_per_minute") Integer requestsPerMinute,
    @JsonProperty("tokens_per_minute") Integer tokensPerMinute,
    @JsonProperty("max_attempts") Integer maxAttempts,
    @JsonProperty("connect_timeout_seconds") Integer connectTimeoutSeconds,
    @JsonProperty("read_timeout_seconds") Integer readTimeoutSeconds,
    @JsonProperty("call_timeout_seconds") Integer callTimeoutSeconds,
    @JsonProperty("cache_dir") String cacheDir,
    @JsonProperty("max_cost_usd") Double maxCostUsd,
    @JsonProperty("prices") PriceTable prices,
    @JsonProperty("rate_limit_patience_minutes") Integer rateLimitPatienceMinutes,
    @JsonProperty("mode") String mode,
    @JsonProperty("batch_price_share") Double batchPriceShare,
    @JsonProperty("batch_poll_seconds") Double batchPollSeconds) {

  public static final String DIRECT = "direct";
  public static final String BATCH = "batch";

  public EngineSettings {
    concurrency = concurrency == null ? 64 : concurrency;
    requestsPerMinute = requestsPerMinute == null ? 0 : requestsPerMinute;
    tokensPerMinute = tokensPerMinute == null ? 0 : tokensPerMinute;
    maxAttempts = maxAttempts == null ? 6 : maxAttempts;
    connectTimeoutSeconds = connectTimeoutSeconds == null ? 10 : connectTimeoutSeconds;
    readTimeoutSeconds = readTimeoutSeconds == null ? 120 : readTimeoutSeconds;
    callTimeoutSeconds = callTimeoutSeconds == null ? 300 : callTimeoutSeconds;
    prices = prices == null ? PriceTable.EMPTY : prices;
    rateLimitPatienceMinutes = rateLimitPatienceMinutes == null ? 10 : rateLimitPatienceMinutes;
    mode = mode == null ? DIRECT : mode;
    batchPriceShare = batchPriceShare == null ? 0.5 : batchPriceShare;
    batchPollSeconds = batchPollSeconds == null ? 10.0 : batchPollSeconds;
    if (!(batchPollSeconds > 0)) {
      throw new IllegalArgumentException(
          "batch_poll_seconds must be more than 0, was " + batchPollSeconds);
    }
    if (!mode.equals(DIRECT) && !mode.equals(BATCH)) {
      throw new IllegalArgumentException("mode must be direct or batch, was '" + mode + "'");
    }
    if (!(batchPriceShare >= 0 && batchPriceShare <= 1)) {
      throw new IllegalArgumentException(
          "batch_price_share must be between 0 and 1 (0.5 is half price), was " + batchPriceShare);
    }
    requirePositive("concurrency", concurrency);
    requirePositive("max_attempts", maxAttempts);
    requirePositive("connect_timeout_seconds", connectTimeoutSeconds);
    requirePositive("read_timeout_seconds", readTimeoutSeconds);
    requirePositive("call_timeout_seconds", callTimeoutSeconds);
    requirePositive("rate_limit_patience_minutes", rateLimitPatienceMinutes);
    if (requestsPerMinute < 0 || tokensPerMinute < 0) {
      throw new IllegalArgumentException("rate limits must be 0 (none) or positive");
    }
    if (maxCostUsd != null && !(maxCostUsd >= 0)) {
      throw new IllegalArgumentException("max_cost_usd must be 0 or more, was " + maxCostUsd);
    }
  }

  private static void requirePositive(String key, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(key + " must be at least 1, was " + value);
    }
  }

  public static EngineSettings defaults() {
    return new EngineSettings(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  public Duration connectTimeout() {
    return Duration.ofSeconds(connectTimeoutSeconds);
  }

  public Duration readTimeout() {
    return Duration.ofSeconds(readTimeoutSeconds);
  }

  public Duration callTimeout() {
    return Duration.ofSeconds(callTimeoutSeconds);
  }

  public Duration rateLimitPatience() {
    return Duration.ofMinutes(rateLimitPatienceMinutes);
  }

  public Optional<String> cacheDirectory() {
    return Optional.ofNullable(cacheDir);
  }

  /** This engine section in batch mode. */
  public EngineSettings inBatchMode() {
    return new EngineSettings(concurrency, requestsPerMinute, tokensPerMinute, maxAttempts,
        connectTimeoutSeconds, readTimeoutSeconds, callTimeoutSeconds, cacheDir, maxCostUsd,
        prices, rateLimitPatienceMinutes, BATCH, batchPriceShare, batchPollSeconds);
  }

  /** The first wait before polling a batch. */
  public Duration batchPoll() {
    return Duration.ofMillis(Math.round(batchPollSeconds * 1000));
  }

  public boolean batchMode() {
    return mode.equals(BATCH);
  }

  /** What calls cost in this mode: batch prices are {@link #batchPriceShare} of the table. */
  public PriceTable pricesInMode() {
    return batchMode() ? prices.atShare(batchPriceShare) : prices;
  }

  public Optional<Double> costCapUsd() {
    return Optional.ofNullable(maxCostUsd);
  }
}
