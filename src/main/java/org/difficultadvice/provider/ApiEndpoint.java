package org.difficultadvice.provider;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JSON-over-HTTP endpoint of a model API: posts a body and turns every way the exchange can
 * fail into a {@link ProviderException} that a retry policy can act on. What the providers share
 * lives here; what differs (body shapes, auth headers, the request id's header) is passed in.
 *
 * <p>Which failures are retryable: I/O failures (reset, refused, timeouts) except a TLS certificate
 * failure; HTTP 408, 429 and every 5xx but 501 and 505, which includes 529, Anthropic's
 * "overloaded". Not retryable: the other 4xx (400, 401, 403, 404, 422...) and a 429 that says the
 * account's quota or spend limit is exhausted.
 */
public final class ApiEndpoint {
  private static final Logger log = LoggerFactory.getLogger(ApiEndpoint.class);
  private static final MediaType JSON = MediaType.get("application/json");

  /**
   * No chat answer within a token limit comes near this; a body that does is a misbehaving
   * server, and with hundreds of calls in flight reading it whole could exhaust the heap.
   */
  static final long MAX_BODY_BYTES = 8L * 1024 * 1024;

  private final String apiName;
  private final OkHttpClient client;
  private final HttpUrl url;
  private final Headers headers;
  private final String requestIdHeader;
  private final Optional<ApiKey> key;
  private final RetryAfter retryAfter;
  private final ObjectMapper mapper;

  /**
   * @param apiName how messages name the API ({@code OpenAI}, {@code Anthropic})
   * @param headers sent with every request, auth included
   * @param requestIdHeader the response header carrying the API's request id
   * @param key the key sent in {@code headers}, if any: named in 401/403 messages and redacted from
   *     everything a server sends back
   */
  public ApiEndpoint(
      String apiName,
      OkHttpClient client,
      HttpUrl url,
      Headers headers,
      String requestIdHeader,
      Optional<ApiKey> key,
      RetryAfter retryAfter,
      ObjectMapper mapper) {
    this.apiName = Objects.requireNonNull(apiName, "apiName");
    this.client = Objects.requireNonNull(client, "client");
    this.url = Objects.requireNonNull(url, "url");
    this.headers = Objects.requireNonNull(headers, "headers");
    this.requestIdHeader = Objects.requireNonNull(requestIdHeader, "requestIdHeader");
    this.key = Objects.requireNonNull(key, "key");
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  public HttpUrl url() {
    return url;
  }

  /** Posts {@code jsonBody}; returns the 2xx answer's body or throws what went wrong. */
  public ApiReply post(String jsonBody) throws ProviderException {
    Request request =
        new Request.Builder()
            .url(url)
            .headers(headers)
            .post(RequestBody.create(jsonBody, JSON))
            .build();
    try (Response response = client.newCall(request).execute()) {
      String requestId = Optional.ofNullable(response.header(requestIdHeader)).orElse("");
      String body = readBody(response, requestId);
      if (!response.isSuccessful()) {
        throw httpFailure(response.code(), response.headers(), body, requestId);
      }
      return new ApiReply(body, requestId, retryAfter.rateLimits(response.headers()));
    } catch (IOException e) {
      throw transportFailure(e);
    }
  }

  /**
   * For a provider whose parser found a 2xx answer it cannot use (not JSON, a field missing):
   * retryable, because a server that sent a broken answer once may send a good one next time.
   */
  public ProviderException malformedAnswer(ApiReply reply, String problem, Throwable cause) {
    return new ProviderException(
        redact(apiName + " answered HTTP 200 but " + problem + requestIdSuffix(reply.requestId())),
        200,
        true,
        reply.requestId(),
        null,
        reply.rateLimits(),
        scrub(cause));
  }

  private String readBody(Response response, String requestId) throws ProviderException {
    ResponseBody body = response.body();
    if (body == null) {
      return "";
    }
    try {
      if (body.source().request(MAX_BODY_BYTES + 1)) {
        throw new ProviderException(
            apiName
                + " answered HTTP "
                + response.code()
                + " with a body over "
                + MAX_BODY_BYTES / (1024 * 1024)
                + " MiB; that is no chat answer"
                + requestIdSuffix(requestId),
            response.isSuccessful() ? response.code() : 0,
            true,
            requestId,
            null,
            null);
      }
      return body.string();
    } catch (IOException e) {
      // Headers arrived but the body did not: the answer is lost, as with a reset.
      throw new ProviderException(
          redact(
              apiName
                  + " answered HTTP "
                  + response.code()
                  + " but the connection failed while the body was read ("
                  + describe(e)
                  + "); retrying may help"
                  + requestIdSuffix(requestId)),
          0,
          true,
          requestId,
          null,
          scrub(e));
    }
  }

  private ProviderException httpFailure(
      int status, Headers responseHeaders, String body, String requestId) {
    ApiErrorBody error = ApiErrorBody.parse(mapper, body);
    log.debug("{} HTTP {} from {}: {}", apiName, status, url.host(), redact(error.summary()));
    boolean retryable = retryableStatus(status) && !error.quotaExhausted();
    Duration wait = retryable ? retryAfter.read(responseHeaders).orElse(null) : null;
    String message =
        apiName
            + " returned HTTP "
            + status
            + (error.summary().isEmpty() ? "" : " (" + error.summary() + ")")
            + "; "
            + advice(status, error)
            + requestIdSuffix(requestId);
    return new ProviderException(redact(message), status, retryable, requestId, wait,
        retryAfter.rateLimits(responseHeaders), null);
  }

  private String advice(int status, ApiErrorBody error) {
    String keySource =
        key.map(k -> "the key was read from " + k.variable())
            .orElse("no key was sent because none was set in the environment");
    return switch (status) {
      case 401 ->
          keySource
              + "; check that it is a valid key for "
              + url.host()
              + " (export the right key, or name another variable with --api-key-env)";
      case 403 -> keySource + "; it is not allowed to use this model or endpoint";
      case 404 -> "check --base-url (" + url + ") and --model";
      case 429 ->
          error.quotaExhausted()
              ? "the account's quota or spend limit is exhausted; retrying will not help"
              : "rate limited; slow down and retry";
      default ->
          retryableStatus(status)
              ? "a server-side failure; retrying may help"
              : "the request was rejected; retrying the same request will not help";
    };
  }

  private ProviderException transportFailure(IOException e) {
    boolean certificateProblem =
        e instanceof SSLHandshakeException || e instanceof SSLPeerUnverifiedException;
    String message =
        apiName
            + " call to "
            + url.host()
            + ":"
            + url.port()
            + " failed before an answer arrived ("
            + describe(e)
            + (certificateProblem
                ? "); the server's TLS certificate is not trusted: check --base-url"
                : "); retrying may help");
    return new ProviderException(redact(message), 0, !certificateProblem, "", null, scrub(e));
  }

  static boolean retryableStatus(int status) {
    return status == 408 || status == 429 || (status >= 500 && status != 501 && status != 505);
  }

  private static String describe(IOException e) {
    return e.getMessage() == null
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static String requestIdSuffix(String requestId) {
    return requestId.isEmpty() ? "" : " [request id " + requestId + "]";
  }

  /**
   * The cause itself if no message in its chain quotes the key, else a stand-in with the key
   * redacted and the same stack trace: a parser's message may quote the body it choked on.
   */
  private Throwable scrub(Throwable cause) {
    if (cause == null || key.isEmpty()) {
      return cause;
    }
    boolean leaks = false;
    for (Throwable t = cause; t != null; t = t.getCause()) {
      leaks |= t.toString().contains(key.get().secret());
    }
    if (!leaks) {
      return cause;
    }
    IOException clean = new IOException(redact(cause.toString()));
    clean.setStackTrace(cause.getStackTrace());
    return clean;
  }

  private String redact(String text) {
    return key.map(k -> k.redact(text)).orElse(text);
  }
}
