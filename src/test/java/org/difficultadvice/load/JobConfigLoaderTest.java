package org.difficultadvice.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobConfigLoaderTest {
  @TempDir Path dir;

  @Test
  void readsSectionsAndKeepsDefaultsForTheRest() throws Exception {
    Path file = dir.resolve("job.yaml");
    Files.writeString(file, "seed: 7\nprovider:\n  name: openai\n  model: gpt-4o-mini\n");
    JobConfig config = new JobConfigLoader().load(file);
    assertEquals(7L, config.seed());
    assertEquals("openai", config.provider().name());
    assertEquals(64, config.engine().concurrency());
    assertEquals(dir.toAbsolutePath(), config.baseDir());
  }

  @Test
  void rejectsUnknownKeyWithFileLineAndTheKnownKeys() throws Exception {
    Path file = dir.resolve("job.yaml");
    Files.writeString(file, "seed: 7\nprovider:\n  name: openai\n  modle: x\n");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> new JobConfigLoader().load(file));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(4, d.line());
    assertTrue(d.message().contains("unknown key 'modle' at 'provider.modle'"), d.message());
    assertTrue(d.fix().contains("model"), d.fix());
  }

  @Test
  void reportsTheLineOfBrokenYaml() throws Exception {
    Path file = dir.resolve("job.yaml");
    Files.writeString(file, "seed: 7\nprovider: [unclosed\n");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> new JobConfigLoader().load(file));
    assertTrue(e.diagnostics().get(0).line() >= 2, e.getMessage());
  }
}
