package org.difficultadvice.engine;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.RateLimitHeaders.Quota;
import org.difficultadvice.provider.RateLimitWindow;

/**
 * How long a run keeps waiting out rate limits. A 429 is back-pressure, so a call that gets one
 * waits and goes again however often; but when no call at all has been served for {@code
 * patience}, the limit is not a rate any more (a daily quota, a suspended key), and the run
 * stops cleanly, resumable, naming what the server reported.
 */
public final class RateLimitPatience {
  private final Duration patience;
  private final LongSupplier nanoTime;
  private volatile long lastSuccess;

  public RateLimitPatience(Duration patience, LongSupplier nanoTime) {
    this.patience = Objects.requireNonNull(patience, "patience");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    if (patience.isNegative() || patience.isZero()) {
      throw new IllegalArgumentException("the rate-limit patience must be positive");
    }
    this.lastSuccess = nanoTime.getAsLong();
  }

  /** A call was served: the clock starts again. */
  public void succeeded() {
    lastSuccess = nanoTime.getAsLong();
  }

  /**
   * Called for each rate-limited answer: stops the run when nothing was served for too long.
   *
   * @throws RunStoppedException with {@link StopReason#RATE_LIMITED}
   */
  public void check(ProviderException refusal) {
    long quiet = nanoTime.getAsLong() - lastSuccess;
    if (quiet < patience.toNanos()) {
      return;
    }
    StringBuilder message = new StringBuilder(String.format(Locale.ROOT,
        "the server answered every call with 429 (rate limited) for %s with none served",
        Progress.formatDuration(Duration.ofNanos(quiet))));
    Map<Quota, RateLimitWindow> windows = refusal.rateLimits().windows();
    if (!windows.isEmpty()) {
      message.append("; it last reported");
      String separator = " ";
      for (Map.Entry<Quota, RateLimitWindow> entry : windows.entrySet()) {
        RateLimitWindow window = entry.getValue();
        message.append(separator).append(String.format(Locale.ROOT,
            "%,d of %,d %s per minute left", window.remaining(), window.limit(),
            entry.getKey().label()));
        separator = ", ";
      }
    }
    refusal.retryAfter().ifPresent(wait -> message.append(String.format(Locale.ROOT,
        "; its last Retry-After was %s", Progress.formatDuration(wait))));
    message.append(" (").append(refusal.getMessage()).append(")");
    message.append(". A daily quota or a suspended key looks like this; check the account's"
        + " limits, or raise engine.rate_limit_patience_minutes");
    throw new RunStoppedException(StopReason.RATE_LIMITED, message.toString());
  }
}
