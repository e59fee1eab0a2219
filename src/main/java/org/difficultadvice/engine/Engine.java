package org.difficultadvice.engine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.difficultadvice.generate.ExampleGenerator;
import org.difficultadvice.load.EngineSettings;
import org.difficultadvice.load.PriceTable;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.provider.Endpoints;
import org.difficultadvice.provider.BatchApi;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.Usage;
import org.difficultadvice.store.RunStore;
import org.difficultadvice.store.StageUsage;

/**
 * Drives a run: wraps the provider in the engine's layers and runs the generator over the plan.
 * The layers, outermost first, as in OkHttp's interceptor chain:
 *
 * <ol>
 *   <li>{@link CachingProvider}: the shared response cache, when {@code --cache} is given;
 *   <li>{@link RetryingProvider}: backoff with jitter for retryable failures;
 *   <li>{@link RecordingProvider}: replay from the run store, and a record of every attempt;
 *   <li>{@link AccountingProvider}: stop flag and cost cap, then tokens and cost;
 *   <li>{@link ThrottledProvider}: rate limits (configured, and learned from the server's
 *       headers) and the adaptive in-flight limit; for several servers ({@link Endpoints}),
 *       {@link EndpointPool}: one of those per server, and rest for a server that keeps
 *       failing;
 *   <li>the real provider; in batch mode {@link BatchingProvider} instead of the last two.
 * </ol>
 */
public final class Engine {
  private final RunStore store;
  private final int concurrency;
  private final int requestsPerMinute;
  private final int tokensPerMinute;
  private final BackoffPolicy backoff;
  private final Optional<Path> cacheDir;
  private final Optional<Double> maxCostUsd;
  private final PriceTable prices;
  private final Optional<Progress> progress;
  private final Duration progressEvery;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final StopSignal stop;
  private final Duration drainTimeout;
  private final Duration rateLimitPatience;
  private final Optional<BatchApi> batchApi;
  private final BatchSettings batchSettings;

  /**
   * Specs in work at once in batch mode: a whole wave, so that its calls of a stage go out as
   * one batch. Each waits in a thread of its own; these are cheap while they wait (their stacks
   * are only reserved), and Java 17 has no virtual threads.
   */
  static final int BATCH_WORKERS = 8192;

  private Engine(Builder b) {
    this.store = Objects.requireNonNull(b.store, "store is required");
    this.concurrency = b.concurrency;
    this.requestsPerMinute = b.requestsPerMinute;
    this.tokensPerMinute = b.tokensPerMinute;
    this.backoff = b.backoff;
    this.cacheDir = Optional.ofNullable(b.cacheDir);
    this.maxCostUsd = Optional.ofNullable(b.maxCostUsd);
    this.prices = b.prices;
    this.progress = Optional.ofNullable(b.progress);
    this.progressEvery = b.progressEvery;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.random = b.random;
    this.stop = b.stop;
    this.drainTimeout = b.drainTimeout;
    this.rateLimitPatience = b.rateLimitPatience;
    this.batchApi = Optional.ofNullable(b.batchApi);
    this.batchSettings = b.batchSettings;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The stop flag: set it (Ctrl-C) and the run ends cleanly, resumable. */
  public StopSignal stopSignal() {
    return stop;
  }

  /** How long a stopping run waits for calls in flight before abandoning them. */
  public Duration drainTimeout() {
    return drainTimeout;
  }

  /**
   * Generates an example for every spec that has no result yet, storing each.
   *
   * @param specs the plan in order, streamed (for instance {@link RunStore#plannedSpecs()})
   * @param total the plan's size, for progress
   */
  public RunOutcome run(
      Iterator<DilemmaSpec> specs, long total, ExampleGenerator generator, Provider provider) {
    try (Session session = open(generator, provider)) {
      session.run(specs, total);
      return session.outcome();
    }
  }

  /**
   * Starts a session that may run several waves of specs with one chain of layers: the
   * adaptive limit, the rate limits learned from the server and the cost meter carry over
   * from one wave to the next.
   */
  public Session open(ExampleGenerator generator, Provider provider) {
    return new Session(generator, provider);
  }

  /** One process's work on a run: any number of waves, then an outcome. */
  public final class Session implements AutoCloseable {
    private final ExampleGenerator generator;
    private final CostMeter meter;
    private final AdaptiveLimit limit;
    private final RateLimiter rate;
    private final ThrottledProvider throttled;
    private final EndpointPool endpoints;
    private final RecordingProvider recording;
    private final CachingProvider caching;
    private final Provider chain;
    private final BatchRunner runner;
    private final BatchingProvider batching;
    private final ScheduledExecutorService ticker;
    private volatile long total;
    private volatile Supplier<String> before;
    /** Calls of {@link #each} being made right now: batch mode waits for them as for specs. */
    private final AtomicInteger eachInWork = new AtomicInteger();

    private Session(ExampleGenerator generator, Provider provider) {
      this.generator = Objects.requireNonNull(generator, "generator");
      Usage usageBefore = Usage.NONE;
      double spentBefore = 0;
      for (StageUsage stage : store.usageByStage()) {
        usageBefore = usageBefore.plus(stage.usage());
        spentBefore += stage.costUsd();
      }
      meter = new CostMeter(prices, maxCostUsd, spentBefore, usageBefore);
      limit = new AdaptiveLimit(concurrency, System::nanoTime);
      // Pacing is against a real server on the real clock, so it sleeps for real; the
      // injected sleeper is the backoff's, which tests replace.
      rate = new RateLimiter(requestsPerMinute, tokensPerMinute, System::nanoTime,
          Sleeper.REAL);
      Provider paced;
      if (provider instanceof Endpoints several) {
        endpoints = new EndpointPool(several, rate, stop, concurrency, System::nanoTime);
        throttled = null;
        paced = endpoints;
      } else {
        endpoints = null;
        throttled = new ThrottledProvider(provider, rate, limit);
        paced = throttled;
      }
      // In batch mode the batches take the place of direct calls, below the same layers.
      batching = batchApi.map(api -> new BatchingProvider(api, store.batchLedger(), stop,
          batchSettings, clock)).orElse(null);
      recording = new RecordingProvider(
          new AccountingProvider(batching != null ? batching : paced, meter, stop), store,
          prices, clock);
      RateLimitPatience patience = new RateLimitPatience(rateLimitPatience, System::nanoTime);
      Provider retrying =
          new RetryingProvider(recording, backoff, sleeper, random, stop, patience);
      if (cacheDir.isPresent()) {
        try {
          caching = new CachingProvider(retrying, new ResponseCache(cacheDir.get()));
        } catch (IOException e) {
          throw new UncheckedIOException(
              "cannot create the cache directory " + cacheDir.get(), e);
        }
        chain = caching;
      } else {
        caching = null;
        chain = retrying;
      }
      runner = new BatchRunner(store, stop,
          batching != null ? Math.max(concurrency, BATCH_WORKERS) : concurrency, drainTimeout);
      if (batching != null) {
        batching.start(() -> runner.specsInWork() + eachInWork.get());
      }
      ticker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "progress");
        thread.setDaemon(true);
        return thread;
      });
      progress.ifPresent(p -> ticker.scheduleAtFixedRate(() -> p.update(snapshot()),
          progressEvery.toMillis(), progressEvery.toMillis(), TimeUnit.MILLISECONDS));
    }

    /**
     * Runs one wave: every spec of {@code specs} without a result gets one, unless the run is
     * stopped first.
     *
     * @param totalSoFar all specs scheduled in this run so far, this wave's included, for
     *     progress
     */
    public void run(Iterator<DilemmaSpec> specs, long totalSoFar) {
      total = totalSoFar;
      try {
        runner.run(specs, generator, chain);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stop.stop(StopReason.CANCELLED, "interrupted");
      }
    }

    /**
     * Makes {@code call} for every input at the session's concurrency, through the same layers
     * as the stages (replay from the store, retries, limits, cost): for work that precedes the
     * examples, such as the scenario stage. Results come in input order.
     *
     * @param what what the calls make, for progress ("scenarios")
     * @return empty when the run stopped before every call ended
     */
    public <I, O> Optional<List<O>> each(String what, List<I> inputs, Call<I, O> call) {
      if (inputs.isEmpty() || stop.stopped()) {
        return stop.stopped() ? Optional.empty() : Optional.of(List.of());
      }
      AtomicInteger done = new AtomicInteger();
      before = () -> String.format(Locale.ROOT, "%s %,d/%,d", what, done.get(), inputs.size());
      // In batch mode every call is made at once, so that they go out as one batch.
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(
          batching != null ? Math.max(concurrency, BATCH_WORKERS) : concurrency, inputs.size()),
          BatchRunner.daemonThreads("call-worker-"));
      try {
        List<Future<O>> futures = new ArrayList<>();
        for (I input : inputs) {
          futures.add(pool.submit(() -> {
            if (stop.stopped()) {
              return null;
            }
            eachInWork.incrementAndGet();
            try {
              return call.apply(input, chain);
            } catch (ProviderException | RuntimeException e) {
              BatchRunner.stopFor(e, stop, what);
              return null;
            } finally {
              eachInWork.decrementAndGet();
              done.incrementAndGet();
            }
          }));
        }
        List<O> results = new ArrayList<>();
        for (Future<O> future : futures) {
          results.add(future.get());
        }
        return stop.stopped() ? Optional.empty() : Optional.of(results);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stop.stop(StopReason.CANCELLED, "interrupted");
        return Optional.empty();
      } catch (ExecutionException e) {
        throw new IllegalStateException("a call task failed outside its own handling", e);
      } finally {
        pool.shutdownNow();
        before = null;
      }
    }

    /** True once a stop (Ctrl-C, the cost cap, a fatal error) ended the run early. */
    public boolean stopped() {
      return stop.stopped();
    }

    /** How the session went; prints the last progress line. */
    public RunOutcome outcome() {
      progress.ifPresent(p -> p.finish(snapshot()));
      return new RunOutcome(stop.reason(), stop.message(), runner.examples(),
          runner.failures(), recording.sentCalls(), recording.replayedCalls(),
          caching == null ? 0 : caching.hits(), meter.totalUsage(), meter.totalUsd(),
          endpoints != null ? endpoints.rateLimits()
              : new RateLimitSummary(throttled.throttledCalls(), rate.reportedLimits(),
                  rate.heldTime()),
          endpoints != null ? endpoints.shares() : EndpointShares.NONE);
    }

    private ProgressSnapshot snapshot() {
      return new ProgressSnapshot(runner.examples() + runner.failures(), runner.failures(),
          total, runner.doneThisSession(),
          endpoints != null ? endpoints.inFlight() : limit.inFlight(), meter.totalUsage(),
          meter.totalUsd(), endpoints != null ? endpoints.heldBy() : rate.heldBy(),
          endpoints != null ? endpoints.shares() : EndpointShares.NONE,
          Optional.ofNullable(before).map(Supplier::get),
          Optional.ofNullable(batching).map(BatchingProvider::progress));
    }

    @Override
    public void close() {
      ticker.shutdownNow();
      if (batching != null) {
        batching.finish();
      }
    }
  }

  /** One call of {@link Session#each}, given the session's chain of layers. */
  @FunctionalInterface
  public interface Call<I, O> {
    O apply(I input, Provider provider) throws ProviderException;
  }

  /** Settings of a run; only the store is required. */
  public static final class Builder {
    private RunStore store;
    private int concurrency = 64;
    private int requestsPerMinute;
    private int tokensPerMinute;
    private BackoffPolicy backoff = BackoffPolicy.standard(6);
    private Path cacheDir;
    private Double maxCostUsd;
    private PriceTable prices = PriceTable.EMPTY;
    private Progress progress;
    private Duration progressEvery = Duration.ofSeconds(1);
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.REAL;
    // Many workers draw jitter at once: each from its own thread's generator.
    private RandomGenerator random = () -> ThreadLocalRandom.current().nextLong();
    private StopSignal stop = new StopSignal();
    private Duration drainTimeout = Duration.ofSeconds(30);
    private Duration rateLimitPatience = Duration.ofMinutes(10);
    private BatchApi batchApi;
    private BatchSettings batchSettings = BatchSettings.standard();

    private Builder() {}

    /**
     * Batch mode: calls go through {@code api}'s batches instead of one by one. Give the
     * engine batch prices ({@link PriceTable#atShare}) too.
     */
    public Builder batches(BatchApi api, BatchSettings settings) {
      this.batchApi = Objects.requireNonNull(api);
      this.batchSettings = Objects.requireNonNull(settings);
      return this;
    }

    public Builder store(RunStore store) {
      this.store = store;
      return this;
    }

    /** Everything from the config's {@code engine} section; flags may override after. */
    public Builder settings(EngineSettings settings) {
      concurrency(settings.concurrency());
      rateLimits(settings.requestsPerMinute(), settings.tokensPerMinute());
      backoff(BackoffPolicy.standard(settings.maxAttempts()));
      settings.cacheDirectory().map(Path::of).ifPresent(this::cacheDir);
      settings.costCapUsd().ifPresent(this::maxCostUsd);
      prices(settings.pricesInMode());
      rateLimitPatience(settings.rateLimitPatience());
      return this;
    }

    /** How long 429s with no call served may last before the run stops (resumable). */
    public Builder rateLimitPatience(Duration patience) {
      this.rateLimitPatience = Objects.requireNonNull(patience);
      return this;
    }

    /** Calls in flight across all stages, and specs worked on at once. */
    public Builder concurrency(int concurrency) {
      if (concurrency < 1) {
        throw new IllegalArgumentException("--concurrency must be at least 1, was " + concurrency);
      }
      this.concurrency = concurrency;
      return this;
    }

    /** 0 means no limit. */
    public Builder rateLimits(int requestsPerMinute, int tokensPerMinute) {
      this.requestsPerMinute = requestsPerMinute;
      this.tokensPerMinute = tokensPerMinute;
      return this;
    }

    public Builder backoff(BackoffPolicy backoff) {
      this.backoff = Objects.requireNonNull(backoff);
      return this;
    }

    public Builder cacheDir(Path cacheDir) {
      this.cacheDir = cacheDir;
      return this;
    }

    public Builder maxCostUsd(double maxCostUsd) {
      this.maxCostUsd = maxCostUsd;
      return this;
    }

    public Builder prices(PriceTable prices) {
      this.prices = Objects.requireNonNull(prices);
      return this;
    }

    /** Redraws or prints progress every {@code every}; none when not called. */
    public Builder progress(Progress progress, Duration every) {
      this.progress = progress;
      this.progressEvery = every;
      return this;
    }

    public Builder progressTo(PrintWriter err) {
      return progress(Progress.forStderr(err, clock), Duration.ofSeconds(1));
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper);
      return this;
    }

    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random);
      return this;
    }

    public Builder stopSignal(StopSignal stop) {
      this.stop = Objects.requireNonNull(stop);
      return this;
    }

    /** How long a stopping run waits for calls in flight before abandoning them. */
    public Builder drainTimeout(Duration drainTimeout) {
      this.drainTimeout = Objects.requireNonNull(drainTimeout);
      return this;
    }

    public Engine build() {
      return new Engine(this);
    }
  }
}
