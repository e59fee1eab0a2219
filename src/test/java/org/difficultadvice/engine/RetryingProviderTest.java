package org.difficultadvice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.difficultadvice.provider.ChatMessage;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.ProviderException;
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

  private RetryingProvider retrying(ScriptedProvider provider) {
    return new RetryingProvider(provider, policy, sleeps::add, new SplittableRandom(3),
        new StopSignal());
  }

  private static ProviderException failure(int status, boolean retryable, Duration retryAfter) {
    return new ProviderException("HTTP " + status, status, retryable, "", retryAfter, null);
  }

  @Test
  void retriesOn429ThenSucceeds() throws Exception {
    ScriptedProvider provider = new ScriptedProvider().failing(failure(429, true, null));
    assertEquals("ok", retrying(provider).complete(request()).text());
    assertEquals(2, provider.calls.get());
    assertEquals(1, sleeps.size());
    assertTrue(sleeps.get(0).toMillis() <= 500, "full jitter under the first ceiling");
  }

  @Test
  void honoursRetryAfterAsAFloor() throws Exception {
    ScriptedProvider provider =
        new ScriptedProvider().failing(failure(429, true, Duration.ofSeconds(12)));
    retrying(provider).complete(request());
    assertEquals(List.of(Duration.ofSeconds(12)), sleeps);
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
    RetryingProvider retrying =
        new RetryingProvider(provider, policy, sleeps::add, new SplittableRandom(1), stop);
    assertThrows(RunStoppedException.class, () -> retrying.complete(request()));
    assertEquals(0, provider.calls.get());
  }
}
