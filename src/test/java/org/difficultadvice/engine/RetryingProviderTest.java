package org.difficultadvice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.difficultadvice.provider.ChatMessage;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.RateLimitHeaders;
import org.difficultadvice.provider.RateLimitHeaders.Quota;
import org.difficultadvice.provider.RateLimitWindow;
import org.difficultadvice.provider.Sampling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryingProviderTest {
  private final List<Duration> sleeps = new ArrayList<>();
  private final BackoffPolicy policy = new BackoffPolicy(
      4, Duration.ofMillis(500), Duration.ofSeconds(60), Duration.ofMinutes(5));

  static ChatRequest request() {
    return new ChatRequest("respond", "m", List.of(ChatMessage.user("hello")),
        new Sampling(0.5, 1, 64, 1L), Optional.empty());
  }

  /** Moves when the retrying provider sleeps: patience is measured on it, in no real time. */
  private final AtomicLong clock = new AtomicLong();

  private RetryingProvider retrying(ScriptedProvider provider) {
    return retrying(provider, Duration.ofMinutes(10));
  }

  private RetryingProvider retrying(ScriptedProvider provider, Duration patience) {
    return new RetryingProvider(provider, policy, wait -> {
      sleeps.add(wait);
      clock.addAndGet(wait.toNanos());
    }, new SplittableRandom(3), new StopSignal(), new RateLimitPatience(patience, clock::get));
  }

  private static ProviderException failure(int status, boolean retryable, Duration retryAfter) {
    return new ProviderException("HTTP " + status, status, retryable, "", retryAfter, null);
  }

  @Test
  void retriesOn503ThenSucceeds() throws Exception {
    ScriptedProvider provider = new ScriptedProvider().failing(failure(503, true, null));
    assertEquals("ok", retrying(provider).complete(request()).text());
    assertEquals(2, provider.calls.get());
    assertEquals(1, sleeps.size());
    assertTrue(sleeps.get(0).toMillis() <= 500, "full jitter under the first ceiling");
  }

  @Test
  void honoursRetryAfterAsAFloor() throws Exception {
    ScriptedProvider provider =
        new ScriptedProvider().failing(failure(503, true, Duration.ofSeconds(12)));
    retrying(provider).complete(request());
    assertEquals(List.of(Duration.ofSeconds(12)), sleeps);
  }

  @Test
  void spreadsCallsRefusedWithTheSameRetryAfterOverHalfAgainAsLong() throws Exception {
    ScriptedProvider provider = new ScriptedProvider();
    for (int i = 0; i < 50; i++) {
      provider.failing(failure(429, true, Duration.ofSeconds(2)));
    }
    retrying(provider).complete(request());
    assertEquals(50, sleeps.size());
    assertTrue(sleeps.stream().allMatch(
        d -> d.toMillis() >= 2000 && d.toMillis() <= 3000), sleeps.toString());
    assertTrue(sleeps.stream().distinct().count() > 25, "restarts are spread, not in lockstep");
  }

  @Test
  void waitsOutRateLimitsFarBeyondTheAttemptCap() throws Exception {
    ScriptedProvider provider = new ScriptedProvider();
    for (int i = 0; i < 40; i++) {
      provider.failing(failure(429, true, Duration.ofSeconds(1)));
    }
    assertEquals("ok", retrying(provider).complete(request()).text());
    assertEquals(41, provider.calls.get(), "policy allows 4 attempts for failures, 429s uncapped");
  }

  @Test
  void stopsTheRunResumablyWhenNothingIsServedForThePatienceNamingTheReportedLimit() {
    RateLimitHeaders limits = new RateLimitHeaders(Map.of(Quota.REQUESTS,
        new RateLimitWindow(600, 0, Duration.ofSeconds(6))));
    ScriptedProvider provider = new ScriptedProvider();
    for (int i = 0; i < 1000; i++) {
      provider.failing(new ProviderException("OpenAI returned HTTP 429", 429, true, "",
          Duration.ofSeconds(30), limits, null));
    }
    RunStoppedException stopped = assertThrows(RunStoppedException.class,
        () -> retrying(provider, Duration.ofMinutes(5)).complete(request()));
    assertEquals(StopReason.RATE_LIMITED, stopped.reason());
    assertTrue(stopped.getMessage().contains("0 of 600 requests per minute left"),
        stopped.getMessage());
    assertTrue(clock.get() >= Duration.ofMinutes(5).toNanos());
    assertTrue(clock.get() < Duration.ofMinutes(6).toNanos(), "stops soon after the patience");
  }

  @Test
  void aQuotaExhausted429IsNotWaitedOut() {
    ScriptedProvider provider = new ScriptedProvider().failing(failure(429, false, null));
    assertThrows(ProviderException.class, () -> retrying(provider).complete(request()));
    assertEquals(1, provider.calls.get());
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404})
  void neverRetriesAClientError(int status) {
    ScriptedProvider provider = new ScriptedProvider().failing(failure(status, false, null));
    ProviderException thrown =
        assertThrows(ProviderException.class, () -> retrying(provider).complete(request()));
    assertEquals(status, thrown.status());
    assertEquals(1, provider.calls.get());
    assertTrue(sleeps.isEmpty());
  }

  @Test
  void givesUpAfterMaxAttemptsWithTheLastCause() {
    ScriptedProvider provider = new ScriptedProvider().failing(failure(503, true, null),
        failure(502, true, null), failure(500, true, null), failure(504, true, null));
    ProviderException thrown =
        assertThrows(ProviderException.class, () -> retrying(provider).complete(request()));
    assertEquals(4, provider.calls.get());
    assertEquals(504, thrown.status());
    assertTrue(thrown.getMessage().startsWith("gave up after 4 attempts"), thrown.getMessage());
  }

  @Test
  void backoffCeilingDoublesUpToTheCap() {
    SplittableRandom random = new SplittableRandom(9);
    for (int attempt = 1; attempt <= 12; attempt++) {
      long ceiling = Math.min(60_000, 500L << (attempt - 1));
      for (int i = 0; i < 200; i++) {
        long wait = policy.delayAfter(attempt, null, random).toMillis();
        assertTrue(wait >= 0 && wait <= ceiling, attempt + ": " + wait);
      }
    }
  }

  @Test
  void sendsNothingOnceTheRunIsStopping() {
    StopSignal stop = new StopSignal();
    stop.stop(StopReason.CANCELLED, "Ctrl-C");
    ScriptedProvider provider = new ScriptedProvider();
    RetryingProvider retrying = new RetryingProvider(provider, policy, sleeps::add,
        new SplittableRandom(1), stop, new RateLimitPatience(Duration.ofMinutes(1), clock::get));
    assertThrows(RunStoppedException.class, () -> retrying.complete(request()));
    assertEquals(0, provider.calls.get());
  }
}
