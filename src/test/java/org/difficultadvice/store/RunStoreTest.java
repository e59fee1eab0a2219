package org.difficultadvice.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.difficultadvice.generate.Example;
import org.difficultadvice.load.InvalidInputException;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.FinishReason;
import org.difficultadvice.provider.Usage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStoreTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path runDir;

  private static ObjectNode config(String model, int concurrency) {
    ObjectNode config = JSON.createObjectNode();
    config.putObject("provider").put("model", model);
    config.putObject("engine").put("concurrency", concurrency);
    return config;
  }

  private static DilemmaSpec spec(String id) {
    return new DilemmaSpec(id, "t", "d", "deception", List.of("c1"), Map.of("a.b", "x"),
        "goal", "stakes", "pressure", "brief " + id);
  }

  private static Example example(String id) {
    ObjectNode tool = JSON.createObjectNode().put("type", "function");
    return new Example(spec(id), "sys", "user " + id, "answer", List.of(tool),
        Map.of("respond", "m"), Map.of("helpful", 0.9));
  }

  @Test
  void createsAnSqliteFileInWalMode() throws Exception {
    try (RunStore store = RunStore.open(runDir, config("m", 4), Clock.systemUTC())) {
      assertEquals(runDir.resolve("run.sqlite"), store.file());
    }
    byte[] header = Files.readAllBytes(runDir.resolve("run.sqlite"));
    assertEquals("SQLite format 3", new String(header, 0, 15, java.nio.charset.StandardCharsets.US_ASCII));
    // Bytes 18 and 19 of the header are 2 in WAL mode.
    assertEquals(2, header[18]);
  }

  @Test
  void keepsCacheAndReasoningTokensOfEveryCall() throws Exception {
    Completion answer = new Completion("ok", FinishReason.STOP,
        new Usage(2006, 300, 1920, 40, 192), "m", "req-1");
    try (RunStore store = RunStore.open(runDir, config("m", 4), Clock.systemUTC())) {
      store.recordCall(CallRecord.succeeded("h1", "respond", 1, 10, answer, 0.01));
      assertEquals(Optional.of(answer), store.callHistory("h1").answer());
      assertEquals(new Usage(2006, 300, 1920, 40, 192), store.usageByStage().get(0).usage());
    }
  }

  @Test
  void opensARunDirectoryMadeBeforeCacheAndReasoningColumns() throws Exception {
    Files.createDirectories(runDir);
    String url = "jdbc:sqlite:" + runDir.resolve("run.sqlite").toAbsolutePath();
    try (java.sql.Connection old = java.sql.DriverManager.getConnection(url);
        java.sql.Statement sql = old.createStatement()) {
      // The calls table as the first release wrote it, with one answered call.
      sql.execute("CREATE TABLE calls (id INTEGER PRIMARY KEY AUTOINCREMENT,"
          + " request_hash TEXT NOT NULL, stage TEXT NOT NULL, model TEXT NOT NULL,"
          + " attempt INTEGER NOT NULL, ok INTEGER NOT NULL, status INTEGER NOT NULL,"
          + " latency_ms INTEGER NOT NULL, input_tokens INTEGER NOT NULL,"
          + " output_tokens INTEGER NOT NULL, cost_usd REAL NOT NULL, error TEXT NOT NULL,"
          + " text TEXT, finish_reason TEXT, request_id TEXT, recorded_at TEXT NOT NULL)");
      sql.execute("INSERT INTO calls (request_hash, stage, model, attempt, ok, status,"
          + " latency_ms, input_tokens, output_tokens, cost_usd, error, text, finish_reason,"
          + " request_id, recorded_at) VALUES ('old', 'realize', 'm', 1, 1, 0, 5, 31, 12, 0.5,"
          + " '', 'stored', 'STOP', 'r', '2026-11-01T00:00:00Z')");
    }
    try (RunStore store = RunStore.open(runDir, config("m", 4), Clock.systemUTC())) {
      assertEquals(new Usage(31, 12), store.callHistory("old").answer().orElseThrow().usage());
      store.recordCall(CallRecord.succeeded("new", "realize", 1, 5,
          new Completion("fresh", FinishReason.STOP, new Usage(40, 10, 30, 0, 0), "m", "r2"),
          0.25));
      assertEquals(new Usage(71, 22, 30, 0, 0), store.usageByStage().get(0).usage());
      assertEquals(0.75, store.totalCostUsd(), 1e-12);
    }
  }

  @Test
  void refusesAChangedConfigNamingWhatChanged() throws Exception {
    RunStore.open(runDir, config("gpt-a", 4), Clock.systemUTC()).close();

    InvalidInputException refused = assertThrows(InvalidInputException.class,
        () -> RunStore.open(runDir, config("gpt-b", 4), Clock.systemUTC()));

    String message = refused.diagnostics().get(0).toString();
    assertTrue(message.contains("provider.model: \"gpt-a\" -> \"gpt-b\""), message);
    assertTrue(message.contains("--run-dir"), message);
  }

  @Test
  void reopensWithTheSameConfig() throws Exception {
    RunStore.open(runDir, config("m", 4), Clock.systemUTC()).close();
    RunStore.open(runDir, config("m", 4), Clock.systemUTC()).close();
  }

  @Test
  void streamsThePlanInOrderAcrossPages() throws Exception {
    List<DilemmaSpec> plan = IntStream.range(0, 1234)
        .mapToObj(i -> spec(String.format("z%05d", 1234 - i))).toList();
    try (RunStore store = RunStore.open(runDir, config("m", 4), Clock.systemUTC())) {
      store.savePlanIfAbsent(plan.iterator());
      store.savePlanIfAbsent(plan.subList(0, 3).iterator());
      List<DilemmaSpec> read = new ArrayList<>();
      store.plannedSpecs().forEachRemaining(read::add);
      assertEquals(plan, read);
      assertEquals(1234, store.planSize());
    }
  }

  @Test
  void returnsExamplesSortedBySpecIdAndKeepsFailuresApart() throws Exception {
    try (RunStore store = RunStore.open(runDir, config("m", 4), Clock.systemUTC())) {
      store.recordExample(example("b"));
      store.recordExample(example("a"));
      store.recordFailure(new SpecFailure("c", "realize", "malformed-json"));

      assertEquals(List.of(example("a"), example("b")), store.examples().toList());
      assertEquals(List.of(new SpecFailure("c", "realize", "malformed-json")), store.failures());
      assertTrue(store.hasResult("c"));
    }
  }

  @Test
  void keepsAnsweredCallsAcrossReopeningAndSumsUsagePerStage() throws Exception {
    Completion answer = new Completion("hi", FinishReason.STOP, new Usage(10, 5), "m", "r1");
    try (RunStore store = RunStore.open(runDir, config("m", 4), Clock.systemUTC())) {
      store.recordCall(CallRecord.failed("h1", "respond", "m", 1, 20, 429, "slow down"));
      store.recordCall(CallRecord.succeeded("h1", "respond", 2, 30, answer, 0.25));
      store.recordCall(CallRecord.succeeded("h2", "revise", 1, 30, answer, 0.5));
    }
    try (RunStore store = RunStore.open(runDir, config("m", 4), Clock.systemUTC())) {
      assertEquals(new CallHistory(Optional.of(answer), 2), store.callHistory("h1"));
      assertEquals(new CallHistory(Optional.empty(), 0), store.callHistory("h3"));
      assertEquals(List.of(new StageUsage("respond", "m", 1, new Usage(10, 5), 0.25),
          new StageUsage("revise", "m", 1, new Usage(10, 5), 0.5)), store.usageByStage());
      assertEquals(0.75, store.totalCostUsd(), 1e-9);
    }
  }

  @Test
  void concurrentWritersAllCommit() throws Exception {
    try (RunStore store = RunStore.open(runDir, config("m", 4), Clock.systemUTC())) {
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        int offset = t;
        Thread thread = new Thread(() -> {
          for (int i = offset; i < 400; i += 16) {
            store.recordExample(example(String.format("s%04d", i)));
          }
        });
        thread.start();
        threads.add(thread);
      }
      for (Thread thread : threads) {
        thread.join();
      }
      assertEquals(400, store.exampleCount());
    }
  }
}
