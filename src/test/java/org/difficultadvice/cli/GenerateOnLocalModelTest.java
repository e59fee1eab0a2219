package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.difficultadvice.provider.local.TinyGguf;
import org.difficultadvice.testing.MiniContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate} on the embedded local provider, with a tiny random-weight GGUF written by
 * the tests. It checks plumbing (the model loads, every stage runs through llama.cpp, records
 * are exported), not the quality of answers: a random model writes noise.
 */
class GenerateOnLocalModelTest {
  @TempDir Path dir;

  @Test
  void runsTwoExamplesThroughEveryStageOnTheLocalModel() throws Exception {
    Path config = MiniContent.copyTo(dir);
    Path model = TinyGguf.write(dir.resolve("tiny.gguf"));
    Path runDir = dir.resolve("run");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), Map.of())
        .execute("generate", "--config", config.toString(), "--run-dir", runDir.toString(),
            "--provider", "local", "--model", "tiny", "--model-path", model.toString(),
            "--specs", "2", "--concurrency", "2");

    assertEquals(0, code, err.toString());
    List<String> lines;
    try (Stream<Path> shards = Files.list(runDir.resolve("data"))) {
      lines = shards.flatMap(shard -> {
        try {
          return Files.readAllLines(shard).stream();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
    JsonNode manifest = new ObjectMapper().readTree(runDir.resolve("manifest.json").toFile());
    // A random model's answers rarely survive the quality filters; each is counted as a drop.
    long dropped = manifest.get("drops").properties().stream()
        .mapToLong(e -> e.getValue().asLong()).sum();
    assertEquals(2, lines.size() + dropped, "every spec is an example or a counted drop");
    assertTrue(Files.exists(runDir.resolve("quality-report.json")));
    for (String line : lines) {
      JsonNode record = new ObjectMapper().readTree(line);
      JsonNode models = record.get("metadata").get("models");
      List<String> stages = new java.util.ArrayList<>();
      models.fieldNames().forEachRemaining(stages::add);
      assertEquals(List.of("realize", "respond", "revise"), stages);
      assertEquals("tiny", models.get("revise").asText());
      assertFalse(record.get("messages").get(record.get("messages").size() - 1)
          .get("content").asText().isBlank());
    }
    assertTrue(err.toString().contains("done: "), err.toString());
  }

  @Test
  void aMissingModelThatCannotBeDownloadedFailsFastWithExitTwoNamingWhereItLooked()
      throws Exception {
    Path config = MiniContent.copyTo(dir);
    // Nothing listens on the discard port: a download from there fails at once, as it does
    // on a machine without a network.
    String url = "http://127.0.0.1:9/models/qwen2.5-0.5b-instruct-q4_k_m.gguf";
    Files.writeString(config, Files.readString(config) + "local:\n  url: " + url + "\n");
    StringWriter err = new StringWriter();
    long start = System.nanoTime();

    int code = Main.commandLine(new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true), Map.of("HOME", dir.resolve("home").toString()))
        .execute("generate", "--config", config.toString(), "--run-dir",
            dir.resolve("run").toString(), "--provider", "local");

    assertEquals(2, code, err.toString());
    String message = err.toString();
    assertTrue(message.contains(dir.resolve("home/.cache/difficult-advice/models")
        .resolve("qwen2.5-0.5b-instruct-q4_k_m.gguf").toString()), message);
    assertTrue(message.contains(url), message);
    assertTrue(System.nanoTime() - start < 20_000_000_000L, "took more than 20 s");
    assertFalse(Files.exists(dir.resolve("home/.cache/difficult-advice/models")
        .resolve("qwen2.5-0.5b-instruct-q4_k_m.gguf")));
  }
}
