package org.difficultadvice.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.difficultadvice.provider.Reasoning;
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
  void readsTheReasoningSettingAndAddsItsAllowanceToEveryLimit() throws Exception {
    Path file = dir.resolve("job.yaml");
    Files.writeString(file, """
        provider:
          name: openai
          model: my-r1-finetune
          max_tokens: 1024
          reasoning: true
          reasoning_allowance: 2000
        """);
    ProviderSettings provider = new JobConfigLoader().load(file).provider();
    assertEquals(Reasoning.ON, provider.reasoningMode());
    assertEquals(3024, provider.tokenLimit(provider.maxTokens()));
    assertEquals(2512, provider.tokenLimit(512));
  }

  @Test
  void decidesReasoningByTheModelNameWhenUnset() throws Exception {
    Path file = dir.resolve("job.yaml");
    Files.writeString(file, "provider:\n  name: openai\n  model: o4-mini\n");
    ProviderSettings reasoning = new JobConfigLoader().load(file).provider();
    assertEquals(1024 + ProviderSettings.DEFAULT_REASONING_ALLOWANCE,
        reasoning.tokenLimit(reasoning.maxTokens()));
    Files.writeString(file, "provider:\n  name: openai\n  model: gpt-4o\n  reasoning: false\n");
    assertEquals(1024, new JobConfigLoader().load(file).provider().tokenLimit(1024));
  }

  @Test
  void readsSeveralBaseUrlsAfterTheBaseUrlEachOnce() throws Exception {
    Path file = dir.resolve("job.yaml");
    Files.writeString(file, """
        provider:
          name: openai
          base_url: http://gpu-1:8000/v1
          base_urls: [http://gpu-2:8000/v1, http://gpu-1:8000/v1, http://gpu-3:8000/v1]
        """);
    assertEquals(java.util.List.of("http://gpu-1:8000/v1", "http://gpu-2:8000/v1",
        "http://gpu-3:8000/v1"), new JobConfigLoader().load(file).provider().endpoints());
  }

  @Test
  void leavesAnUnsetReasoningSettingOutOfTheCanonicalConfig() throws Exception {
    // Run directories made before the setting existed are bound to a config without it.
    String json = new com.fasterxml.jackson.databind.ObjectMapper()
        .writeValueAsString(ProviderSettings.defaults());
    assertFalse(json.contains("reasoning"), json);
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
