package org.difficultadvice.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetAndExportSettingsTest {
  @TempDir Path dir;

  private JobConfig load(String yaml) throws IOException, InvalidInputException {
    Path file = dir.resolve("job.yaml");
    Files.writeString(file, yaml);
    return new JobConfigLoader().load(file);
  }

  @Test
  void defaultsMatchTheIssue() throws Exception {
    JobConfig config = load("seed: 1\n");

    assertEquals(3_000_000L, config.budget().tokens());
    assertEquals("o200k_base", config.budget().tokenizer());
    assertEquals(0.02, config.export().validationShare());
    assertEquals(50_000_000L, config.export().shardMaxBytes());
    assertEquals("openai", config.export().format());
    assertEquals(0.25, AugmentSettings.defaults().systemPromptShare());
    assertEquals(0.30, AugmentSettings.defaults().toolsShare());
  }

  @Test
  void readsTheBudgetAndExportSections() throws Exception {
    JobConfig config = load("""
        budget:
          tokens: 500000
          tokenizer: cl100k_base
          tokens_per_example: 700
          expected_drop_rate: 0.4
        export:
          format: sharegpt
          gzip: true
          shard_max_records: 1000
        """);

    assertEquals(new BudgetSettings(500_000L, "cl100k_base", 700, 0.4), config.budget());
    assertEquals("sharegpt", config.export().format());
    assertTrue(config.export().gzip());
    assertEquals(1000, config.export().shardMaxRecords());
  }

  @Test
  void anUnknownFormatIsReportedAtItsSection() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> load("seed: 1\nexport:\n  format: alpaca\n"));

    String message = e.getMessage();
    assertTrue(message.startsWith(dir.resolve("job.yaml") + ":"), message);
    assertTrue(message.contains("export.format must be openai, sharegpt or text, got 'alpaca'"),
        message);
  }

  @Test
  void aDropRateOfOneIsRefused() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> load("budget:\n  expected_drop_rate: 1.0\n"));

    assertTrue(e.getMessage().contains("budget.expected_drop_rate must be at least 0 and below 1"),
        e.getMessage());
  }
}
