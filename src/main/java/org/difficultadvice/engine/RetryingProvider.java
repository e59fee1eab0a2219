package org.difficultadvice.engine;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a request again when the failure says trying again may help, waiting by a {@link
 * BackoffPolicy} that honours Retry-After. Two kinds of retryable failure are told apart:
 *
 * <ul>
 *   <li>a rate-limited 429 ({@link ProviderException#rateLimited()}) is back-pressure: the call
 *       waits and goes again with no attempt cap, and only {@link RateLimitPatience} (no call
 *       served anywhere in the run for a long time) ends it;
 *   <li>any other retryable failure (500, 502, 503, 504, 529, resets, timeouts, broken answers)
 *       counts against the policy's attempts.
 * </ul>
 *
 * Anything else passes through on the first failure.
 */
public final class RetryingProvider implements Provider {
  private static final Logger log = LoggerFactory.getLogger(RetryingProvider.class);

  private final Provider delegate;
  private final BackoffPolicy policy;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final StopSignal stop;
  private final RateLimitPatience patience;

  public RetryingProvider(
      Provider delegate, BackoffPolicy policy, Sleeper sleeper, RandomGenerator random,
      StopSignal stop, RateLimitPatience patience) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.random = Objects.requireNonNull(random, "random");
    this.stop = Objects.requireNonNull(stop, "stop");
    this.patience = Objects.requireNonNull(patience, "patience");
  }

  @Override
  public Completion complete(ChatRequest request) throws ProviderException {
    int failures = 0;
    int refusals = 0;
    while (true) {
      stop.throwIfStopped();
      Duration wait;
      try {
        Completion completion = delegate.complete(request);
        patience.succeeded();
        return completion;
      } catch (ProviderException e) {
        if (!e.retryable()) {
          throw e;
        }
        if (e.rateLimited()) {
          patience.check(e);
          refusals++;
          wait = policy.delayAfterRateLimit(refusals, e.retryAfter().orElse(null), random);
        } else {
          failures++;
          if (failures >= policy.maxAttempts()) {
            throw new ProviderException(
                "gave up after " + failures + " attempts: " + e.getMessage(), e.status(), true,
                e.requestId(), e.retryAfter().orElse(null), e.rateLimits(), e);
          }
          wait = policy.delayAfter(failures, e.retryAfter().orElse(null), random);
        }
        log.debug("{} attempt failed ({}), retrying in {} ms", request.stage(), e.getMessage(),
            wait.toMillis());
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new RunStoppedException(StopReason.CANCELLED, "interrupted while backing off");
      }
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
