package org.difficultadvice.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The JSON and file exchanges of a batch API: GET and POST of small JSON objects, and a
 * results body read line by line (it may be hundreds of MB, so it is never held whole).
 * Failures become {@link ProviderException}s retryable by the same rules as chat calls.
 */
public final class BatchHttp {
  private static final MediaType JSON = MediaType.get("application/json");

  private final String apiName;
  private final OkHttpClient client;
  private final Headers headers;
  private final String requestIdHeader;
  private final Optional<ApiKey> key;
  private final ObjectMapper mapper = new ObjectMapper();

  public BatchHttp(String apiName, OkHttpClient client, Headers headers, String requestIdHeader,
      Optional<ApiKey> key) {
    this.apiName = Objects.requireNonNull(apiName, "apiName");
    this.client = Objects.requireNonNull(client, "client");
    this.headers = Objects.requireNonNull(headers, "headers");
    this.requestIdHeader = Objects.requireNonNull(requestIdHeader, "requestIdHeader");
    this.key = Objects.requireNonNull(key, "key");
  }

  public JsonNode get(HttpUrl url) throws ProviderException {
    return json(new Request.Builder().url(url).headers(headers).get().build());
  }

  public JsonNode post(HttpUrl url, String jsonBody) throws ProviderException {
    return post(url, RequestBody.create(jsonBody, JSON));
  }

  public JsonNode post(HttpUrl url, RequestBody body) throws ProviderException {
    return json(new Request.Builder().url(url).headers(headers).post(body).build());
  }

  /** Reads a JSONL body, handing over each non-blank line. */
  public void lines(HttpUrl url, Consumer<String> each) throws ProviderException {
    Request request = new Request.Builder().url(url).headers(headers).get().build();
    try (Response response = client.newCall(request).execute()) {
      String requestId = Optional.ofNullable(response.header(requestIdHeader)).orElse("");
      ResponseBody body = response.body();
      if (!response.isSuccessful()) {
        throw failure(request, response.code(), body == null ? "" : body.string(), requestId);
      }
      if (body == null) {
        return;
      }
      try (BufferedReader reader = new BufferedReader(
          new InputStreamReader(body.byteStream(), StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (!line.isBlank()) {
            each.accept(line);
          }
        }
      }
    } catch (IOException e) {
      throw transport(request, e);
    }
  }

  private JsonNode json(Request request) throws ProviderException {
    try (Response response = client.newCall(request).execute()) {
      String requestId = Optional.ofNullable(response.header(requestIdHeader)).orElse("");
      ResponseBody body = response.body();
      String text = body == null ? "" : body.string();
      if (!response.isSuccessful()) {
        throw failure(request, response.code(), text, requestId);
      }
      try {
        return mapper.readTree(text);
      } catch (IOException e) {
        throw new ProviderException(redact(apiName + " answered " + describe(request)
            + " with HTTP " + response.code() + " but the body is not JSON"), 200, true,
            requestId, null, null);
      }
    } catch (IOException e) {
      throw transport(request, e);
    }
  }

  private ProviderException failure(Request request, int status, String body, String requestId) {
    ApiErrorBody error = ApiErrorBody.parse(mapper, body);
    boolean retryable = ApiEndpoint.retryableStatus(status) && !error.quotaExhausted();
    return new ProviderException(redact(apiName + " returned HTTP " + status + " for "
        + describe(request) + (error.summary().isEmpty() ? "" : " (" + error.summary() + ")")
        + (requestId.isEmpty() ? "" : " [request id " + requestId + "]")),
        status, retryable, requestId, null, null);
  }

  private ProviderException transport(Request request, IOException e) {
    return new ProviderException(redact(apiName + " " + describe(request)
        + " failed before an answer arrived (" + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); retrying may help"), 0,
        true, "", null, null);
  }

  private static String describe(Request request) {
    return request.method() + " " + request.url().encodedPath();
  }

  private String redact(String text) {
    return key.map(k -> k.redact(text)).orElse(text);
  }
}
