package org.difficultadvice.engine;

import java.util.Objects;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.Usage;

/**
 * The last check before a call goes out: the run is not stopping and the cost cap allows it;
 * then meters what the call used.
 */
public final class AccountingProvider implements Provider {
  private final Provider delegate;
  private final CostMeter meter;
  private final StopSignal stop;

  public AccountingProvider(Provider delegate, CostMeter meter, StopSignal stop) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.meter = Objects.requireNonNull(meter, "meter");
    this.stop = Objects.requireNonNull(stop, "stop");
  }

  @Override
  public Completion complete(ChatRequest request) throws ProviderException {
    stop.throwIfStopped();
    CostMeter.Reservation reservation;
    try {
      reservation = meter.reserve(request);
    } catch (RunStoppedException overCap) {
      stop.stop(overCap.reason(), overCap.getMessage());
      throw overCap;
    }
    Usage used = Usage.NONE;
    try {
      Completion completion = delegate.complete(request);
      used = completion.usage();
      return completion;
    } finally {
      meter.settle(reservation, used);
    }
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
