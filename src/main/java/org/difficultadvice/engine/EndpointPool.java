package org.difficultadvice.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.Endpoints;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spreads calls over several servers of one API ({@link Endpoints}) in place of one {@link
 * ThrottledProvider}:
 *
 * <ul>
 *   <li>a call goes to the endpoint with the fewest calls in flight among those with room under
 *       their own {@link AdaptiveLimit} (ties taken in turn), so a faster or larger server takes
 *       more;
 *   <li>each endpoint learns its own rate limits from its own headers ({@link RateLimiter}): a
 *       server's quota says nothing about another's. The configured limits
 *       ({@code engine.requests_per_minute}, {@code tokens_per_minute}) are the whole run's and
 *       are shared;
 *   <li>an endpoint that fails {@link #FAILURES_TO_REST} calls in a row as a server ({@link
 *       Endpoints#serverFailure}: refused, reset, timed out, 5xx) rests: it gets no calls for a
 *       while, twice as long after each rest that ends in another failure, up to {@link
 *       #maxRest}. After a rest it gets one call at a time until one succeeds;
 *   <li>a call an endpoint failed goes at once to an endpoint it has not tried, so the retry
 *       policy never sees it and the spec loses no attempt. Only when every endpoint has failed
 *       it, or every other one rests, does the failure go up to {@link RetryingProvider}.
 * </ul>
 *
 * When every endpoint rests, calls go to them anyway, as they would to a single server: the
 * retry policy's attempts then end a run whose servers are all down, as before.
 */
public final class EndpointPool implements Provider {
  private static final Logger log = LoggerFactory.getLogger(EndpointPool.class);

  /** One failure may be a blip (a reset connection); three in a row is a server down or sick. */
  static final int FAILURES_TO_REST = 3;

  /** The first rest: long enough to stop hammering a dead port, short for a restart. */
  static final Duration FIRST_REST = Duration.ofSeconds(1);

  /** The longest rest: a replica back up waits at most this long before it is used again. */
  static final Duration MAX_REST = Duration.ofSeconds(60);

  /** A waiting call looks again at least this often, whatever woke it or not. */
  private static final long MAX_NAP_MILLIS = 250;

  private final List<Member> members = new ArrayList<>();
  private final RateLimiter shared;
  private final StopSignal stop;
  private final LongSupplier nanoTime;
  private final long firstRest;
  private final long maxRest;
  private int turn;

  /**
   * @param shared the configured rate limits, for all endpoints together; it learns nothing
   * @param stop once set, a failed call goes to no other endpoint: calls abandoned on a second
   *     Ctrl-C fail as cancelled, and are neither sent again nor held against their server
   * @param concurrency the most calls in flight at one endpoint
   */
  public EndpointPool(Endpoints endpoints, RateLimiter shared, StopSignal stop, int concurrency,
      LongSupplier nanoTime) {
    this(endpoints, shared, stop, concurrency, nanoTime, FIRST_REST, MAX_REST);
  }

  EndpointPool(Endpoints endpoints, RateLimiter shared, StopSignal stop, int concurrency,
      LongSupplier nanoTime, Duration firstRest, Duration maxRest) {
    this.shared = Objects.requireNonNull(shared, "shared");
    this.stop = Objects.requireNonNull(stop, "stop");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    this.firstRest = firstRest.toNanos();
    this.maxRest = maxRest.toNanos();
    for (Endpoints.Endpoint endpoint : endpoints.endpoints()) {
      members.add(new Member(endpoint, concurrency));
    }
  }

  @Override
  public Completion complete(ChatRequest request) throws ProviderException {
    Set<Member> tried = new HashSet<>();
    ProviderException last = null;
    while (true) {
      Member member;
      try {
        member = reserve(tried);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RunStoppedException(StopReason.CANCELLED, "interrupted while waiting to send");
      }
      if (member == null) {
        throw last;
      }
      tried.add(member);
      try {
        Completion completion = member.send(request);
        succeeded(member);
        return completion;
      } catch (ProviderException e) {
        if (!Endpoints.serverFailure(e) || stop.stopped()) {
          throw e;
        }
        failed(member, e);
        last = e;
      } finally {
        synchronized (this) {
          notifyAll();
        }
      }
    }
  }

  /**
   * Takes a slot at the endpoint with the fewest calls in flight among those not tried yet,
   * waiting for room; null when every untried endpoint rests and the call was tried somewhere.
   */
  private synchronized Member reserve(Set<Member> tried) throws InterruptedException {
    while (true) {
      long now = nanoTime.getAsLong();
      List<Member> open = new ArrayList<>();
      List<Member> untried = new ArrayList<>();
      long wakeAt = Long.MAX_VALUE;
      for (Member member : members) {
        if (tried.contains(member)) {
          continue;
        }
        untried.add(member);
        if (member.resting(now)) {
          wakeAt = Math.min(wakeAt, member.restUntil);
        } else {
          open.add(member);
        }
      }
      if (open.isEmpty()) {
        if (!tried.isEmpty() || untried.isEmpty()) {
          return null;
        }
        open = untried;
      }
      Member best = null;
      for (int i = 0; i < members.size(); i++) {
        Member member = members.get((turn + i) % members.size());
        if (open.contains(member) && member.hasRoom(now)
            && (best == null || member.limit.inFlight() < best.limit.inFlight())) {
          best = member;
        }
      }
      if (best != null && best.limit.tryAcquire()) {
        turn = (members.indexOf(best) + 1) % members.size();
        return best;
      }
      long napMillis = MAX_NAP_MILLIS;
      if (wakeAt != Long.MAX_VALUE) {
        napMillis = Math.max(1, Math.min(napMillis,
            TimeUnit.NANOSECONDS.toMillis(wakeAt - now) + 1));
      }
      wait(napMillis);
    }
  }

  private synchronized void succeeded(Member member) {
    member.served.increment();
    if (member.failuresInARow >= FAILURES_TO_REST) {
      log.info("{} answers again; it gets calls again", member.endpoint.label());
    }
    member.failuresInARow = 0;
    member.nextRest = firstRest;
  }

  private synchronized void failed(Member member, ProviderException e) {
    member.failed.increment();
    member.failuresInARow++;
    long now = nanoTime.getAsLong();
    // Calls sent before a rest began fail during it: the same trouble, not a reason to rest longer.
    if (member.failuresInARow < FAILURES_TO_REST || member.resting(now)) {
      log.debug("{} failed a call ({}); trying another endpoint", member.endpoint.label(),
          e.getMessage());
      return;
    }
    long rest = member.nextRest;
    member.restUntil = now + rest;
    member.nextRest = Math.min(maxRest, rest * 2);
    member.rests++;
    log.warn("{} failed {} calls in a row ({}); it rests for {} s", member.endpoint.label(),
        member.failuresInARow, e.getMessage(),
        String.format(Locale.ROOT, "%.1f", rest / 1e9));
  }

  /** Calls in flight at all endpoints. */
  public int inFlight() {
    return members.stream().mapToInt(member -> member.limit.inFlight()).sum();
  }

  /** What holds calls back right now, for progress: a configured limit or an endpoint's. */
  public Optional<String> heldBy() {
    Optional<String> held = shared.heldBy();
    for (Member member : members) {
      if (held.isPresent()) {
        break;
      }
      held = member.rate.heldBy().map(limit -> limit + " at " + member.endpoint.label());
    }
    return held;
  }

  /** The session's rate limits: each endpoint's reported limits named by the endpoint. */
  public RateLimitSummary rateLimits() {
    long throttled = 0;
    Duration held = shared.heldTime();
    List<String> reported = new ArrayList<>();
    for (Member member : members) {
      throttled += member.throttled.throttledCalls();
      held = held.plus(member.rate.heldTime());
      String limits = member.rate.reportedLimits();
      if (!limits.isEmpty()) {
        reported.add(limits + " at " + member.endpoint.label());
      }
    }
    return new RateLimitSummary(throttled, String.join("; ", reported), held);
  }

  /** How the calls were spread so far. */
  public synchronized EndpointShares shares() {
    long now = nanoTime.getAsLong();
    List<EndpointShares.Share> shares = new ArrayList<>();
    for (Member member : members) {
      shares.add(new EndpointShares.Share(member.endpoint.label(), member.served.sum(),
          member.failed.sum(), member.rests, member.resting(now)));
    }
    return new EndpointShares(shares);
  }

  @Override
  public String name() {
    return members.get(0).endpoint.provider().name();
  }

  @Override
  public void close() {
    for (Member member : members) {
      member.endpoint.provider().close();
    }
  }

  /** One endpoint and what the pool knows of it; fields without a lock of their own are the pool's. */
  private final class Member {
    final Endpoints.Endpoint endpoint;
    final AdaptiveLimit limit;
    final RateLimiter rate;
    final ThrottledProvider throttled;
    final LongAdder served = new LongAdder();
    final LongAdder failed = new LongAdder();
    int failuresInARow;
    long restUntil = Long.MIN_VALUE;
    long nextRest = firstRest;
    int rests;

    Member(Endpoints.Endpoint endpoint, int concurrency) {
      this.endpoint = endpoint;
      this.limit = new AdaptiveLimit(concurrency, nanoTime);
      // Pacing is against a real server on the real clock, so it sleeps for real.
      this.rate = new RateLimiter(0, 0, nanoTime, Sleeper.REAL);
      this.throttled = new ThrottledProvider(endpoint.provider(), rate, limit);
    }

    boolean resting(long now) {
      return restUntil > now;
    }

    /** Room under its limit; one call at a time while it is back from a rest, until it answers. */
    boolean hasRoom(long now) {
      int inFlight = limit.inFlight();
      boolean onProbation = failuresInARow >= FAILURES_TO_REST && !resting(now);
      return inFlight < limit.limit() && !(onProbation && inFlight > 0);
    }

    /** Sends with a slot already taken: the shared configured limits first, then its own. */
    Completion send(ChatRequest request) throws ProviderException {
      RateLimiter.Admission admission;
      try {
        admission = shared.acquire(RequestSize.cost(request));
      } catch (InterruptedException e) {
        limit.release(false);
        Thread.currentThread().interrupt();
        throw new RunStoppedException(StopReason.CANCELLED, "interrupted while waiting to send");
      }
      Completion completion = throttled.completeHoldingSlot(request);
      shared.settle(admission, completion.usage());
      return completion;
    }
  }
}
