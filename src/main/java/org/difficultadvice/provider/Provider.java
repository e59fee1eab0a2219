package org.difficultadvice.provider;

/**
 * A model backend: a request in, a completion out. Implementations speak one API (OpenAI chat
 * completions, Anthropic Messages, the embedded local model). Retries, rate limits, caching and
 * accounting wrap a provider rather than living inside one, the way OkHttp's interceptors wrap
 * a call. Implementations must be safe to call from many threads at once.
 */
public interface Provider extends AutoCloseable {

  Completion complete(ChatRequest request) throws ProviderException;

  /** Short backend name for manifests and logs ({@code openai}, {@code anthropic}, {@code local}). */
  String name();

  @Override
  default void close() {}
}
