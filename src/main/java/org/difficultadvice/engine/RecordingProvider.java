package org.difficultadvice.engine;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import org.difficultadvice.load.PriceTable;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.store.CallHistory;
import org.difficultadvice.store.CallRecord;
import org.difficultadvice.store.RunStore;

/**
 * Makes a run resumable by replay: a request whose answer the run store already holds is
 * answered from the store without being sent; any other is sent, and the attempt (answer or
 * error, latency, usage, cost) is committed to the store before the answer is returned. A call
 * that was in flight when a run was killed has no stored answer, so the resumed run sends it
 * once more.
 */
public final class RecordingProvider implements Provider {
  private final Provider delegate;
  private final RunStore store;
  private final PriceTable prices;
  private final Clock clock;
  private final LongAdder replayed = new LongAdder();
  private final LongAdder sent = new LongAdder();

  public RecordingProvider(Provider delegate, RunStore store, PriceTable prices, Clock clock) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.store = Objects.requireNonNull(store, "store");
    this.prices = Objects.requireNonNull(prices, "prices");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Completion complete(ChatRequest request) throws ProviderException {
    String hash = CanonicalRequest.hash(request);
    CallHistory history = store.callHistory(hash);
    if (history.answer().isPresent()) {
      replayed.increment();
      return history.answer().get();
    }
    int attempt = history.attempts() + 1;
    long started = clock.millis();
    sent.increment();
    try {
      Completion completion = delegate.complete(request);
      double cost = prices.costUsd(request.model(), completion.usage());
      store.recordCall(CallRecord.succeeded(
          hash, request.stage(), attempt, clock.millis() - started, completion, cost));
      return completion;
    } catch (ProviderException e) {
      store.recordCall(CallRecord.failed(hash, request.stage(), request.model(), attempt,
          clock.millis() - started, e.status(), String.valueOf(e.getMessage())));
      throw e;
    }
  }

  /** Calls answered from the store in this session. */
  public long replayedCalls() {
    return replayed.sum();
  }

  /** Attempts sent to the server in this session. */
  public long sentCalls() {
    return sent.sum();
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
