package org.difficultadvice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import okhttp3.mockwebserver.MockWebServer;
import org.difficultadvice.engine.FakeChatServer.Fault;
import org.difficultadvice.load.ModelPrice;
import org.difficultadvice.load.PriceTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostAndCacheTest {
  private static final int SPECS = 20;
  /** $10 per million tokens each way: a call costs a few thousandths of a cent. */
  private static final PriceTable PRICES =
      new PriceTable(Map.of(ThreeStageGenerator.MODEL, new ModelPrice(10.0, 10.0)));

  private final FakeChatServer dispatcher = new FakeChatServer(Fault.NONE, 0);
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(dispatcher);
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private TestRun run(Path dir) {
    return new TestRun(dir, server.url("/").toString(), SPECS)
        .configure(engine -> engine.prices(PRICES).concurrency(2));
  }

  @Test
  void stopsBeforeTheCapResumesAndNeverCountsACallTwice(
      @TempDir Path reference, @TempDir Path capped) throws Exception {
    RunOutcome uncapped = run(reference).run(Duration.ofSeconds(5));
    double fullCost = uncapped.costUsd();
    assertTrue(fullCost > 0);

    RunOutcome stopped = run(capped)
        .configure(engine -> engine.maxCostUsd(fullCost / 2)).run(Duration.ofSeconds(5));
    assertEquals(Optional.of(StopReason.COST_CAP), stopped.stopReason());
    assertFalse(stopped.failed(), "a cost stop is resumable (exit 3), not a failure");
    assertTrue(stopped.costUsd() <= fullCost / 2, stopped.describe());
    assertTrue(stopped.message().contains("--max-cost"), stopped.message());
    assertTrue(stopped.examples() < SPECS);

    RunOutcome resumed = run(capped).run(Duration.ofSeconds(5));
    assertTrue(resumed.completed(), resumed.describe());
    assertEquals(fullCost, resumed.costUsd(), 1e-12);
    assertEquals(uncapped.usage(), resumed.usage());
    assertEquals(TestRun.storedExamples(reference, SPECS), TestRun.storedExamples(capped, SPECS));
  }

  @Test
  void theResponseCacheIsSharedAcrossRuns(
      @TempDir Path first, @TempDir Path second, @TempDir Path cache) throws Exception {
    RunOutcome filling = run(first).configure(engine -> engine.cacheDir(cache))
        .run(Duration.ofSeconds(5));
    int sent = dispatcher.requests();

    RunOutcome fromCache = run(second).configure(engine -> engine.cacheDir(cache))
        .run(Duration.ofSeconds(5));

    assertEquals(sent, dispatcher.requests(), "a second run with the cache sends nothing");
    assertEquals(filling.sentCalls(), fromCache.cachedCalls());
    assertEquals(0, fromCache.costUsd());
    assertEquals(TestRun.storedExamples(first, SPECS), TestRun.storedExamples(second, SPECS));
  }
}
