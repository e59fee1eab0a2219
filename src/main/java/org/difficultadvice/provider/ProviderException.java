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

  public ProviderException(
      String message, int status, boolean retryable, String requestId, Duration retryAfter,
      Throwable cause) {
    super(message, cause);
    this.status = status;
    this.retryable = retryable;
    this.requestId = requestId == null ? "" : requestId;
    this.retryAfter = retryAfter;
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
}
