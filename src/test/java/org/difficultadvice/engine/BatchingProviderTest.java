package org.difficultadvice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.difficultadvice.provider.BatchApi;
import org.difficultadvice.provider.BatchRowResult;
import org.difficultadvice.provider.BatchStatus;
import org.difficultadvice.provider.ChatMessage;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.FinishReason;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.Sampling;
import org.difficultadvice.provider.Usage;
import org.difficultadvice.store.RunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the batch layer groups calls into batches and hands results back, against a hand-written
 * batch API that keeps its batches in memory and a real run store.
 */
class BatchingProviderTest {
  @TempDir Path dir;

  /** A batch API in memory: small limits, results listed in reverse, ended on first poll. */
  private static final class MemoryBatchApi implements BatchApi {
    final List<List<String>> created = new CopyOnWriteArrayList<>();
    final List<String> models = new CopyOnWriteArrayList<>();
    final Set<String> cancelled = ConcurrentHashMap.newKeySet();
    final Map<String, List<String>> byId = new ConcurrentHashMap<>();
    volatile boolean ends = true;
    final int maxRows;
    final long maxBytes;

    MemoryBatchApi(int maxRows, long maxBytes) {
      this.maxRows = maxRows;
      this.maxBytes = maxBytes;
    }

    MemoryBatchApi() {
      this(100, 1_000_000);
    }

    @Override
    public String name() {
      return "memory";
    }

    @Override
    public int maxRows() {
      return maxRows;
    }

    @Override
    public long maxBytes() {
      return maxBytes;
    }

    @Override
    public String row(String customId, ChatRequest request) {
      return customId + " " + request.model() + " " + request.messages().get(0).content();
    }

    @Override
    public Optional<String> upload(String key, List<String> rows) {
      return Optional.empty();
    }

    @Override
    public String create(String key, Optional<String> inputRef, List<String> rows) {
      String id = "m" + created.size();
      created.add(rows);
      models.add(rows.get(0).split(" ")[1]);
      byId.put(id, rows);
      return id;
    }

    @Override
    public Optional<String> findCreated(String key, Optional<String> inputRef, int rows,
        Instant notBefore, Set<String> known) {
      return Optional.empty();
    }

    @Override
    public BatchStatus retrieve(String remoteId) {
      return new BatchStatus(remoteId, ends ? "ended" : "in_progress", ends, 0, 0, 0,
          List.of(remoteId));
    }

    @Override
    public void results(BatchStatus status, Consumer<BatchRowResult> each) {
      List<String> rows = new ArrayList<>(byId.get(status.remoteId()));
      Collections.reverse(rows);
      for (String row : rows) {
        String[] parts = row.split(" ", 3);
        each.accept(BatchRowResult.succeeded(parts[0], "answer to " + parts[2]));
      }
    }

    @Override
    public void cancel(String remoteId) {
      cancelled.add(remoteId);
    }

    @Override
    public Completion decode(String body, ChatRequest request) {
      return new Completion(body, FinishReason.STOP, new Usage(10, 5), request.model(), "");
    }
  }

  private static ChatRequest request(String model, String text) {
    return new ChatRequest("respond", model, List.of(ChatMessage.user(text)),
        new Sampling(0.7, 1.0, 64, 1L), Optional.empty());
  }

  private static BatchSettings fast() {
    return BatchSettings.standard().polling(Duration.ofMillis(5), Duration.ofMillis(20));
  }

  private static List<ChatRequest> nineRequests() {
    List<ChatRequest> requests = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      requests.add(request("model-a", "question " + i));
    }
    requests.add(request("model-b", "question b1"));
    requests.add(request("model-b", "question b2"));
    return requests;
  }

  private static void completeAll(MemoryBatchApi api, Path runDir, List<ChatRequest> requests)
      throws Exception {
    try (RunStore store = RunStore.open(runDir, new ObjectMapper().createObjectNode(),
        Clock.systemUTC())) {
      BatchingProvider batching = new BatchingProvider(api, store.batchLedger(),
          new StopSignal(), fast(), Clock.systemUTC());
      // As in the engine, a caller whose answer came is no longer in work: the batch layer
      // submits what is queued once every caller still in work waits.
      java.util.concurrent.atomic.AtomicInteger inWork =
          new java.util.concurrent.atomic.AtomicInteger(requests.size());
      batching.start(inWork::get);
      ExecutorService workers = Executors.newFixedThreadPool(requests.size());
      List<Future<Completion>> answers = new ArrayList<>();
      for (ChatRequest request : requests) {
        answers.add(workers.submit(() -> {
          try {
            return batching.complete(request);
          } finally {
            inWork.decrementAndGet();
          }
        }));
      }
      for (int i = 0; i < requests.size(); i++) {
        assertEquals("answer to " + requests.get(i).messages().get(0).content(),
            answers.get(i).get().text(), "results listed in reverse reach their callers");
      }
      workers.shutdown();
      batching.finish();
    }
  }

  @Test
  void splitsBatchesByModelAndAtTheByteLimit() throws Exception {
    // Each row is 84 or 85 bytes with its newline: two fit in 170, three do not.
    MemoryBatchApi api = new MemoryBatchApi(100, 170);
    completeAll(api, dir.resolve("bytes"), nineRequests());
    assertEquals(List.of(2, 2, 2, 1, 2), api.created.stream().map(List::size).toList());
    assertEquals(List.of("model-a", "model-a", "model-a", "model-a", "model-b"), api.models);
    for (List<String> batch : api.created) {
      for (String row : batch) {
        assertTrue(row.split(" ")[0].matches("^[a-zA-Z0-9_-]{1,64}$"),
            "custom ids fit Anthropic's pattern: " + row);
      }
    }
  }

  @Test
  void noBatchHoldsMoreRowsThanTheLimitOrMoreThanOneModel() throws Exception {
    MemoryBatchApi api = new MemoryBatchApi(3, 1_000_000);
    completeAll(api, dir.resolve("rows"), nineRequests());
    assertEquals(9, api.created.stream().mapToInt(List::size).sum());
    for (List<String> batch : api.created) {
      assertTrue(batch.size() <= 3, "at most 3 rows: " + batch);
      assertEquals(1, batch.stream().map(row -> row.split(" ")[1]).distinct().count(),
          "one model per batch: " + batch);
    }
  }

  @Test
  void aStoppedRunLeavesItsBatchesRunningUnlessAskedToCancelThem() throws Exception {
    for (boolean cancel : List.of(false, true)) {
      MemoryBatchApi api = new MemoryBatchApi();
      api.ends = false;
      StopSignal stop = new StopSignal();
      Path runDir = dir.resolve("cancel-" + cancel);
      try (RunStore store = RunStore.open(runDir, new ObjectMapper().createObjectNode(),
          Clock.systemUTC())) {
        BatchingProvider batching = new BatchingProvider(api, store.batchLedger(), stop,
            fast().cancelOnStop(cancel), Clock.systemUTC());
        batching.start(() -> 1);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        Future<Completion> answer = worker.submit(() -> batching.complete(request("m", "q")));
        while (api.created.isEmpty()) {
          Thread.sleep(5);
        }
        stop.stop(StopReason.CANCELLED, "Ctrl-C");
        Exception thrown = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
            answer::get);
        assertInstanceOf(RunStoppedException.class, thrown.getCause());
        batching.finish();
        worker.shutdown();
      }
      assertEquals(cancel ? Set.of("m0") : Set.of(), api.cancelled);
    }
  }

  @Test
  void aResumedRunAttachesToItsSubmittedBatchInsteadOfSendingTheRowAgain() throws Exception {
    MemoryBatchApi api = new MemoryBatchApi();
    api.ends = false;
    ChatRequest request = request("m", "q");
    try (RunStore store = RunStore.open(dir, new ObjectMapper().createObjectNode(),
        Clock.systemUTC())) {
      StopSignal first = new StopSignal();
      BatchingProvider batching = new BatchingProvider(api, store.batchLedger(), first, fast(),
          Clock.systemUTC());
      batching.start(() -> 1);
      ExecutorService worker = Executors.newSingleThreadExecutor();
      Future<Completion> lost = worker.submit(() -> batching.complete(request));
      while (api.created.isEmpty()) {
        Thread.sleep(5);
      }
      first.stop(StopReason.CANCELLED, "Ctrl-C");
      org.junit.jupiter.api.Assertions.assertThrows(Exception.class, lost::get);
      batching.finish();

      api.ends = true;
      BatchingProvider resumed = new BatchingProvider(api, store.batchLedger(),
          new StopSignal(), fast(), Clock.systemUTC());
      resumed.start(() -> 1);
      assertEquals("answer to q", worker.submit(() -> resumed.complete(request)).get().text());
      resumed.finish();
      worker.shutdown();
    }
    assertEquals(1, api.created.size(), "the row went to the server once");
  }
}
