package org.difficultadvice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.Endpoints;
import org.difficultadvice.provider.FinishReason;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.RateLimitHeaders;
import org.difficultadvice.provider.RateLimitHeaders.Quota;
import org.difficultadvice.provider.RateLimitWindow;
import org.difficultadvice.provider.Usage;
import org.junit.jupiter.api.Test;

class EndpointPoolTest {
  /** The pool's clock: it moves only when a test moves it. */
  private final AtomicLong clock = new AtomicLong();
  private final StopSignal stop = new StopSignal();

  /** A server that answers, or fails every call in the way it is told to. */
  private static final class Server implements Provider {
    final AtomicInteger calls = new AtomicInteger();
    volatile ProviderException failure;
    volatile RateLimitHeaders headers = RateLimitHeaders.NONE;
    volatile CountDownLatch hold;
    final CountDownLatch entered = new CountDownLatch(1);

    Server failing(ProviderException failure) {
      this.failure = failure;
      return this;
    }

    @Override
    public Completion complete(ChatRequest request) throws ProviderException {
      calls.incrementAndGet();
      entered.countDown();
      if (hold != null) {
        try {
          hold.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (failure != null) {
        throw failure;
      }
      return new Completion("ok", FinishReason.STOP, new Usage(100, 20), request.model(), "r",
          headers);
    }

    @Override
    public String name() {
      return "openai";
    }
  }

  private static ProviderException unavailable() {
    return new ProviderException("HTTP 503", 503, true);
  }

  private static ProviderException refused() {
    return new ProviderException("connection refused", 0, true);
  }

  private EndpointPool pool(Server... servers) {
    List<Endpoints.Endpoint> endpoints = new java.util.ArrayList<>();
    for (int i = 0; i < servers.length; i++) {
      endpoints.add(new Endpoints.Endpoint(String.valueOf((char) ('a' + i)), servers[i]));
    }
    return new EndpointPool(new Endpoints(endpoints),
        new RateLimiter(0, 0, clock::get, Sleeper.REAL), stop, 8, clock::get,
        Duration.ofSeconds(1), Duration.ofSeconds(4));
  }

  private static ChatRequest request() {
    return RetryingProviderTest.request();
  }

  private void advance(Duration by) {
    clock.addAndGet(by.toNanos());
  }

  @Test
  void callsOneAtATimeAreTakenByEachEndpointInTurn() throws ProviderException {
    Server a = new Server();
    Server b = new Server();
    Server c = new Server();
    EndpointPool pool = pool(a, b, c);
    for (int i = 0; i < 6; i++) {
      pool.complete(request());
    }
    assertEquals(List.of(2, 2, 2), List.of(a.calls.get(), b.calls.get(), c.calls.get()));
    assertEquals("a 33%, b 33%, c 33%", pool.shares().brief());
  }

  @Test
  void aCallGoesToTheEndpointWithFewestCallsInFlight() throws Exception {
    Server slow = new Server();
    slow.hold = new CountDownLatch(1);
    Server quick = new Server();
    EndpointPool pool = pool(slow, quick);
    Thread held = new Thread(() -> {
      try {
        pool.complete(request());
      } catch (ProviderException e) {
        throw new IllegalStateException(e);
      }
    });
    held.start();
    assertTrue(slow.entered.await(10, TimeUnit.SECONDS));

    for (int i = 0; i < 3; i++) {
      pool.complete(request());
    }
    slow.hold.countDown();
    held.join();

    assertEquals(1, slow.calls.get());
    assertEquals(3, quick.calls.get());
  }

  @Test
  void aCallAServerFailsGoesToAnotherEndpointWithoutFailing() throws ProviderException {
    Server down = new Server().failing(unavailable());
    Server up = new Server();
    Completion answer = pool(down, up).complete(request());

    assertEquals("ok", answer.text());
    assertEquals(1, down.calls.get());
    assertEquals(1, up.calls.get());
  }

  @Test
  void anEndpointFailingThreeCallsInARowRestsForLongerEachTime() throws ProviderException {
    Server down = new Server().failing(refused());
    Server up = new Server();
    EndpointPool pool = pool(down, up);
    for (int i = 0; i < 5; i++) {
      pool.complete(request());
    }
    assertEquals(3, down.calls.get(), "tried until three failures in a row, then rested");
    assertEquals("a 0% resting, b 100%", pool.shares().brief());

    advance(Duration.ofMillis(1001));
    pool.complete(request());
    assertEquals(4, down.calls.get(), "one call after the first rest of one second");
    advance(Duration.ofMillis(1001));
    pool.complete(request());
    assertEquals(4, down.calls.get(), "the second rest lasts two seconds");
    advance(Duration.ofMillis(1000));
    pool.complete(request());
    assertEquals(5, down.calls.get());
    assertEquals(3, pool.shares().shares().get(0).rests());

    down.failure = null;
    advance(Duration.ofSeconds(4));
    pool.complete(request());
    pool.complete(request());
    assertEquals(6, down.calls.get(), "back in turn once it answered");
    assertEquals("a 10%, b 90%", pool.shares().brief());
  }

  @Test
  void aCallEveryEndpointFailsFailsWithTheLastFailure() {
    Server a = new Server().failing(unavailable());
    Server b = new Server().failing(refused());
    ProviderException e = assertThrows(ProviderException.class,
        () -> pool(a, b).complete(request()));

    assertEquals(0, e.status());
    assertEquals(1, a.calls.get());
    assertEquals(1, b.calls.get());
  }

  @Test
  void aCallFailedAfterTheRunStoppedIsNotSentToAnotherEndpoint() {
    Server a = new Server().failing(new ProviderException("Canceled", 0, true));
    Server b = new Server();
    stop.stop(StopReason.CANCELLED, "second Ctrl-C");
    assertThrows(ProviderException.class, () -> pool(a, b).complete(request()));

    assertEquals(0, b.calls.get());
  }

  @Test
  void aRejectedRequestIsNotSentToAnotherEndpoint() {
    Server a = new Server().failing(new ProviderException("HTTP 400", 400, false));
    Server b = new Server();
    ProviderException e = assertThrows(ProviderException.class,
        () -> pool(a, b).complete(request()));

    assertEquals(400, e.status());
    assertEquals(0, b.calls.get());
  }

  @Test
  void whenEveryEndpointRestsCallsStillGoToThem() {
    Server a = new Server().failing(refused());
    Server b = new Server().failing(refused());
    EndpointPool pool = pool(a, b);
    for (int i = 0; i < 3; i++) {
      assertThrows(ProviderException.class, () -> pool.complete(request()));
    }
    assertEquals("a 0% resting, b 0% resting", pool.shares().brief());

    assertThrows(ProviderException.class, () -> pool.complete(request()));
    assertEquals(7, a.calls.get() + b.calls.get(), "one more call, to one of them");
  }

  @Test
  void aLimitOneServerReportsDoesNotHoldCallsToAnother() throws ProviderException {
    Server limited = new Server();
    Map<Quota, RateLimitWindow> windows = new EnumMap<>(Quota.class);
    windows.put(Quota.REQUESTS, new RateLimitWindow(60, 0, Duration.ofSeconds(1)));
    limited.headers = new RateLimitHeaders(windows);
    Server free = new Server();
    EndpointPool pool = pool(limited, free);

    pool.complete(request());
    pool.complete(request());

    assertEquals(1, free.calls.get());
    assertEquals(Optional.empty(), pool.heldBy());
    assertEquals("60 requests per minute at a", pool.rateLimits().serverLimits());
  }
}
