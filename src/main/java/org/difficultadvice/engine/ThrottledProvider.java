package org.difficultadvice.engine;

import java.util.Objects;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;

/**
 * Holds a call until the rate limits and the adaptive in-flight limit let it go, and tells the
 * limit how the server answered.
 */
public final class ThrottledProvider implements Provider {
  private final Provider delegate;
  private final RateLimiter rate;
  private final AdaptiveLimit limit;

  public ThrottledProvider(Provider delegate, RateLimiter rate, AdaptiveLimit limit) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.rate = Objects.requireNonNull(rate, "rate");
    this.limit = Objects.requireNonNull(limit, "limit");
  }

  @Override
  public Completion complete(ChatRequest request) throws ProviderException {
    long estimate = RequestSize.worstCaseTokens(request);
    try {
      rate.acquire(estimate);
      limit.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunStoppedException(StopReason.CANCELLED, "interrupted while waiting to send");
    }
    try {
      Completion completion = delegate.complete(request);
      limit.onSuccess();
      rate.settle(estimate, completion.usage().total());
      return completion;
    } catch (ProviderException e) {
      if (e.status() == 429 || e.status() == 529) {
        limit.onThrottled();
      }
      throw e;
    } finally {
      limit.release();
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
