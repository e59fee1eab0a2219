package org.difficultadvice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.difficultadvice.provider.RateLimitHeaders;
import org.difficultadvice.provider.RateLimitHeaders.Quota;
import org.difficultadvice.provider.RateLimitWindow;
import org.difficultadvice.provider.Usage;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  /** A clock that the sleeper moves: waiting takes no real time. */
  private final AtomicLong now = new AtomicLong();
  private final Sleeper sleeper = d -> now.addAndGet(d.toNanos());

  private RateLimiter limiter(int requestsPerMinute, int tokensPerMinute) {
    return new RateLimiter(requestsPerMinute, tokensPerMinute, now::get, sleeper);
  }

  private static RequestCost cost(long input, long maxOutput) {
    return new RequestCost(input, maxOutput);
  }

  private static RateLimitHeaders report(Quota quota, long limit, long remaining) {
    Map<Quota, RateLimitWindow> windows = new EnumMap<>(Quota.class);
    windows.put(quota, new RateLimitWindow(limit, remaining, Duration.ZERO));
    return new RateLimitHeaders(windows);
  }

  private Duration elapsed() {
    return Duration.ofNanos(now.get());
  }

  @Test
  void spacesRequestsToTheConfiguredRequestsPerMinute() throws Exception {
    RateLimiter limiter = limiter(60, 0);
    for (int i = 0; i < 20; i++) {
      limiter.acquire(cost(10, 0));
    }
    // A ten-second burst, then one a second.
    assertEquals(10, elapsed().toSeconds());
  }

  @Test
  void limitsConfiguredTokensPerMinuteAndCorrectsTheEstimateByUsage() throws Exception {
    RateLimiter limiter = limiter(0, 6000);
    RateLimiter.Admission first = limiter.acquire(cost(900, 100));
    limiter.settle(first, new Usage(80, 20));
    limiter.acquire(cost(800, 100));
    assertEquals(0, now.get(), "the 900 given back made room");
    limiter.acquire(cost(900, 100));
    assertTrue(now.get() > 0);
  }

  @Test
  void unlimitedNeverWaits() throws Exception {
    RateLimiter limiter = limiter(0, 0);
    for (int i = 0; i < 1000; i++) {
      limiter.acquire(cost(1_000_000, 0));
    }
    assertEquals(0, now.get());
  }

  @Test
  void pacesAtTheRequestRateTheServerReports() throws Exception {
    RateLimiter limiter = limiter(0, 0);
    RateLimiter.Admission first = limiter.acquire(cost(10, 10));
    limiter.observe(first, report(Quota.REQUESTS, 600, 0));
    long start = now.get();
    for (int i = 0; i < 97; i++) {
      limiter.acquire(cost(10, 10));
    }
    double seconds = (now.get() - start) / 1e9;
    assertEquals(10.0, seconds, 0.2, "97 requests at 0.97 x 600 per minute take ten seconds");
  }

  @Test
  void aReportOfLittleLeftHoldsCallsSentAfterIt() throws Exception {
    RateLimiter limiter = limiter(0, 0);
    RateLimiter.Admission probe = limiter.acquire(cost(10, 10));
    limiter.observe(probe, report(Quota.REQUESTS, 6000, 5000));
    List<RateLimiter.Admission> burst = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      burst.add(limiter.acquire(cost(10, 10)));
    }
    assertEquals(0, now.get(), "plenty left: no wait");
    // The answer to the first of the burst says only 3 were left when it was counted: the 19
    // sent after it have overdrawn the server's bucket, so the next call waits for the refill.
    limiter.observe(burst.get(0), report(Quota.REQUESTS, 6000, 3));
    limiter.acquire(cost(10, 10));
    double seconds = now.get() / 1e9;
    double reserve = RateLimiter.RESERVE * 5001;
    double expected = (19 - 3 + 1 + reserve) / (6000 * RateLimiter.SERVER_RATE_SHARE / 60);
    assertEquals(expected, seconds, 0.01);
  }

  @Test
  void countsARequestsTokensAsInputPlusItsAnswerLimitAgainstOpenAisTokenWindow()
      throws Exception {
    RateLimiter limiter = limiter(0, 0);
    RateLimiter.Admission probe = limiter.acquire(cost(1000, 1000));
    limiter.observe(probe, report(Quota.TOKENS, 60_000, 60_000));
    // 60,000 left, less a tenth kept in reserve.
    limiter.acquire(cost(27_000, 27_000));
    assertEquals(0, now.get());
    limiter.acquire(cost(1000, 1000));
    assertTrue(now.get() > 0, "54,000 usable tokens were spent by input plus answer limit");
  }

  @Test
  void settlesAnthropicsOutputWindowToTheRealOutputButNotOpenAisTokenWindow()
      throws Exception {
    RateLimiter anthropic = limiter(0, 0);
    RateLimiter.Admission probe = anthropic.acquire(cost(10, 4000));
    anthropic.observe(probe, report(Quota.OUTPUT_TOKENS, 8000, 8000));
    RateLimiter.Admission big = anthropic.acquire(cost(10, 7200));
    anthropic.settle(big, new Usage(10, 100));
    anthropic.acquire(cost(10, 4000));
    assertEquals(0, now.get(), "7,100 unused output tokens came back");

    RateLimiter openAi = limiter(0, 0);
    RateLimiter.Admission first = openAi.acquire(cost(10, 4000));
    openAi.observe(first, report(Quota.TOKENS, 8010, 8010));
    RateLimiter.Admission second = openAi.acquire(cost(10, 7199));
    openAi.settle(second, new Usage(10, 100));
    openAi.acquire(cost(10, 4000));
    assertTrue(now.get() > 0, "OpenAI keeps counting the answer limit");
  }

  @Test
  void ignoresAnthropicsCombinedTokenWindowWhenItReportsInputAndOutput() throws Exception {
    RateLimiter limiter = limiter(0, 0);
    RateLimiter.Admission probe = limiter.acquire(cost(10, 10));
    Map<Quota, RateLimitWindow> windows = new EnumMap<>(Quota.class);
    windows.put(Quota.TOKENS, new RateLimitWindow(1000, 0, Duration.ZERO));
    windows.put(Quota.INPUT_TOKENS, new RateLimitWindow(100_000, 100_000, Duration.ZERO));
    windows.put(Quota.OUTPUT_TOKENS, new RateLimitWindow(100_000, 100_000, Duration.ZERO));
    limiter.observe(probe, new RateLimitHeaders(windows));
    limiter.acquire(cost(500, 500));
    assertEquals(0, now.get());
    assertEquals("100,000 input tokens, 100,000 output tokens per minute",
        limiter.reportedLimits());
  }

  @Test
  void saysWhatHoldsCallsBack() throws Exception {
    RateLimiter limiter = limiter(0, 0);
    RateLimiter.Admission probe = limiter.acquire(cost(10, 10));
    limiter.observe(probe, report(Quota.REQUESTS, 600, 0));
    limiter.acquire(cost(10, 10));
    assertEquals("the server's limit of 600 requests per minute", limiter.heldBy().orElseThrow());
    now.addAndGet(Duration.ofSeconds(5).toNanos());
    assertTrue(limiter.heldBy().isEmpty(), "not held lately");
  }

  @Test
  void neverBurstsBeyondWhatTheServerWasSeenToHold() throws Exception {
    // 600 a minute enforced as 10 a second: after a long pause, ten go at once, not 600.
    RateLimiter limiter = limiter(0, 0);
    RateLimiter.Admission probe = limiter.acquire(cost(10, 10));
    limiter.observe(probe, report(Quota.REQUESTS, 600, 9));
    now.addAndGet(Duration.ofMinutes(1).toNanos());
    long paused = now.get();
    for (int i = 0; i < 10; i++) {
      limiter.acquire(cost(10, 10));
    }
    assertEquals(paused, now.get());
    limiter.acquire(cost(10, 10));
    assertTrue(now.get() > paused, "the eleventh waits for the refill");
  }
}
