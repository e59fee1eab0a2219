package org.difficultadvice.provider.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.difficultadvice.provider.ApiKey;
import org.difficultadvice.provider.ApiReply;
import org.difficultadvice.provider.BatchApi;
import org.difficultadvice.provider.BatchHttp;
import org.difficultadvice.provider.BatchRowResult;
import org.difficultadvice.provider.BatchStatus;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.RateLimitHeaders;

/**
 * Anthropic's Message Batches: {@code POST /v1/messages/batches} with {@code {"requests":
 * [{"custom_id", "params"}]}}, polled by {@code GET /v1/messages/batches/{id}} until its
 * {@code processing_status} is {@code ended}, then the JSONL at its {@code results_url}: one
 * {@code {"custom_id", "result": {"type": succeeded|errored|canceled|expired, ...}}} per row.
 * Limits: 100,000 requests and 256 MB per batch.
 */
public final class AnthropicBatchApi implements BatchApi {
  private static final int MAX_ROWS = 100_000;
  private static final long MAX_BYTES = 256L * 1000 * 1000;
  /** How far a server's clock may lag ours when matching a batch a killed run created. */
  private static final long CLOCK_SKEW_SECONDS = 300;

  private final HttpUrl batches;
  private final BatchHttp http;
  private final AnthropicProvider chat;
  private final ObjectMapper mapper = new ObjectMapper();

  public AnthropicBatchApi(OkHttpClient client, HttpUrl baseUrl, ApiKey key,
      AnthropicProvider chat) {
    this.batches = AnthropicProvider.messagesUrl(baseUrl).newBuilder()
        .addPathSegment("batches").build();
    Headers headers = new Headers.Builder()
        .add("x-api-key", key.secret())
        .add("anthropic-version", AnthropicProvider.API_VERSION)
        .add("Accept", "application/json")
        .build();
    this.http = new BatchHttp("Anthropic", client, headers, "request-id", Optional.of(key));
    this.chat = chat;
  }

  @Override
  public String name() {
    return "anthropic";
  }

  @Override
  public int maxRows() {
    return MAX_ROWS;
  }

  @Override
  public long maxBytes() {
    return MAX_BYTES;
  }

  @Override
  public String row(String customId, ChatRequest request) {
    try {
      ObjectNode row = mapper.createObjectNode().put("custom_id", customId);
      row.set("params", mapper.readTree(chat.encode(request)));
      return mapper.writeValueAsString(row);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a batch row could not be written", e);
    }
  }

  @Override
  public Optional<String> upload(String key, List<String> rows) {
    return Optional.empty();
  }

  @Override
  public String create(String key, Optional<String> inputRef, List<String> rows)
      throws ProviderException {
    String body = "{\"requests\":[" + String.join(",", rows) + "]}";
    String id = http.post(batches, body).path("id").asText("");
    if (id.isEmpty()) {
      throw new ProviderException("Anthropic answered the batch create without an 'id'", 200,
          true);
    }
    return id;
  }

  /**
   * Message Batches carry no metadata, so a batch a killed run created is known by what it
   * shows: created since the create was about to go out, not one of ours, and holding as many
   * requests as the lost one.
   */
  @Override
  public Optional<String> findCreated(String key, Optional<String> inputRef, int rows,
      Instant notBefore, Set<String> known) throws ProviderException {
    JsonNode answer = http.get(batches.newBuilder().addQueryParameter("limit", "100").build());
    Optional<String> found = Optional.empty();
    for (JsonNode batch : answer.path("data")) {
      String id = batch.path("id").asText("");
      JsonNode counts = batch.path("request_counts");
      long total = counts.path("processing").asLong(0) + counts.path("succeeded").asLong(0)
          + counts.path("errored").asLong(0) + counts.path("canceled").asLong(0)
          + counts.path("expired").asLong(0);
      if (!known.contains(id) && total == rows
          && createdSince(batch.path("created_at").asText(""), notBefore)) {
        found = Optional.of(id);
      }
    }
    return found;
  }

  private static boolean createdSince(String createdAt, Instant notBefore) {
    try {
      return !Instant.parse(createdAt).isBefore(notBefore.minusSeconds(CLOCK_SKEW_SECONDS));
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  @Override
  public BatchStatus retrieve(String remoteId) throws ProviderException {
    JsonNode batch = http.get(batches.newBuilder().addPathSegment(remoteId).build());
    String status = batch.path("processing_status").asText("unknown");
    JsonNode counts = batch.path("request_counts");
    long succeeded = counts.path("succeeded").asLong(0);
    long failed = counts.path("errored").asLong(0) + counts.path("canceled").asLong(0)
        + counts.path("expired").asLong(0);
    long rows = succeeded + failed + counts.path("processing").asLong(0);
    String results = batch.path("results_url").asText("");
    boolean ended = status.equals("ended");
    return new BatchStatus(remoteId, status, ended, rows, succeeded, failed,
        ended && !results.isEmpty() && !batch.path("results_url").isNull()
            ? List.of(results) : List.of());
  }

  @Override
  public void results(BatchStatus status, Consumer<BatchRowResult> each)
      throws ProviderException {
    for (String url : status.resultRefs()) {
      HttpUrl parsed = HttpUrl.parse(url);
      if (parsed == null) {
        throw new ProviderException("Anthropic gave a results_url that is not a URL: " + url,
            200, false);
      }
      http.lines(parsed, line -> read(line).ifPresent(each));
    }
  }

  private Optional<BatchRowResult> read(String line) {
    JsonNode row;
    try {
      row = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
    String customId = row.path("custom_id").asText("");
    if (customId.isEmpty()) {
      return Optional.empty();
    }
    JsonNode result = row.path("result");
    String type = result.path("type").asText("");
    if (type.equals("succeeded") && result.path("message").isObject()) {
      return Optional.of(BatchRowResult.succeeded(customId, result.get("message").toString()));
    }
    if (type.equals("errored")) {
      JsonNode error = result.path("error").path("error");
      String kind = error.path("type").asText("error");
      // An invalid request fails the same way every time; the rest are the server's trouble.
      return Optional.of(BatchRowResult.failed(customId,
          kind + ": " + error.path("message").asText(""),
          !kind.equals("invalid_request_error")));
    }
    return Optional.of(BatchRowResult.failed(customId, "the row was " + type, true));
  }

  @Override
  public void cancel(String remoteId) throws ProviderException {
    http.post(batches.newBuilder().addPathSegment(remoteId).addPathSegment("cancel").build(),
        "{}");
  }

  @Override
  public Completion decode(String body, ChatRequest request) throws ProviderException {
    return chat.decode(new ApiReply(body, "", RateLimitHeaders.NONE), request);
  }
}
