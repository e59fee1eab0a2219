package org.difficultadvice.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Reads how long a server asks us to wait before trying again. {@code retry-after-ms}
 * (milliseconds, sent by OpenAI and read first by its SDKs) wins over the standard {@code
 * Retry-After} (RFC 9110: delta-seconds or an HTTP-date). A date in the past means "now".
 */
public final class RetryAfter {
  private final Clock clock;

  public RetryAfter(Clock clock) {
    this.clock = clock;
  }

  /** The rate limits the same answer reported, read with this reader's clock. */
  public RateLimitHeaders rateLimits(Headers headers) {
    return RateLimitHeaders.read(headers, clock);
  }

  public Optional<Duration> read(Headers headers) {
    Optional<Duration> millis = parseMillis(headers.get("retry-after-ms"));
    return millis.isPresent() ? millis : parseRetryAfter(headers.get("Retry-After"));
  }

  private static Optional<Duration> parseMillis(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      double millis = Double.parseDouble(value.strip());
      return millis >= 0 && Double.isFinite(millis)
          ? Optional.of(Duration.ofNanos((long) (millis * 1_000_000)))
          : Optional.empty();
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }

  private Optional<Duration> parseRetryAfter(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.strip();
    if (text.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
      } catch (NumberFormatException tooLarge) {
        return Optional.empty();
      }
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), at.toInstant());
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }
}
