package org.difficultadvice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.difficultadvice.load.ModelPrice;
import org.difficultadvice.load.PriceTable;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.store.RunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingProviderTest {
  @TempDir Path runDir;

  @Test
  void recordsEveryAttemptWithStatusUsageAndCostThenReplaysTheAnswer() throws Exception {
    PriceTable prices = new PriceTable(Map.of("m", new ModelPrice(1000.0, 2000.0)));
    ScriptedProvider server = new ScriptedProvider().failing(
        new ProviderException("HTTP 429", 429, true, "r0", Duration.ofSeconds(1), null));
    try (RunStore store =
        RunStore.open(runDir, new ObjectMapper().createObjectNode(), Clock.systemUTC())) {
      RetryingProvider provider = new RetryingProvider(
          new RecordingProvider(server, store, prices, Clock.systemUTC()),
          BackoffPolicy.standard(3), d -> { }, new SplittableRandom(1), new StopSignal(),
          new RateLimitPatience(Duration.ofMinutes(1), System::nanoTime));
      provider.complete(RetryingProviderTest.request());
      provider.complete(RetryingProviderTest.request());
    }
    assertEquals(2, server.calls.get(), "the second request was replayed, not sent");

    List<String> rows = new ArrayList<>();
    try (Connection db = DriverManager.getConnection(
            "jdbc:sqlite:" + runDir.resolve(RunStore.FILE_NAME));
        Statement select = db.createStatement();
        ResultSet row = select.executeQuery("SELECT stage, attempt, ok, status, input_tokens,"
            + " output_tokens, cost_usd, error FROM calls ORDER BY id")) {
      while (row.next()) {
        rows.add(String.join("|", row.getString(1), row.getString(2), row.getString(3),
            row.getString(4), row.getString(5), row.getString(6), row.getString(7),
            row.getString(8)));
      }
    }
    // 100 input tokens at $1000/M and 20 output at $2000/M: $0.1 + $0.04.
    assertEquals(List.of("respond|1|0|429|0|0|0.0|HTTP 429", "respond|2|1|0|100|20|0.14|"),
        rows);
  }

  @Test
  void estimatesAWholeRunFromThePlan() {
    RunEstimate estimate = RunEstimate.of(1000, 3, 800, 1024, new ModelPrice(0.15, 0.6));
    assertEquals(3000, estimate.calls());
    assertEquals(2_400_000, estimate.inputTokens());
    assertEquals(3_072_000, estimate.outputTokens());
    assertEquals(0.36 + 1.8432, estimate.costUsd(), 1e-9);
    assertEquals("estimate: 3,000 calls, about 2,400,000 input + at most 3,072,000 output tokens,"
        + " at most $2.20 direct, at most $1.10 with --batch", estimate.describe());
  }
}
