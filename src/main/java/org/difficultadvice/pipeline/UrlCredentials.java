package org.difficultadvice.pipeline;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.difficultadvice.load.JobConfig;
import org.difficultadvice.load.ProviderSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code user:password@} of a base URL (a proxy or a server behind basic auth). It is taken
 * out of the job before anything sees the URL, so the run store, the manifest, logs and messages
 * only ever hold the URL without it, and put back on the wire by an interceptor as an HTTP Basic
 * {@code Authorization} header on requests to that host (OkHttp itself sends no credentials from
 * a URL).
 */
public final class UrlCredentials implements Interceptor {
  private static final Logger log = LoggerFactory.getLogger(UrlCredentials.class);
  private static final UrlCredentials NONE = new UrlCredentials(null, "");

  private final HttpUrl origin;
  private final String header;
  private final AtomicBoolean warned = new AtomicBoolean();

  private UrlCredentials(HttpUrl origin, String header) {
    this.origin = origin;
    this.header = header;
  }

  /** The credentials of the job's base URL, if it has any. */
  public static UrlCredentials of(JobConfig job) {
    HttpUrl url = parse(job.provider().baseUrl()).orElse(null);
    if (url == null || (url.username().isEmpty() && url.password().isEmpty())) {
      return NONE;
    }
    return new UrlCredentials(url,
        Credentials.basic(url.username(), url.password(), java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The job with its base URL's user and password removed; the job itself when it has none. */
  public static JobConfig redact(JobConfig job) {
    ProviderSettings p = job.provider();
    Optional<HttpUrl> url = parse(p.baseUrl());
    if (url.isEmpty() || (url.get().username().isEmpty() && url.get().password().isEmpty())) {
      return job;
    }
    String bare = url.get().newBuilder().username("").password("").build().toString();
    return job.withProvider(new ProviderSettings(p.name(), p.model(), bare, p.apiKeyEnv(),
        p.temperature(), p.topP(), p.maxTokens(), p.reasoning(), p.reasoningAllowance()));
  }

  /**
   * A URL for messages: {@code user:password@} replaced by {@code ***@}, also in text that
   * does not parse as a URL.
   */
  public static String redact(String url) {
    return url == null ? null : url.replaceAll("(?<=//)[^/@?#]*@", "***@");
  }

  public boolean present() {
    return origin != null;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (origin == null || !sameOrigin(request.url())) {
      return chain.proceed(request);
    }
    if (request.header("Authorization") != null) {
      if (warned.compareAndSet(false, true)) {
        log.warn("the user and password in the base URL are not sent to {}: the API key already"
            + " takes the Authorization header", origin.host());
      }
      return chain.proceed(request);
    }
    return chain.proceed(request.newBuilder().header("Authorization", header).build());
  }

  private boolean sameOrigin(HttpUrl url) {
    return url.scheme().equals(origin.scheme()) && url.host().equals(origin.host())
        && url.port() == origin.port();
  }

  private static Optional<HttpUrl> parse(String url) {
    return url == null ? Optional.empty() : Optional.ofNullable(HttpUrl.parse(url));
  }
}
