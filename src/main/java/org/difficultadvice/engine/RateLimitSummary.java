package org.difficultadvice.engine;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How rate limits shaped a session, for its summary.
 *
 * @param throttledCalls answers of 429 or 529
 * @param serverLimits the limits the server last reported ("600 requests per minute"), or empty
 * @param heldTime time calls spent waiting for a limit, summed over calls
 */
public record RateLimitSummary(long throttledCalls, String serverLimits, Duration heldTime) {
  public RateLimitSummary {
    Objects.requireNonNull(serverLimits, "serverLimits");
    Objects.requireNonNull(heldTime, "heldTime");
  }

  /** One line, or nothing when no limit was met or reported. */
  public Optional<String> describe(long sentCalls) {
    if (throttledCalls == 0 && serverLimits.isEmpty() && heldTime.isZero()) {
      return Optional.empty();
    }
    StringBuilder line = new StringBuilder("rate limits: ");
    line.append(serverLimits.isEmpty() ? "the server reported none"
        : "the server reported " + serverLimits);
    line.append(String.format(Locale.ROOT, "; %d of %d calls answered 429/529 (%.1f%%)",
        throttledCalls, sentCalls, sentCalls == 0 ? 0.0 : 100.0 * throttledCalls / sentCalls));
    if (!heldTime.isZero()) {
      line.append("; calls waited ").append(Progress.formatDuration(heldTime))
          .append(" in all for a limit");
    }
    return Optional.of(line.toString());
  }
}
