package org.difficultadvice.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import org.difficultadvice.provider.ApiKey;
import org.difficultadvice.provider.BatchApi;
import org.difficultadvice.provider.BatchHttp;
import org.difficultadvice.provider.BatchRowResult;
import org.difficultadvice.provider.BatchStatus;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.ProviderException;

/**
 * OpenAI's Batch API: the rows go up as a JSONL file ({@code POST /files}, purpose {@code
 * batch}), a batch is created on it for {@code /v1/chat/completions} with a 24 h window, polled
 * ({@code GET /batches/{id}}) and its output and error files read ({@code GET
 * /files/{id}/content}). Limits: 50,000 requests and 200 MB per input file.
 */
public final class OpenAiBatchApi implements BatchApi {
  private static final int MAX_ROWS = 50_000;
  private static final long MAX_BYTES = 200L * 1000 * 1000;
  private static final MediaType JSONL = MediaType.get("application/jsonl");
  /** Pages of the batch list read when looking for a batch a killed run created. */
  private static final int LIST_PAGES = 5;

  private final HttpUrl base;
  private final BatchHttp http;
  private final OpenAiBatchRows rows;
  private final ObjectMapper mapper = new ObjectMapper();

  public OpenAiBatchApi(OkHttpClient client, HttpUrl baseUrl, Optional<ApiKey> key,
      OpenAiProvider chat) {
    this.base = baseUrl;
    Headers.Builder headers = new Headers.Builder().add("Accept", "application/json");
    key.ifPresent(k -> headers.add("Authorization", "Bearer " + k.secret()));
    this.http = new BatchHttp("OpenAI", client, headers.build(), "x-request-id", key);
    this.rows = new OpenAiBatchRows(chat);
  }

  @Override
  public String name() {
    return "openai";
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
    return rows.row(customId, request);
  }

  @Override
  public Optional<String> upload(String key, List<String> lines) throws ProviderException {
    byte[] file = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("purpose", "batch")
        .addFormDataPart("file", key + ".jsonl", RequestBody.create(file, JSONL))
        .build();
    JsonNode answer = http.post(url("files"), body);
    return Optional.of(required(answer, "id", "the file upload"));
  }

  @Override
  public String create(String key, Optional<String> inputRef, List<String> lines)
      throws ProviderException {
    ObjectNode body = mapper.createObjectNode()
        .put("input_file_id", inputRef.orElseThrow())
        .put("endpoint", OpenAiBatchRows.ENDPOINT)
        .put("completion_window", "24h");
    body.putObject("metadata").put("difficult_advice_batch", key);
    return required(http.post(url("batches"), body.toString()), "id", "the batch create");
  }

  @Override
  public Optional<String> findCreated(String key, Optional<String> inputRef, int rowCount,
      Instant notBefore, Set<String> known) throws ProviderException {
    if (inputRef.isEmpty()) {
      return Optional.empty();
    }
    String after = null;
    for (int page = 0; page < LIST_PAGES; page++) {
      HttpUrl.Builder list = url("batches").newBuilder().addQueryParameter("limit", "100");
      if (after != null) {
        list.addQueryParameter("after", after);
      }
      JsonNode answer = http.get(list.build());
      for (JsonNode batch : answer.path("data")) {
        String id = batch.path("id").asText("");
        if (inputRef.get().equals(batch.path("input_file_id").asText()) && !known.contains(id)) {
          return Optional.of(id);
        }
        after = id;
      }
      if (!answer.path("has_more").asBoolean(false)) {
        break;
      }
    }
    return Optional.empty();
  }

  @Override
  public BatchStatus retrieve(String remoteId) throws ProviderException {
    JsonNode batch = http.get(url("batches").newBuilder().addPathSegment(remoteId).build());
    String status = batch.path("status").asText("unknown");
    boolean ended = switch (status) {
      case "completed", "failed", "expired", "cancelled" -> true;
      default -> false;
    };
    List<String> refs = new ArrayList<>();
    for (String field : List.of("output_file_id", "error_file_id")) {
      String ref = batch.path(field).asText("");
      if (!ref.isEmpty() && !batch.path(field).isNull()) {
        refs.add(ref);
      }
    }
    JsonNode counts = batch.path("request_counts");
    String state = status;
    JsonNode errors = batch.path("errors").path("data");
    if (errors.isArray() && !errors.isEmpty()) {
      state += " (" + errors.get(0).path("code").asText("") + ": "
          + errors.get(0).path("message").asText("") + ")";
    }
    return new BatchStatus(remoteId, state, ended, counts.path("total").asLong(0),
        counts.path("completed").asLong(0), counts.path("failed").asLong(0), refs);
  }

  @Override
  public void results(BatchStatus status, Consumer<BatchRowResult> each)
      throws ProviderException {
    for (String file : status.resultRefs()) {
      http.lines(url("files").newBuilder().addPathSegment(file).addPathSegment("content")
          .build(), line -> rows.read(line).ifPresent(each));
    }
  }

  @Override
  public void cancel(String remoteId) throws ProviderException {
    http.post(url("batches").newBuilder().addPathSegment(remoteId).addPathSegment("cancel")
        .build(), "{}");
  }

  @Override
  public Completion decode(String body, ChatRequest request) throws ProviderException {
    return rows.decode(body, request);
  }

  private HttpUrl url(String segment) {
    return base.newBuilder().addPathSegment(segment).build();
  }

  private static String required(JsonNode answer, String field, String what)
      throws ProviderException {
    String value = answer.path(field).asText("");
    if (value.isEmpty()) {
      throw new ProviderException("OpenAI answered " + what + " without an '" + field + "'",
          200, true);
    }
    return value;
  }
}
