package org.difficultadvice.provider;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * How the one HTTP client of a run is built: timeouts and how many calls may be in flight to one
 * host. Build one client in {@code cli} and hand it to every provider, so they share its connection
 * pool.
 *
 * @param connectTimeout TCP and TLS connect
 * @param readTimeout the longest silence while the answer is awaited or read; a non-streaming call
 *     is silent until the model has finished writing, so this is as long as a whole answer
 * @param callTimeout the whole call, connect to last byte
 * @param maxConcurrency the most calls in flight at once, all to one host (the engine's {@code
 *     --concurrency})
 */
public record HttpClientSettings(
    Duration connectTimeout, Duration readTimeout, Duration callTimeout, int maxConcurrency) {

  /** TCP connect is quick or the host is down; waiting longer than this only hides the outage. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** An idle keep-alive connection is kept this long; servers close theirs after about a minute. */
  private static final Duration KEEP_ALIVE = Duration.ofMinutes(1);

  public HttpClientSettings {
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(readTimeout, "readTimeout");
    requirePositive(callTimeout, "callTimeout");
    if (maxConcurrency < 1) {
      throw new IllegalArgumentException(
          "maxConcurrency must be at least 1, was " + maxConcurrency);
    }
  }

  /** A model call's settings from one per-call timeout (the config's {@code timeout_seconds}). */
  public static HttpClientSettings forCallTimeout(Duration callTimeout, int maxConcurrency) {
    Duration connect =
        callTimeout.compareTo(DEFAULT_CONNECT_TIMEOUT) < 0 ? callTimeout : DEFAULT_CONNECT_TIMEOUT;
    return new HttpClientSettings(connect, callTimeout, callTimeout, maxConcurrency);
  }

  public OkHttpClient newClient() {
    // The providers call execute(), which OkHttp's dispatcher does not bound; its limits apply
    // to enqueue() only. Raise them anyway (defaults: 64 calls, 5 per host) so that an
    // asynchronous caller is not queued inside OkHttp: the engine bounds concurrency itself.
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(maxConcurrency);
    dispatcher.setMaxRequestsPerHost(maxConcurrency);
    // Keep an idle connection per possible in-flight call, so a burst reuses them instead of
    // opening (and TLS-handshaking) new ones.
    ConnectionPool pool =
        new ConnectionPool(maxConcurrency, KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectionPool(pool)
        .connectTimeout(connectTimeout)
        .readTimeout(readTimeout)
        .writeTimeout(readTimeout)
        .callTimeout(callTimeout)
        // The engine's retry policy decides about failed calls and records each attempt. OkHttp
        // still retries the one case it can tell apart: a pooled connection the server had
        // already closed (servers without keep-alive, or with a short idle timeout). Without
        // it, such servers failed about half of all calls before they were even read.
        .retryOnConnectionFailure(true)
        .build();
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }
}
