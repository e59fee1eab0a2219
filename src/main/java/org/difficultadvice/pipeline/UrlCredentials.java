package org.difficultadvice.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
 * a URL). With several base URLs, each one's credentials go to its own host only.
 */
public final class UrlCredentials implements Interceptor {
  private static final Logger log = LoggerFactory.getLogger(UrlCredentials.class);
  private static final UrlCredentials NONE = new UrlCredentials(List.of());

  /** One base URL's origin and the Basic header its user and password make. */
  private record Login(HttpUrl origin, String header) {}

  private final List<Login> logins;
  private final AtomicBoolean warned = new AtomicBoolean();

  private UrlCredentials(List<Login> logins) {
    this.logins = List.copyOf(logins);
  }

  /** The credentials of the job's base URLs, where they have any. */
  public static UrlCredentials of(JobConfig job) {
    List<Login> logins = new ArrayList<>();
    for (String text : job.provider().endpoints()) {
      HttpUrl url = parse(text).orElse(null);
      if (url != null && hasLogin(url)) {
        logins.add(new Login(url, Credentials.basic(url.username(), url.password(),
            java.nio.charset.StandardCharsets.UTF_8)));
      }
    }
    return logins.isEmpty() ? NONE : new UrlCredentials(logins);
  }

  /** The job with its base URLs' users and passwords removed; the job itself when none has. */
  public static JobConfig redact(JobConfig job) {
    ProviderSettings p = job.provider();
    List<String> urls = p.endpoints();
    if (urls.stream().map(UrlCredentials::parse)
        .noneMatch(url -> url.isPresent() && hasLogin(url.get()))) {
      return job;
    }
    List<String> bare = new ArrayList<>();
    for (String text : urls) {
      bare.add(parse(text).filter(UrlCredentials::hasLogin)
          .map(url -> url.newBuilder().username("").password("").build().toString())
          .orElse(text));
    }
    return job.withProvider(p.withBaseUrls(bare));
  }

  private static boolean hasLogin(HttpUrl url) {
    return !url.username().isEmpty() || !url.password().isEmpty();
  }

  /**
   * A URL for messages: {@code user:password@} replaced by {@code ***@}, also in text that
   * does not parse as a URL.
   */
  public static String redact(String url) {
    return url == null ? null : url.replaceAll("(?<=//)[^/@?#]*@", "***@");
  }

  public boolean present() {
    return !logins.isEmpty();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Optional<Login> login = logins.stream()
        .filter(l -> sameOrigin(l.origin(), request.url())).findFirst();
    if (login.isEmpty()) {
      return chain.proceed(request);
    }
    if (request.header("Authorization") != null) {
      if (warned.compareAndSet(false, true)) {
        log.warn("the user and password in the base URL are not sent to {}: the API key already"
            + " takes the Authorization header", login.get().origin().host());
      }
      return chain.proceed(request);
    }
    return chain.proceed(
        request.newBuilder().header("Authorization", login.get().header()).build());
  }

  private static boolean sameOrigin(HttpUrl origin, HttpUrl url) {
    return url.scheme().equals(origin.scheme()) && url.host().equals(origin.host())
        && url.port() == origin.port();
  }

  private static Optional<HttpUrl> parse(String url) {
    return url == null ? Optional.empty() : Optional.ofNullable(HttpUrl.parse(url));
  }
}
