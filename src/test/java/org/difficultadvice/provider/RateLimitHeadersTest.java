package org.difficultadvice.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.difficultadvice.provider.RateLimitHeaders.Quota;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RateLimitHeadersTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void readsOpenAisRequestAndTokenWindows() {
    Headers headers = new Headers.Builder()
        .add("x-ratelimit-limit-requests", "600")
        .add("x-ratelimit-remaining-requests", "599")
        .add("x-ratelimit-reset-requests", "100ms")
        .add("x-ratelimit-limit-tokens", "150000")
        .add("x-ratelimit-remaining-tokens", "149000")
        .add("x-ratelimit-reset-tokens", "6m0s")
        .build();
    RateLimitHeaders limits = RateLimitHeaders.read(headers, clock);
    assertEquals(new RateLimitWindow(600, 599, Duration.ofMillis(100)),
        limits.window(Quota.REQUESTS).orElseThrow());
    assertEquals(new RateLimitWindow(150_000, 149_000, Duration.ofMinutes(6)),
        limits.window(Quota.TOKENS).orElseThrow());
    assertTrue(limits.window(Quota.INPUT_TOKENS).isEmpty());
  }

  @Test
  void readsAnthropicsWindowsWithRfc3339Resets() {
    Headers headers = new Headers.Builder()
        .add("anthropic-ratelimit-requests-limit", "50")
        .add("anthropic-ratelimit-requests-remaining", "49")
        .add("anthropic-ratelimit-requests-reset", "2026-11-30T10:00:01.5Z")
        .add("anthropic-ratelimit-input-tokens-limit", "30000")
        .add("anthropic-ratelimit-input-tokens-remaining", "29000")
        .add("anthropic-ratelimit-input-tokens-reset", "2026-11-30T10:00:02Z")
        .add("anthropic-ratelimit-output-tokens-limit", "8000")
        .add("anthropic-ratelimit-output-tokens-remaining", "7000")
        .add("anthropic-ratelimit-output-tokens-reset", "2026-11-30T10:00:07Z")
        .build();
    RateLimitHeaders limits = RateLimitHeaders.read(headers, clock);
    assertEquals(new RateLimitWindow(50, 49, Duration.ofMillis(1500)),
        limits.window(Quota.REQUESTS).orElseThrow());
    assertEquals(new RateLimitWindow(30_000, 29_000, Duration.ofSeconds(2)),
        limits.window(Quota.INPUT_TOKENS).orElseThrow());
    assertEquals(new RateLimitWindow(8000, 7000, Duration.ofSeconds(7)),
        limits.window(Quota.OUTPUT_TOKENS).orElseThrow());
  }

  @Test
  void aServerWithoutHeadersReportsNothing() {
    assertTrue(RateLimitHeaders.read(new Headers.Builder().add("x-request-id", "1").build(),
        clock).isEmpty());
  }

  @Test
  void aQuirkyValueLeavesItsWindowOutInsteadOfFailingTheCall() {
    Headers headers = new Headers.Builder()
        .add("x-ratelimit-limit-requests", "lots")
        .add("x-ratelimit-limit-tokens", "1000")
        .add("x-ratelimit-remaining-tokens", "n/a")
        .add("x-ratelimit-reset-tokens", "soon")
        .build();
    RateLimitHeaders limits = RateLimitHeaders.read(headers, clock);
    assertTrue(limits.window(Quota.REQUESTS).isEmpty());
    assertEquals(new RateLimitWindow(1000, 1000, Duration.ZERO),
        limits.window(Quota.TOKENS).orElseThrow());
  }

  @ParameterizedTest
  @CsvSource({"1s, 1000", "120ms, 120", "6m0s, 360000", "1h2m3.5s, 3723500", "17.5ms, 17",
      "'', 0", "3 s, 0", "2x, 0"})
  void readsGoDurations(String text, long millis) {
    assertEquals(millis, RateLimitHeaders.goDuration(text).toMillis());
  }
}
