package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How calls are driven: concurrency, rate limits and retries.
 *
 * @param requestsPerMinute 0 means no limit
 * @param tokensPerMinute 0 means no limit
 */
public record EngineSettings(
    @JsonProperty("concurrency") Integer concurrency,
    @JsonProperty("requests_per_minute") Integer requestsPerMinute,
    @JsonProperty("tokens_per_minute") Integer tokensPerMinute,
    @JsonProperty("max_attempts") Integer maxAttempts) {

  public EngineSettings {
    concurrency = concurrency == null ? 64 : concurrency;
    requestsPerMinute = requestsPerMinute == null ? 0 : requestsPerMinute;
    tokensPerMinute = tokensPerMinute == null ? 0 : tokensPerMinute;
    maxAttempts = maxAttempts == null ? 5 : maxAttempts;
  }

  public static EngineSettings defaults() {
    return new EngineSettings(null, null, null, null);
  }
}
