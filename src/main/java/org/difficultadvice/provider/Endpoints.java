package org.difficultadvice.provider;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Several servers of one API serving the same model (replicas of a vLLM, TGI or llama.cpp
 * server), given as {@code --base-url} more than once. The engine spreads calls over them, with
 * an in-flight limit and learned rate limits for each, and rests one that keeps failing
 * ({@code engine.EndpointPool}). Used as a provider on its own, it sends each call to the first
 * server in order that does not fail it as a server ({@link #serverFailure}).
 */
public final class Endpoints implements Provider {
  private final List<Endpoint> endpoints;

  /**
   * One server.
   *
   * @param label how progress and summaries name it: host, port and path, never the user,
   *     password or query of its URL
   */
  public record Endpoint(String label, Provider provider) {
    public Endpoint {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(provider, "provider");
    }
  }

  public Endpoints(List<Endpoint> endpoints) {
    if (endpoints.size() < 2) {
      throw new IllegalArgumentException(
          "several endpoints means two or more, was " + endpoints.size());
    }
    Set<String> labels = new HashSet<>();
    for (Endpoint endpoint : endpoints) {
      if (!labels.add(endpoint.label())) {
        throw new IllegalArgumentException("two endpoints are both labelled " + endpoint.label());
      }
    }
    this.endpoints = List.copyOf(endpoints);
  }

  public List<Endpoint> endpoints() {
    return endpoints;
  }

  /** Host, port and path of {@code url}: what a person needs to tell servers apart, no secret. */
  public static String label(HttpUrl url) {
    String path = url.encodedPath();
    return url.host() + ":" + url.port() + (path.equals("/") ? "" : path);
  }

  /**
   * Whether {@code e} says the server failed rather than the request or the rate: no answer at
   * all (refused, reset, timed out) or a retryable 5xx. Overload (529) and rate limits (429) are
   * back-pressure that the in-flight limit and the rate limiter handle; a 4xx would fail on any
   * server.
   */
  public static boolean serverFailure(ProviderException e) {
    return e.retryable() && (e.status() == 0 || (e.status() >= 500 && e.status() != 529));
  }

  @Override
  public Completion complete(ChatRequest request) throws ProviderException {
    ProviderException last = null;
    for (Endpoint endpoint : endpoints) {
      try {
        return endpoint.provider().complete(request);
      } catch (ProviderException e) {
        if (!serverFailure(e)) {
          throw e;
        }
        last = e;
      }
    }
    throw last;
  }

  /** The API's name, as each endpoint speaks the same one. */
  @Override
  public String name() {
    return endpoints.get(0).provider().name();
  }

  @Override
  public void close() {
    for (Endpoint endpoint : endpoints) {
      endpoint.provider().close();
    }
  }
}
