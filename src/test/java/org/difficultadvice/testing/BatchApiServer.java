package org.difficultadvice.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A loopback server for both batch APIs as their references document them, plus the direct
 * chat endpoints, all answering from one {@link RateLimitedModelServer} (no limits), so a batch
 * run's answers equal a direct run's:
 *
 * <ul>
 *   <li>OpenAI: {@code POST /v1/files} (multipart, purpose {@code batch}), {@code POST
 *       /v1/batches}, {@code GET /v1/batches[/{id}]}, {@code POST /v1/batches/{id}/cancel},
 *       {@code GET /v1/files/{id}/content}; error rows in the error file;
 *   <li>Anthropic: {@code POST /v1/messages/batches}, {@code GET
 *       /v1/messages/batches[/{id}]}, {@code .../cancel}, {@code .../results}; error rows as
 *       {@code errored} / {@code expired} results.
 * </ul>
 *
 * A batch ends after a set number of polls; its results are listed in reverse order (any order
 * is allowed). Rows can be made to fail once, whole batches to fail or expire, and each step can
 * be slowed so that a test can kill a client in the middle of it.
 */
public final class BatchApiServer extends Dispatcher {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RateLimitedModelServer.Api api;
  private final RateLimitedModelServer answers;
  private final Map<String, Batch> batches = new ConcurrentHashMap<>();
  private final Map<String, String> files = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final AtomicLong rowsSubmitted = new AtomicLong();
  private final AtomicLong directCalls = new AtomicLong();
  /** Every step served, in order: upload, create, retrieve, download, cancel, list. */
  public final List<String> steps = new CopyOnWriteArrayList<>();
  private final Set<String> failedOnce = ConcurrentHashMap.newKeySet();
  private volatile int pollsUntilEnded = 2;
  private volatile Predicate<String> failOnce = id -> false;
  private volatile Predicate<String> expireOnce = id -> false;
  private final AtomicInteger batchesToFail = new AtomicInteger();
  private volatile long slowUploadMillis;
  private volatile long slowDownloadMillis;
  private volatile java.util.function.Consumer<String> onStep = step -> {};

  private static final class Batch {
    final String id;
    final List<JsonNode> rows;
    final String inputFile;
    final Instant createdAt = Instant.now();
    int polls;
    String status = "in_progress";
    boolean failWhole;
    String outputFile;
    String errorFile;
    String results;

    Batch(String id, List<JsonNode> rows, String inputFile) {
      this.id = id;
      this.rows = rows;
      this.inputFile = inputFile;
    }
  }

  public BatchApiServer(RateLimitedModelServer.Api api) {
    this.api = api;
    this.answers = RateLimitedModelServer.builder(api).latencyMillis(0).build();
  }

  /** Batches end once polled this many times. */
  public BatchApiServer pollsUntilEnded(int polls) {
    this.pollsUntilEnded = polls;
    return this;
  }

  /** Rows whose custom id matches fail once (a 500 / api_error row), then succeed. */
  public BatchApiServer failOnce(Predicate<String> customIds) {
    this.failOnce = customIds;
    return this;
  }

  /** Rows whose custom id matches expire once (never run), then succeed. */
  public BatchApiServer expireOnce(Predicate<String> customIds) {
    this.expireOnce = customIds;
    return this;
  }

  /** The next {@code count} batches fail whole (OpenAI: status failed; Anthropic: expired). */
  public BatchApiServer failBatches(int count) {
    batchesToFail.set(count);
    return this;
  }

  /**
   * Called in the middle of serving a step, before its answer goes out: {@code upload},
   * {@code created} (the batch exists, its id not yet sent), {@code retrieve}, {@code download}.
   */
  public BatchApiServer onStep(java.util.function.Consumer<String> hook) {
    this.onStep = hook;
    return this;
  }

  public BatchApiServer slowUpload(long millis) {
    this.slowUploadMillis = millis;
    return this;
  }

  public BatchApiServer slowDownload(long millis) {
    this.slowDownloadMillis = millis;
    return this;
  }

  /** Rows in every batch created, resubmissions included. */
  public long rowsSubmitted() {
    return rowsSubmitted.get();
  }

  public int batchesCreated() {
    return batches.size();
  }

  public long directCalls() {
    return directCalls.get();
  }

  public long steps(String step) {
    return steps.stream().filter(step::equals).count();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    try {
      String path = request.getPath() == null ? "" : request.getPath();
      String method = request.getMethod();
      int query = path.indexOf('?');
      String route = query < 0 ? path : path.substring(0, query);
      if (method.equals("POST") && (route.equals("/v1/chat/completions")
          || route.equals("/v1/messages"))) {
        directCalls.incrementAndGet();
        return json(answers.answerTo(canonical(request.getBody().readUtf8())));
      }
      return api == RateLimitedModelServer.Api.OPENAI
          ? openAi(method, route, request) : anthropic(method, route, request);
    } catch (IOException e) {
      return new MockResponse().setResponseCode(400).setBody(error("invalid_request_error",
          e.getMessage()));
    }
  }

  // ---- OpenAI --------------------------------------------------------------------------------

  private MockResponse openAi(String method, String route, RecordedRequest request)
      throws IOException, InterruptedException {
    if (method.equals("POST") && route.equals("/v1/files")) {
      steps.add("upload");
      onStep.accept("upload");
      Thread.sleep(slowUploadMillis);
      String body = request.getBody().readUtf8();
      if (!body.contains("name=\"purpose\"") || !body.contains("\r\n\r\nbatch\r\n")) {
        return badRequest("purpose must be batch");
      }
      String id = "file-" + ids.incrementAndGet();
      files.put(id, filePart(body, request.getHeader("Content-Type")));
      return json(JSON.createObjectNode().put("id", id).put("object", "file")
          .put("purpose", "batch").toString());
    }
    if (method.equals("POST") && route.equals("/v1/batches")) {
      steps.add("create");
      JsonNode body = JSON.readTree(request.getBody().readUtf8());
      String input = files.get(body.path("input_file_id").asText());
      if (input == null || !body.path("endpoint").asText().equals("/v1/chat/completions")
          || !body.path("completion_window").asText().equals("24h")) {
        return badRequest("unknown input_file_id, endpoint or completion_window");
      }
      List<JsonNode> rows = new ArrayList<>();
      for (String line : input.split("\n")) {
        if (!line.isBlank()) {
          JsonNode row = JSON.readTree(line);
          if (!row.path("method").asText().equals("POST")
              || !row.path("url").asText().equals("/v1/chat/completions")) {
            return badRequest("row needs method POST and url /v1/chat/completions");
          }
          rows.add(row);
        }
      }
      Batch batch = create("batch_", rows, body.path("input_file_id").asText());
      onStep.accept("created");
      return json(openAiBatch(batch).toString());
    }
    if (method.equals("GET") && route.equals("/v1/batches")) {
      steps.add("list");
      ObjectNode list = JSON.createObjectNode().put("object", "list").put("has_more", false);
      ArrayNode data = list.putArray("data");
      batches.values().forEach(b -> data.add(openAiBatch(b)));
      return json(list.toString());
    }
    if (route.startsWith("/v1/batches/")) {
      String[] parts = route.split("/");
      Batch batch = batches.get(parts[3]);
      if (batch == null) {
        return notFound();
      }
      if (method.equals("POST") && parts.length == 5 && parts[4].equals("cancel")) {
        steps.add("cancel");
        synchronized (batch) {
          if (batch.results == null) {
            batch.status = "cancelled";
            finishOpenAi(batch, true);
          }
        }
        return json(openAiBatch(batch).toString());
      }
      steps.add("retrieve");
      onStep.accept("retrieve");
      synchronized (batch) {
        if (batch.results == null && ++batch.polls >= pollsUntilEnded) {
          finishOpenAi(batch, false);
        }
      }
      return json(openAiBatch(batch).toString());
    }
    if (method.equals("GET") && route.startsWith("/v1/files/") && route.endsWith("/content")) {
      steps.add("download");
      onStep.accept("download");
      Thread.sleep(slowDownloadMillis);
      String content = files.get(route.split("/")[3]);
      return content == null ? notFound()
          : new MockResponse().setHeader("content-type", "application/jsonl").setBody(content);
    }
    return notFound();
  }

  private void finishOpenAi(Batch batch, boolean cancelled) throws InterruptedException,
      IOException {
    List<String> output = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    if (batch.failWhole) {
      batch.status = "failed";
      batch.results = "";
      return;
    }
    for (JsonNode row : batch.rows) {
      String customId = row.path("custom_id").asText();
      ObjectNode line = JSON.createObjectNode().put("id", "batch_req_" + ids.incrementAndGet())
          .put("custom_id", customId);
      if (cancelled) {
        line.putNull("response");
        line.putObject("error").put("code", "batch_cancelled")
            .put("message", "This request was not executed because the batch was cancelled.");
        errors.add(line.toString());
      } else if ((failOnce.test(customId) || expireOnce.test(customId))
          && failedOnce.add(customId)) {
        if (expireOnce.test(customId)) {
          line.putNull("response");
          line.putObject("error").put("code", "batch_expired")
              .put("message", "This request could not be executed before the completion window"
                  + " expired.");
        } else {
          ObjectNode response = line.putObject("response").put("status_code", 500)
              .put("request_id", "req_" + customId.substring(0, 8));
          response.set("body", JSON.readTree(error("server_error", "The server had an error")));
          line.putNull("error");
        }
        errors.add(line.toString());
      } else {
        ObjectNode response = line.putObject("response").put("status_code", 200)
            .put("request_id", "req_" + customId.substring(0, 8));
        response.set("body", JSON.readTree(answers.answerTo(row.path("body").toString())));
        line.putNull("error");
        output.add(line.toString());
      }
    }
    // Any order is allowed; reversed makes a client that reads by position fail.
    Collections.reverse(output);
    Collections.reverse(errors);
    if (!cancelled) {
      batch.status = "completed";
    }
    if (!output.isEmpty()) {
      batch.outputFile = "file-" + ids.incrementAndGet();
      files.put(batch.outputFile, String.join("\n", output) + "\n");
    }
    if (!errors.isEmpty()) {
      batch.errorFile = "file-" + ids.incrementAndGet();
      files.put(batch.errorFile, String.join("\n", errors) + "\n");
    }
    batch.results = "";
  }

  private ObjectNode openAiBatch(Batch batch) {
    synchronized (batch) {
      ObjectNode node = JSON.createObjectNode().put("id", batch.id).put("object", "batch")
          .put("endpoint", "/v1/chat/completions").put("input_file_id", batch.inputFile)
          .put("completion_window", "24h").put("status", batch.status)
          .put("created_at", batch.createdAt.getEpochSecond());
      node.put("output_file_id", batch.outputFile);
      node.put("error_file_id", batch.errorFile);
      if (batch.status.equals("failed")) {
        node.putObject("errors").putArray("data").addObject().put("code", "server_error")
            .put("message", "the batch failed");
      } else {
        node.putNull("errors");
      }
      long failed = batch.errorFile == null ? 0
          : files.get(batch.errorFile).lines().filter(l -> !l.isBlank()).count();
      long done = batch.outputFile == null ? 0
          : files.get(batch.outputFile).lines().filter(l -> !l.isBlank()).count();
      node.putObject("request_counts").put("total", batch.rows.size()).put("completed", done)
          .put("failed", failed);
      return node;
    }
  }

  // ---- Anthropic -----------------------------------------------------------------------------

  private MockResponse anthropic(String method, String route, RecordedRequest request)
      throws IOException, InterruptedException {
    if (request.getHeader("x-api-key") == null
        || request.getHeader("anthropic-version") == null) {
      return new MockResponse().setResponseCode(401).setBody(error("authentication_error",
          "x-api-key and anthropic-version are required"));
    }
    if (method.equals("POST") && route.equals("/v1/messages/batches")) {
      steps.add("create");
      Thread.sleep(slowUploadMillis);
      JsonNode body = JSON.readTree(request.getBody().readUtf8());
      List<JsonNode> rows = new ArrayList<>();
      for (JsonNode row : body.path("requests")) {
        if (!row.path("custom_id").asText().matches("^[a-zA-Z0-9_-]{1,64}$")
            || !row.path("params").isObject()) {
          return badRequest("each request needs a custom_id matching ^[a-zA-Z0-9_-]{1,64}$"
              + " and params");
        }
        rows.add(row);
      }
      Batch batch = create("msgbatch_", rows, null);
      onStep.accept("created");
      return json(anthropicBatch(batch, request).toString());
    }
    if (method.equals("GET") && route.equals("/v1/messages/batches")) {
      steps.add("list");
      ObjectNode list = JSON.createObjectNode().put("has_more", false);
      ArrayNode data = list.putArray("data");
      batches.values().forEach(b -> data.add(anthropicBatch(b, request)));
      return json(list.toString());
    }
    if (route.startsWith("/v1/messages/batches/")) {
      String[] parts = route.split("/");
      Batch batch = batches.get(parts[4]);
      if (batch == null) {
        return notFound();
      }
      if (parts.length == 6 && parts[5].equals("results")) {
        steps.add("download");
        onStep.accept("download");
        Thread.sleep(slowDownloadMillis);
        synchronized (batch) {
          if (batch.results == null) {
            return badRequest("the batch has not ended");
          }
          return new MockResponse().setHeader("content-type", "application/x-jsonl")
              .setBody(batch.results);
        }
      }
      if (method.equals("POST") && parts.length == 6 && parts[5].equals("cancel")) {
        steps.add("cancel");
        synchronized (batch) {
          if (batch.results == null) {
            finishAnthropic(batch, true);
          }
        }
        return json(anthropicBatch(batch, request).toString());
      }
      steps.add("retrieve");
      onStep.accept("retrieve");
      synchronized (batch) {
        if (batch.results == null && ++batch.polls >= pollsUntilEnded) {
          finishAnthropic(batch, false);
        }
      }
      return json(anthropicBatch(batch, request).toString());
    }
    return notFound();
  }

  private void finishAnthropic(Batch batch, boolean cancelled) throws InterruptedException,
      IOException {
    List<String> lines = new ArrayList<>();
    for (JsonNode row : batch.rows) {
      String customId = row.path("custom_id").asText();
      ObjectNode line = JSON.createObjectNode().put("custom_id", customId);
      ObjectNode result = line.putObject("result");
      if (cancelled) {
        result.put("type", "canceled");
      } else if (batch.failWhole) {
        result.put("type", "expired");
      } else if ((failOnce.test(customId) || expireOnce.test(customId))
          && failedOnce.add(customId)) {
        if (expireOnce.test(customId)) {
          result.put("type", "expired");
        } else {
          result.put("type", "errored");
          result.set("error", JSON.readTree(error("api_error", "Internal server error")));
        }
      } else {
        result.put("type", "succeeded");
        result.set("message", JSON.readTree(answers.answerTo(row.path("params").toString())));
      }
      lines.add(line.toString());
    }
    Collections.reverse(lines);
    batch.status = "ended";
    batch.results = String.join("\n", lines) + "\n";
  }

  private ObjectNode anthropicBatch(Batch batch, RecordedRequest request) {
    synchronized (batch) {
      ObjectNode node = JSON.createObjectNode().put("id", batch.id).put("type", "message_batch")
          .put("processing_status", batch.status.equals("ended") ? "ended" : "in_progress")
          .put("created_at", batch.createdAt.toString());
      Map<String, Long> counts = new LinkedHashMap<>();
      for (String kind : List.of("processing", "succeeded", "errored", "canceled", "expired")) {
        counts.put(kind, 0L);
      }
      if (batch.results == null) {
        counts.put("processing", (long) batch.rows.size());
      } else {
        batch.results.lines().filter(l -> !l.isBlank()).forEach(line -> {
          try {
            counts.merge(JSON.readTree(line).path("result").path("type").asText(), 1L,
                Long::sum);
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
      }
      ObjectNode requestCounts = node.putObject("request_counts");
      counts.forEach(requestCounts::put);
      if (batch.results == null) {
        node.putNull("results_url");
        node.putNull("ended_at");
      } else {
        node.put("results_url", request.getRequestUrl().newBuilder()
            .encodedPath("/v1/messages/batches/" + batch.id + "/results").query(null).build()
            .toString());
        node.put("ended_at", Instant.now().toString());
      }
      return node;
    }
  }

  // ---- plumbing ------------------------------------------------------------------------------

  private Batch create(String prefix, List<JsonNode> rows, String inputFile) {
    Batch batch = new Batch(prefix + ids.incrementAndGet(), rows, inputFile);
    if (batchesToFail.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      batch.failWhole = true;
    }
    rowsSubmitted.addAndGet(rows.size());
    batches.put(batch.id, batch);
    return batch;
  }

  /** The body as the server reads it, whatever the client's spacing: answers key on it. */
  private static String canonical(String raw) throws IOException {
    return JSON.readTree(raw).toString();
  }

  private static String filePart(String body, String contentType) {
    String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + 9);
    for (String part : body.split(java.util.regex.Pattern.quote(boundary))) {
      if (part.contains("name=\"file\"")) {
        int start = part.indexOf("\r\n\r\n") + 4;
        String content = part.substring(start);
        return content.endsWith("\r\n") ? content.substring(0, content.length() - 2) : content;
      }
    }
    throw new IllegalArgumentException("no file part");
  }

  private static String error(String type, String message) {
    ObjectNode body = JSON.createObjectNode().put("type", "error");
    body.putObject("error").put("type", type).put("message", message);
    return body.toString();
  }

  private static MockResponse json(String body) {
    return new MockResponse().setHeader("content-type", "application/json").setBody(body);
  }

  private static MockResponse badRequest(String message) {
    return new MockResponse().setResponseCode(400)
        .setHeader("content-type", "application/json")
        .setBody(error("invalid_request_error", message));
  }

  private static MockResponse notFound() {
    return new MockResponse().setResponseCode(404)
        .setHeader("content-type", "application/json")
        .setBody(error("not_found_error", "no such resource"));
  }
}
