package org.difficultadvice.provider;

import java.time.Duration;
import java.util.Optional;

/**
 * A call that failed. Carries what a retry policy needs: the HTTP status (0 when the call never
 * got one: a reset, a timeout), whether trying again may help, and the server's Retry-After.
 */
public final class ProviderException extends Exception {
  private final int status;
  private final boolean retryable;
  private final String requestId;
  private final Duration retryAfter;
  private final RateLimitHeaders rateLimits;

  public ProviderException(
      String message, int status, boolean retryable, String requestId, Duration retryAfter,
      Throwable cause) {
    this(message, status, retryable, requestId, retryAfter, RateLimitHeaders.NONE, cause);
  }

  public ProviderException(
      String message, int status, boolean retryable, String requestId, Duration retryAfter,
      RateLimitHeaders rateLimits, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.retryable = retryable;
    this.requestId = requestId == null ? "" : requestId;
    this.retryAfter = retryAfter;
    this.rateLimits = rateLimits == null ? RateLimitHeaders.NONE : rateLimits;
  }

  public ProviderException(String message, int status, boolean retryable) {
    this(message, status, retryable, "", null, null);
  }

  /** HTTP status, or 0 when no response arrived. */
  public int status() {
    return status;
  }

  public boolean retryable() {
    return retryable;
  }

  public String requestId() {
    return requestId;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** What the server said of its rate limits with this failure; NONE when nothing. */
  public RateLimitHeaders rateLimits() {
    return rateLimits;
  }

  /**
   * Back-pressure rather than failure: a 429 that is not about an exhausted quota. Such a call
   * waits and goes again however often; only a long stretch without any success stops a run.
   */
  public boolean rateLimited() {
    return status == 429 && retryable;
  }
}
