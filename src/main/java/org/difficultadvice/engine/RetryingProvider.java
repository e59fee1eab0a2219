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
 * Sends a request again when the failure says trying again may help (429, 500, 502, 503, 504,
 * 529, resets, timeouts: {@link ProviderException#retryable()}), waiting by a {@link
 * BackoffPolicy} that honours Retry-After. Anything else passes through on the first failure.
 */
public final class RetryingProvider implements Provider {
  private static final Logger log = LoggerFactory.getLogger(RetryingProvider.class);

  private final Provider delegate;
  private final BackoffPolicy policy;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final StopSignal stop;

  public RetryingProvider(
      Provider delegate, BackoffPolicy policy, Sleeper sleeper, RandomGenerator random,
      StopSignal stop) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.random = Objects.requireNonNull(random, "random");
    this.stop = Objects.requireNonNull(stop, "stop");
  }

  @Override
  public Completion complete(ChatRequest request) throws ProviderException {
    for (int attempt = 1; ; attempt++) {
      stop.throwIfStopped();
      try {
        return delegate.complete(request);
      } catch (ProviderException e) {
        if (!e.retryable()) {
          throw e;
        }
        if (attempt >= policy.maxAttempts()) {
          throw new ProviderException(
              "gave up after " + attempt + " attempts: " + e.getMessage(), e.status(), true,
              e.requestId(), e.retryAfter().orElse(null), e);
        }
        Duration wait = policy.delayAfter(attempt, e.retryAfter().orElse(null), random);
        log.debug("{} attempt {} failed ({}), retrying in {} ms", request.stage(), attempt,
            e.getMessage(), wait.toMillis());
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new RunStoppedException(StopReason.CANCELLED, "interrupted while backing off");
        }
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
