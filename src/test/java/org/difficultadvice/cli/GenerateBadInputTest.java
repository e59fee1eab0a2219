package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.difficultadvice.testing.MiniContent;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input stops {@code generate} before any model call: exit 1, the file and line named, and
 * no run directory left behind. No server is running, so a call would fail differently.
 */
class GenerateBadInputTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "malformed template syntax | templates/housing/deposit.ftl | ${person.name} is moving"
        + " | <#if>${person.name} is moving | deposit.ftl:11:",
    "template naming an unknown variable | templates/housing/deposit.ftl | ${city.name}."
        + " | ${city.nmae}. | deposit.ftl:11:",
    "ragged CSV row | templates/axes/city.csv | Osaka | Osaka,Japan | city.csv:4",
    "broken YAML config | generator/job.yaml | specs: 4 | specs: 4: 5 | job.yaml:2",
    "config value of the wrong type | generator/job.yaml | specs: 4 | specs: [4] | job.yaml:2",
    "constitution heading without an id | constitution/honesty.md"
        + " | ## Keep records true {#honesty.true-records} | ## Keep records true | honesty.md:6",
    "prompt naming a bad directive | generator/prompts/revise.user.ftl | Draft: ${draft}"
        + " | Draft: <#bogus> | revise.user.ftl:3"
  })
  void stopsWithFileAndLineAndWritesNothing(String what, String file, String find,
      String replace, String location) throws IOException {
    Path config = MiniContent.copyTo(dir);
    Path broken = dir.resolve(file);
    String text = Files.readString(broken);
    assertTrue(text.contains(find), "fixture changed: " + find);
    Files.writeString(broken, text.replace(find, replace));
    Path runDir = dir.resolve("run");
    StringWriter err = new StringWriter();

    int code = Main.commandLine(new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true), Map.of("OPENAI_API_KEY", "sk-test"))
        .execute("generate", "--config", config.toString(), "--run-dir", runDir.toString(),
            "--base-url", "http://127.0.0.1:9/v1");

    assertEquals(1, code, err.toString());
    assertTrue(err.toString().contains(location), what + ": " + err);
    assertFalse(Files.exists(runDir), "a run directory was left behind");
    assertFalse(Files.exists(dir.resolve("output")), "an output directory was left behind");
  }
}
