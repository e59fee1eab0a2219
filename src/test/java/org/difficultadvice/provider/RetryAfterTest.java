package org.difficultadvice.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
  private final RetryAfter retryAfter = new RetryAfter(clock);

  @Test
  void readsDeltaSeconds() {
    assertEquals(Optional.of(Duration.ofSeconds(7)), read("Retry-After", "7"));
  }

  @Test
  void readsAnHttpDateAsTheTimeUntilThen() {
    assertEquals(
        Optional.of(Duration.ofSeconds(90)), read("Retry-After", "Mon, 23 Nov 2026 10:01:30 GMT"));
  }

  @Test
  void aDateInThePastMeansNow() {
    assertEquals(Optional.of(Duration.ZERO), read("Retry-After", "Mon, 23 Nov 2026 09:00:00 GMT"));
  }

  @Test
  void millisecondsHeaderWinsOverSeconds() {
    Headers headers = Headers.of("Retry-After", "2", "retry-after-ms", "1500.5");
    assertEquals(Optional.of(Duration.ofNanos(1_500_500_000)), retryAfter.read(headers));
  }

  @Test
  void ignoresWhatItCannotRead() {
    assertEquals(Optional.empty(), read("Retry-After", "soon"));
    assertEquals(Optional.empty(), read("Retry-After", "-3"));
    assertEquals(Optional.empty(), read("retry-after-ms", "NaN"));
    assertEquals(Optional.empty(), retryAfter.read(Headers.of()));
  }

  private Optional<Duration> read(String name, String value) {
    return retryAfter.read(Headers.of(name, value));
  }
}
