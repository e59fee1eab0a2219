package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelpTest {
  @Test
  void listsOnlyTheCommandsUsersRun() {
    CommandRun run = CommandRun.of("--help");
    assertEquals(0, run.exitCode());
    List<String> commands = List.copyOf(Main.commandLine(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
        .getSubcommands().keySet());
    assertEquals(List.of("help", "validate", "plan", "generate", "audit", "bench-local"),
        commands);
    // Benchmarks of our own code are test classes with a main (org.difficultadvice.bench).
    assertFalse(run.out().contains("bench-engine"), run.out());
    assertFalse(run.out().contains("bench-dedup"), run.out());
  }
}
