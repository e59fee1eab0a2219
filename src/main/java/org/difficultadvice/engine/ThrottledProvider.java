package org.difficultadvice.engine;

import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;

/**
 * Holds a call until the adaptive in-flight limit and the rate limits let it go, and tells them
 * how the server answered: its rate-limit headers and its usage. (A 429's Retry-After is
 * waited out by the refused call alone, with jitter, in {@link RetryingProvider}: the headers
 * and the in-flight limit already hold the others back.) A refusal
 * that comes with rate-limit headers is about a rate, which the rate limiter now knows; one
 * without is about capacity, and shrinks the in-flight limit.
 */
public final class ThrottledProvider implements Provider {
  private final Provider delegate;
  private final RateLimiter rate;
  private final AdaptiveLimit limit;
  private final LongAdder throttled = new LongAdder();

  public ThrottledProvider(Provider delegate, RateLimiter rate, AdaptiveLimit limit) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.rate = Objects.requireNonNull(rate, "rate");
    this.limit = Objects.requireNonNull(limit, "limit");
  }

  @Override
  public Completion complete(ChatRequest request) throws ProviderException {
    try {
      limit.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunStoppedException(StopReason.CANCELLED, "interrupted while waiting to send");
    }
    return completeHoldingSlot(request);
  }

  /**
   * Sends a call for which a slot of the in-flight limit is already taken ({@link
   * AdaptiveLimit#tryAcquire}), once the rate limits let it go; gives the slot back.
   */
  Completion completeHoldingSlot(ChatRequest request) throws ProviderException {
    RateLimiter.Admission admission;
    boolean sent = false;
    try {
      try {
        // Taken last, right before sending, so the admission time is the send time.
        admission = rate.acquire(RequestSize.cost(request));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RunStoppedException(StopReason.CANCELLED, "interrupted while waiting to send");
      }
      limit.sending();
      sent = true;
      try {
        Completion completion = delegate.complete(request);
        limit.onSuccess();
        rate.observe(admission, completion.rateLimits());
        rate.settle(admission, completion.usage());
        return completion;
      } catch (ProviderException e) {
        rate.observe(admission, e.rateLimits());
        if (e.status() == 429 || e.status() == 529) {
          throttled.increment();
          if (e.rateLimits().isEmpty()) {
            limit.onThrottled(admission.admittedAt());
          }
        }
        throw e;
      }
    } finally {
      limit.release(sent);
    }
  }

  /** Answers of 429 or 529 in this session. */
  public long throttledCalls() {
    return throttled.sum();
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
