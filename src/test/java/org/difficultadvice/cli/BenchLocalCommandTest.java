package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.difficultadvice.provider.local.TinyGguf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench-local} on the random-weight {@link TinyGguf} fixture: it runs and prints its
 * figures. The figures themselves are not asserted; this checks plumbing, not speed.
 */
class BenchLocalCommandTest {
  @TempDir Path dir;

  @Test
  void printsPromptAndGenerationSpeedAndPeakMemory() throws Exception {
    Path model = TinyGguf.writeNeverEnding(dir.resolve("tiny.gguf"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = Main.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(
        "bench-local", "--model-path", model.toString(), "--threads", "1",
        "--max-tokens", "8", "--runs", "1");

    assertEquals(0, code, err.toString());
    String text = out.toString();
    assertTrue(text.contains("model               tiny (0.5 MB)"), text);
    assertTrue(text.matches("(?s).*prompt +\\d+ tokens, [0-9.]+ tokens/s.*"), text);
    assertTrue(text.matches("(?s).*generation +8 tokens, [0-9.]+ tokens/s.*"), text);
    assertTrue(text.contains("peak RSS"), text);
  }

  @Test
  void aMissingModelFileFailsWithExitCodeTwo() {
    StringWriter err = new StringWriter();
    int code = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
        .execute("bench-local", "--model-path", dir.resolve("absent.gguf").toString());

    assertEquals(2, code);
    assertTrue(err.toString().contains("absent.gguf"), err.toString());
  }
}
