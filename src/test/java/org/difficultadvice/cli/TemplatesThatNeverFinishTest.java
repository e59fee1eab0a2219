package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.difficultadvice.testing.MiniContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15: a template or prompt that never finishes (an endless list, a doubling string,
 * recursion without end) hung {@code validate}, {@code plan} and {@code generate}, or killed
 * them without naming the file. Each now exits 1 with the file and line.
 */
class TemplatesThatNeverFinishTest {
  private static final String TEMPLATE = "templates/housing/deposit.ftl";

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} with {1}")
  @CsvSource(delimiter = '|', value = {
    "validate | an endless list | <#list 1.. as i></#list> | did not finish",
    "plan     | a doubling string"
        + " | <#assign s = 'xy'><#list 1..64 as i><#assign s = s + s></#list>${s?length}"
        + " | did not finish",
    "generate | recursion without end"
        + " | <#function f n><#return f(n + 1)></#function>${f(1)}"
        + " | calls 'f' within itself without end",
  })
  void aTemplateThatNeverFinishesExitsOneNamingFileAndLine(String command, String what,
      String body, String message) throws IOException {
    Path config = MiniContent.copyTo(dir);
    Files.writeString(dir.resolve(TEMPLATE), body + "\n", StandardOpenOption.APPEND);

    Run run = run(command, config);

    assertEquals(1, run.code, what + ": " + run.err);
    assertTrue(run.err.contains("deposit.ftl:13:"), what + ": " + run.err);
    assertTrue(run.err.contains(message), what + ": " + run.err);
    assertFalse(run.err.contains("\tat "), "a stack trace: " + run.err);
  }

  @Test
  void aPromptThatNeverFinishesStopsGenerateBeforeAnyCall() throws IOException {
    Path config = MiniContent.copyTo(dir);
    Files.writeString(dir.resolve("generator/prompts/revise.user.ftl"),
        "<#assign s = 'xy'><#list 1..64 as i><#assign s = s + s></#list>${s}\n",
        StandardOpenOption.APPEND);

    Run run = run("generate", config);

    assertEquals(1, run.code, run.err);
    assertTrue(run.err.contains("revise.user.ftl:4:"), run.err);
    assertTrue(run.err.contains("did not finish"), run.err);
    assertFalse(Files.exists(dir.resolve("run")), "a run directory was left behind");
  }

  @Test
  void aPromptThatNeverFinishesLeavesNoPlanFile() throws IOException {
    Path config = MiniContent.copyTo(dir);
    Files.writeString(dir.resolve("generator/prompts/realize.user.ftl"),
        "<#assign s = 'xy'><#list 1..64 as i><#assign s = s + s></#list>${s}\n",
        StandardOpenOption.APPEND);
    Path out = dir.resolve("plan.jsonl");
    StringWriter err = new StringWriter();

    int code = Main.commandLine(new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true), Map.of())
        .execute("plan", "--config", config.toString(), "--out", out.toString());

    assertEquals(1, code, err.toString());
    assertTrue(err.toString().contains("realize.user.ftl:"), err.toString());
    try (var files = Files.list(dir)) {
      assertEquals(List.of(), files.filter(f -> f.getFileName().toString().contains("plan.jsonl"))
          .toList(), "the streamed plan was left behind");
    }
  }

  private Run run(String command, Path config) {
    StringWriter err = new StringWriter();
    String[] args = command.equals("generate")
        ? new String[] {"generate", "--config", config.toString(), "--run-dir",
            dir.resolve("run").toString(), "--base-url", "http://127.0.0.1:9/v1"}
        : new String[] {command, "--config", config.toString()};
    int code = Main.commandLine(new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true), Map.of("OPENAI_API_KEY", "sk-test"))
        .execute(args);
    return new Run(code, err.toString());
  }

  private record Run(int code, String err) {}
}
