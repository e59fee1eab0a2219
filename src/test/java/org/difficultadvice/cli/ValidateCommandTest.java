package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.difficultadvice.load.ContentFixture;
import org.difficultadvice.testing.MiniContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;

  @Test
  void printsASummaryAndExitsZeroOnValidContent() {
    ContentFixture content = ContentFixture.copyInto(dir);
    CommandRun run = CommandRun.of("validate", "--config", content.config().toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    assertTrue(run.out().startsWith("""
        constitution: 4 clauses
        taxonomy: 3 domains, 3 temptation kinds
        templates: 5 in 3 domains
        """), run.out());
    assertTrue(run.out().contains("  workplace                    2\n"), run.out());
    assertTrue(run.out().contains("axis tables: 3\n"), run.out());
    assertTrue(run.out().contains("  person                       10 rows, columns [name, role]"),
        run.out());
  }

  @Test
  void printsEveryProblemAndTheirCount() {
    ContentFixture content = ContentFixture.copyInto(dir);
    content.edit("templates/axes/city.csv", "Accra", "Accra,Ghana");
    content.edit("templates/workplace/covering-a-colleague.ftl", "${org.name}", "${org.nmae}");
    CommandRun run = CommandRun.of("validate", "-c", content.config().toString());
    assertEquals(1, run.exitCode());
    assertEquals(3, run.err().lines().count(), run.err());
    assertTrue(run.err().endsWith("2 problems found; nothing was written\n"), run.err());
  }

  @Test
  void acceptsTheSharedMiniContentTheGeneratorTestsUse() {
    Path config = MiniContent.copyTo(dir);
    CommandRun run = CommandRun.of("validate", "--config", config.toString());
    assertEquals(0, run.exitCode(), run.err());
  }

  @Test
  void namesAMissingConfigFile() {
    CommandRun run = CommandRun.of("validate", "--config", dir.resolve("nope.yaml").toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("nope.yaml: error: config file not found"), run.err());
  }

  @Test
  void explainsItselfInHelp() {
    CommandRun run = CommandRun.of("validate", "--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("without calling any model"), run.out());
    assertTrue(run.out().contains("--config"), run.out());
  }
}
