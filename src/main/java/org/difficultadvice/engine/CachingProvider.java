package org.difficultadvice.engine;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a request from the shared {@link ResponseCache} ({@code --cache DIR}) when it can,
 * and stores every new answer there. A hit sends nothing and costs nothing.
 */
public final class CachingProvider implements Provider {
  private static final Logger log = LoggerFactory.getLogger(CachingProvider.class);

  private final Provider delegate;
  private final ResponseCache cache;
  private final LongAdder hits = new LongAdder();

  public CachingProvider(Provider delegate, ResponseCache cache) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.cache = Objects.requireNonNull(cache, "cache");
  }

  @Override
  public Completion complete(ChatRequest request) throws ProviderException {
    String hash = CanonicalRequest.hash(request);
    Optional<Completion> cached = cache.get(hash);
    if (cached.isPresent()) {
      hits.increment();
      return cached.get();
    }
    Completion completion = delegate.complete(request);
    try {
      cache.put(hash, completion);
    } catch (IOException e) {
      // The answer is good and the run store has it; a cache that cannot be written only
      // costs a later run a call, so it is worth a warning, not a failed spec.
      log.warn("cannot write the response cache: {}", e.toString());
    }
    return completion;
  }

  public long hits() {
    return hits.sum();
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
