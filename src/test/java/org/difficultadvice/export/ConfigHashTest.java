package org.difficultadvice.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.difficultadvice.budget.JtokkitTokenCounter;
import org.difficultadvice.load.JobConfig;
import org.difficultadvice.load.JobConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigHashTest {
  @TempDir Path dir;

  private JobConfig load(String name, String yaml) throws Exception {
    Path file = dir.resolve(name).resolve("job.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, yaml);
    return new JobConfigLoader().load(file);
  }

  @Test
  void theSameSettingsHashTheSameWhereverTheFileIsAndHoweverWritten() throws Exception {
    JobConfig one = load("a", "seed: 5\nbudget:\n  tokens: 100000\n");
    JobConfig two = load("b/c", "budget: {tokens: 100000}\nseed: 5\nexport:\n  format: openai\n");

    assertEquals(ConfigHash.of(one), ConfigHash.of(two));
    assertTrue(ConfigHash.of(one).matches("[0-9a-f]{64}"));
  }

  @Test
  void whichServersAnswerDoesNotChangeTheHash() throws Exception {
    JobConfig one = load("a", "provider: {name: openai}\n");
    JobConfig two = load("b", "provider: {name: openai, base_url: 'http://gpu-1:8000/v1',"
        + " base_urls: ['http://gpu-2:8000/v1']}\n");

    assertEquals(ConfigHash.of(one), ConfigHash.of(two));
  }

  @Test
  void anyChangedSettingChangesTheHash() throws Exception {
    JobConfig one = load("a", "seed: 5\n");
    JobConfig two = load("b", "seed: 6\n");
    JobConfig three = load("c", "seed: 5\nexport:\n  gzip: true\n");

    assertNotEquals(ConfigHash.of(one), ConfigHash.of(two));
    assertNotEquals(ConfigHash.of(one), ConfigHash.of(three));
  }

  @Test
  void fromConfigCarriesSeedTokenizerAndHashIntoTheManifest() throws Exception {
    JobConfig config = load("a", "seed: 77\nbudget:\n  tokenizer: cl100k_base\n"
        + "export:\n  validation_share: 0.0\n");
    ExportRequest request =
        ExportRequest.fromConfig(config, dir.resolve("out"), JtokkitTokenCounter.cl100kBase());

    Manifest manifest = new DatasetExporter().export(
        TestExamples.pool(20, java.util.List.of("workplace"), 1), request);

    assertEquals(77, manifest.seed());
    assertEquals("cl100k_base", manifest.tokenizer());
    assertEquals(ConfigHash.of(config), manifest.configSha256());
    assertEquals(0, manifest.validation().records());
    assertEquals(0, manifest.validation().shards());
  }
}
