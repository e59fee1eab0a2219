package org.difficultadvice.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineSettingsTest {
  @TempDir Path dir;

  private JobConfig load(String yaml) throws Exception {
    Path file = dir.resolve("job.yaml");
    Files.writeString(file, yaml);
    return new JobConfigLoader().load(file);
  }

  @Test
  void readsLimitsTimeoutsCacheCapAndPrices() throws Exception {
    EngineSettings engine = load("""
        engine:
          concurrency: 256
          requests_per_minute: 500
          tokens_per_minute: 200000
          max_attempts: 8
          read_timeout_seconds: 90
          cache_dir: .cache/responses
          max_cost_usd: 12.5
          prices:
            gpt-4o-mini: {input_per_million: 0.15, output_per_million: 0.6}
        """).engine();

    assertEquals(256, engine.concurrency());
    assertEquals(500, engine.requestsPerMinute());
    assertEquals(200000, engine.tokensPerMinute());
    assertEquals(8, engine.maxAttempts());
    assertEquals(Duration.ofSeconds(90), engine.readTimeout());
    assertEquals(Optional.of(".cache/responses"), engine.cacheDirectory());
    assertEquals(Optional.of(12.5), engine.costCapUsd());
    assertEquals(0.15 + 0.6, engine.prices().costUsd("gpt-4o-mini", 1_000_000, 1_000_000), 1e-9);
    assertEquals(0, engine.prices().costUsd("a-local-model", 1_000_000, 1_000_000));
  }

  @Test
  void readsCacheRatesAndFillsInTheDocumentedDefaults() throws Exception {
    PriceTable prices = load("""
        engine:
          prices:
            gpt-4o: {input_per_million: 2.5, output_per_million: 10, cached_input_per_million: 1.25}
            gpt-5: {input_per_million: 1.25, output_per_million: 10}
            claude-sonnet-4-5: {input_per_million: 3, output_per_million: 15}
            claude-opus-4-1: {input_per_million: 15, output_per_million: 75,
                              cached_input_per_million: 1.5, cache_write_per_million: 30}
        """).engine().prices();

    assertEquals(1.25, prices.priceOf("gpt-4o").cachedInputPerMillion(), 1e-12);
    // OpenAI's discount differs by model: without a rate, a cached token costs full input.
    assertEquals(1.25, prices.priceOf("gpt-5").cachedInputPerMillion(), 1e-12);
    // Anthropic's multipliers are the same for every model: 0.1x read, 1.25x write.
    assertEquals(0.30, prices.priceOf("claude-sonnet-4-5").cachedInputPerMillion(), 1e-12);
    assertEquals(3.75, prices.priceOf("claude-sonnet-4-5").cacheWritePerMillion(), 1e-12);
    assertEquals(30, prices.priceOf("claude-opus-4-1").cacheWritePerMillion(), 1e-12);
  }

  @Test
  void rejectsANegativeCacheRate() {
    InvalidInputException error = assertThrows(InvalidInputException.class, () -> load("""
        engine:
          prices:
            gpt-4o: {input_per_million: 2.5, output_per_million: 10, cached_input_per_million: -1}
        """));
    assertTrue(error.diagnostics().get(0).toString().contains("prices cannot be negative"),
        error.diagnostics().get(0).toString());
  }

  @Test
  void defaultsNeedNoEngineSection() throws Exception {
    EngineSettings engine = load("specs: 3\n").engine();
    assertEquals(64, engine.concurrency());
    assertEquals(Optional.empty(), engine.costCapUsd());
    assertEquals(PriceTable.EMPTY, engine.prices());
  }

  @Test
  void reportsAPriceWithAMisspelledKeyAtItsLine() {
    InvalidInputException error = assertThrows(InvalidInputException.class, () -> load("""
        engine:
          prices:
            gpt-4o-mini: {input_per_milion: 0.15, output_per_million: 0.6}
        """));
    String message = error.diagnostics().get(0).toString();
    assertTrue(message.contains("input_per_million and output_per_million"), message);
    assertTrue(message.contains("job.yaml:3"), message);
  }

  @Test
  void rejectsZeroConcurrency() {
    InvalidInputException error =
        assertThrows(InvalidInputException.class, () -> load("engine:\n  concurrency: 0\n"));
    assertTrue(error.diagnostics().get(0).toString().contains("concurrency must be at least 1"),
        error.diagnostics().get(0).toString());
  }

  @Test
  void batchModePricesCallsAtHalfTheTableUnlessAShareIsSet() throws Exception {
    EngineSettings engine = load("""
        engine:
          mode: batch
          prices:
            gpt-4o-mini: {input_per_million: 0.15, output_per_million: 0.60}
        """).engine();
    assertTrue(engine.batchMode());
    assertEquals((0.15 + 0.6) / 2,
        engine.pricesInMode().costUsd("gpt-4o-mini", 1_000_000, 1_000_000), 1e-12);
    EngineSettings custom = load("engine:\n  mode: batch\n  batch_price_share: 0.4\n"
        + "  prices:\n    m: {input_per_million: 1.0, output_per_million: 1.0}\n").engine();
    assertEquals(0.8, custom.pricesInMode().costUsd("m", 1_000_000, 1_000_000), 1e-12);
    assertEquals(2.0, custom.prices().costUsd("m", 1_000_000, 1_000_000), 1e-12,
        "the table itself stays the direct price");
  }

  @Test
  void rejectsAnUnknownModeAtItsLine() {
    InvalidInputException error =
        assertThrows(InvalidInputException.class, () -> load("engine:\n  mode: batches\n"));
    String message = error.diagnostics().get(0).toString();
    assertTrue(message.contains("mode must be direct or batch, was 'batches'"), message);
  }
}
