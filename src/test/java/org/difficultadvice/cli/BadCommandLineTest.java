package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.difficultadvice.testing.MiniContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Regression (issue 15): unknown options, values that are not numbers, a missing PATH and an
 * unknown command exited 2; {@code --concurrency 0}, {@code -5} and {@code --budget-tokens 0}
 * exited 2 with a stack trace; {@code max_tokens: 0} passed {@code validate} and failed in
 * {@code generate}. Bad input now exits 1 with one line, and {@code validate} refuses what
 * {@code generate} would.
 */
class BadCommandLineTest {
  @TempDir Path dir;
  private Path config;
  private Path runDir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void setUp() {
    config = MiniContent.copyTo(dir);
    runDir = dir.resolve("run");
  }

  private int run(List<String> args) {
    List<String> resolved = new ArrayList<>();
    for (String arg : args) {
      resolved.add(arg.replace("CONFIG", config.toString()).replace("RUN", runDir.toString()));
    }
    return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true),
        Map.of("OPENAI_API_KEY", "sk-test")).execute(resolved.toArray(String[]::new));
  }

  static Stream<Arguments> badCommandLines() {
    return Stream.of(
        Arguments.of("unknown option",
            List.of("generate", "--config", "CONFIG", "--run-dir", "RUN", "--bogus"),
            "error: Unknown option: '--bogus'; see 'difficult-advice generate --help'"),
        Arguments.of("value that is not a number",
            List.of("generate", "--config", "CONFIG", "--run-dir", "RUN", "--concurrency", "abc"),
            "error: Invalid value for option '--concurrency': 'abc' is not a whole number;"),
        Arguments.of("concurrency 0",
            List.of("generate", "--config", "CONFIG", "--run-dir", "RUN", "--concurrency", "0"),
            "'0' must be a whole number of at least 1"),
        Arguments.of("concurrency -5",
            List.of("generate", "--config", "CONFIG", "--run-dir", "RUN", "--concurrency", "-5"),
            "'-5' must be a whole number of at least 1"),
        Arguments.of("budget tokens 0",
            List.of("generate", "--config", "CONFIG", "--run-dir", "RUN", "--budget-tokens", "0"),
            "option '--budget-tokens': '0' must be a whole number of at least 1"),
        Arguments.of("specs 0",
            List.of("generate", "--config", "CONFIG", "--run-dir", "RUN", "--specs", "0"),
            "option '--specs': '0' must be a whole number of at least 1"),
        Arguments.of("negative cost cap",
            List.of("generate", "--config", "CONFIG", "--run-dir", "RUN", "--max-cost", "-1"),
            "option '--max-cost': '-1' must be a number of 0 or more"),
        Arguments.of("audit without PATH", List.of("audit"),
            "error: give PATH (a JSONL file or run directory) or --from-figures FILE"),
        Arguments.of("unknown command", List.of("frobnicate"),
            "error: Unmatched argument at index 0: 'frobnicate'"),
        Arguments.of("negative plan limit",
            List.of("plan", "--config", "CONFIG", "--limit", "-3"),
            "error: --limit must be 0 or more: -3"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCommandLines")
  void badCommandLineExitsOneWithOneLineAndWritesNothing(
      String name, List<String> args, String expected) {
    assertEquals(1, run(args), err.toString());
    String said = err.toString().strip();
    assertTrue(said.contains(expected), said);
    assertEquals(1, said.lines().count(), said);
    assertFalse(said.contains("Exception"), said);
    assertFalse(Files.exists(runDir));
  }

  static Stream<Arguments> configValuesGenerateRejects() {
    return Stream.of(
        Arguments.of("  max_tokens: 256", "  max_tokens: 0",
            "job.yaml:11: error: invalid value: max_tokens must be at least 1, was 0"),
        Arguments.of("  max_tokens: 256", "  max_tokens: 256\n  temperature: 3",
            "job.yaml:12: error: invalid value: temperature must be in [0, 2], was 3.0"),
        Arguments.of("  max_tokens: 256", "  max_tokens: 256\n  top_p: 0",
            "job.yaml:12: error: invalid value: top_p must be in (0, 1], was 0.0"),
        Arguments.of("specs: 4", "specs: 0",
            "job.yaml:2: error: invalid value: specs must be at least 1, was 0"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("configValuesGenerateRejects")
  void validateRefusesWhatGenerateWouldWithTheLine(String line, String replacement,
      String expected) throws IOException {
    Files.writeString(config, Files.readString(config).replace(line, replacement));
    assertEquals(1, run(List.of("validate", "--config", "CONFIG")), err.toString());
    assertTrue(err.toString().contains(expected), err.toString());

    err.getBuffer().setLength(0);
    assertEquals(1, run(List.of("generate", "--config", "CONFIG", "--run-dir", "RUN")),
        err.toString());
    assertTrue(err.toString().contains(expected), err.toString());
    assertFalse(Files.exists(runDir));
  }

  @Test
  void aRunDirectoryTheLocaleCannotEncodeIsBadInputNamingTheLocale() throws Exception {
    assumeFalse(System.getProperty("os.name").startsWith("Mac"),
        "macOS encodes file names as UTF-8 under every locale");
    assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")),
        "this JVM must be able to pass the name on");
    Path log = dir.resolve("child.log");
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "generate", "--config", config.toString(),
        "--run-dir", dir.resolve("r\u00e9sum\u00e9").toString())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("LANG", "C");
    builder.environment().put("LC_ALL", "C");
    builder.environment().remove("LC_CTYPE");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    Process child = builder.start();
    assertTrue(child.waitFor(60, TimeUnit.SECONDS));
    String said = Files.readString(log).strip();
    assertEquals(1, child.exitValue(), said);
    assertTrue(said.contains("the system locale encodes file names as"), said);
    assertTrue(said.contains("run with a UTF-8 locale (for example LANG=C.UTF-8"), said);
    assertEquals(1, said.lines().count(), said);
  }
}
