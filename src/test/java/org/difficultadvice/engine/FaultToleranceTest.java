package org.difficultadvice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import org.difficultadvice.engine.FakeChatServer.Fault;
import org.difficultadvice.generate.Example;
import org.difficultadvice.store.RunStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each fault a real API throws, over a real socket: the run ends with the same examples. */
class FaultToleranceTest {
  private static final int SPECS = 24;
  private static List<Example> faultFree;

  @BeforeAll
  static void runWithoutFaults(@TempDir Path dir) throws Exception {
    try (MockWebServer server = serve(new FakeChatServer(Fault.NONE, 0))) {
      RunOutcome outcome = new TestRun(dir, server.url("/").toString(), SPECS)
          .run(Duration.ofSeconds(5));
      assertTrue(outcome.completed(), outcome.describe());
      faultFree = TestRun.storedExamples(dir, SPECS);
    }
    assertEquals(SPECS, faultFree.size());
  }

  private static MockWebServer serve(FakeChatServer dispatcher) throws IOException {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(dispatcher);
    server.start();
    return server;
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"RATE_LIMITED", "RATE_LIMITED_RETRY_AFTER",
      "SERVER_ERROR", "RESET_MID_RESPONSE", "READ_TIMEOUT", "MALFORMED_JSON", "TRUNCATED"})
  void completesWithTheSameExamplesDespite(Fault fault, @TempDir Path dir) throws Exception {
    FakeChatServer dispatcher = new FakeChatServer(fault, 0);
    try (MockWebServer server = serve(dispatcher)) {
      TestRun run = new TestRun(dir, server.url("/").toString(), SPECS);
      RunOutcome outcome = run.run(Duration.ofMillis(300));

      assertTrue(outcome.completed(), outcome.describe());
      assertTrue(dispatcher.faultsInjected() > 0, "the fault was injected");
      assertEquals(faultFree, TestRun.storedExamples(dir, SPECS));
      assertEquals(0, outcome.failures());
      if (fault == Fault.RATE_LIMITED_RETRY_AFTER) {
        assertTrue(run.sleeps.stream().allMatch(s -> s.compareTo(Duration.ofSeconds(7)) >= 0),
            "every backoff honoured Retry-After: 7 s, was " + run.sleeps);
      }
    }
  }

  @Test
  void stopsWithAClearErrorOn401AndSendsNothingMore(@TempDir Path dir) throws Exception {
    FakeChatServer dispatcher = new FakeChatServer(Fault.UNAUTHORIZED, 0);
    try (MockWebServer server = serve(dispatcher)) {
      TestRun run = new TestRun(dir, server.url("/").toString(), SPECS);
      RunOutcome outcome = run.run(Duration.ofSeconds(5));

      assertTrue(outcome.failed(), outcome.describe());
      assertTrue(outcome.message().contains("TEST_API_KEY"), outcome.message());
      assertTrue(outcome.message().contains("HTTP 401"), outcome.message());
      assertTrue(run.sleeps.isEmpty(), "a 401 is never retried");
      assertTrue(dispatcher.requests() <= 8, "at most one call per worker: "
          + dispatcher.requests());
      assertEquals(0, outcome.examples());
    }
  }

  @Test
  void marksASpecFailedWithItsReasonAfterEveryAttemptAndGoesOn(@TempDir Path dir)
      throws Exception {
    FakeChatServer dispatcher = new FakeChatServer(Fault.ALWAYS_TRUNCATED, 0);
    try (MockWebServer server = serve(dispatcher)) {
      RunOutcome outcome =
          new TestRun(dir, server.url("/").toString(), SPECS).run(Duration.ofSeconds(5));

      assertTrue(outcome.completed(), outcome.describe());
      assertTrue(outcome.failures() > 0 && outcome.examples() > 0, outcome.describe());
      assertEquals(SPECS, outcome.failures() + outcome.examples());
      try (RunStore store = RunStore.open(dir, TestRun.config(SPECS), Clock.systemUTC())) {
        assertTrue(store.failures().stream().allMatch(f -> f.reason().equals("truncated")),
            store.failures().toString());
        List<Example> kept = store.examples().toList();
        assertTrue(faultFree.containsAll(kept), "the specs that succeeded are unchanged");
      }
    }
  }

  @Test
  void aResumedRunReplaysEveryCallAndSendsNone(@TempDir Path dir) throws Exception {
    FakeChatServer dispatcher = new FakeChatServer(Fault.NONE, 0);
    try (MockWebServer server = serve(dispatcher)) {
      new TestRun(dir, server.url("/").toString(), SPECS).run(Duration.ofSeconds(5));
      int sentFirst = dispatcher.requests();

      RunOutcome again = new TestRun(dir, server.url("/").toString(), SPECS)
          .run(Duration.ofSeconds(5));

      assertEquals(sentFirst, dispatcher.requests(), "nothing sent again");
      assertTrue(again.completed());
      assertEquals(0, again.sentCalls());
      assertFalse(TestRun.storedExamples(dir, SPECS).isEmpty());
    }
  }
}
