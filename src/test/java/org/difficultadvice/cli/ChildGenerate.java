package org.difficultadvice.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.mockwebserver.MockWebServer;
import org.difficultadvice.store.RunStore;

/** The real {@code generate} in a child JVM against a loopback server, its output in a log. */
final class ChildGenerate {
  static final Duration PATIENCE = Duration.ofSeconds(180);

  private ChildGenerate() {}

  static Process start(Path config, Path runDir, MockWebServer server, Path log, int specs,
      int concurrency, String... extra) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Xmx256m",
        Main.class.getName(), "generate", "--config", config.toString(),
        "--run-dir", runDir.toString(), "--specs", String.valueOf(specs),
        "--concurrency", String.valueOf(concurrency), "--provider", "openai",
        "--model", "test-model", "--base-url", server.url("/v1").toString()));
    command.addAll(List.of(extra));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put("OPENAI_API_KEY", "sk-test-child");
    return builder.start();
  }

  /** Waits until {@code condition} holds; false if it did not within {@link #PATIENCE}. */
  static boolean await(BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        return false;
      }
      Thread.sleep(5);
    }
    return true;
  }

  /** The exit code, or a failure naming the log when the child outlives {@link #PATIENCE}. */
  static int exitCode(Process child, Path log) throws InterruptedException, IOException {
    if (!child.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
      child.destroyForcibly().waitFor();
      throw new AssertionError("the child did not end; its log:\n" + Files.readString(log));
    }
    return child.exitValue();
  }

  /** Answers stored in the run directory's store: successful call records. */
  static long storedAnswers(Path runDir) throws SQLException {
    try (Connection connection = DriverManager.getConnection(
            "jdbc:sqlite:" + runDir.resolve(RunStore.FILE_NAME).toAbsolutePath());
        Statement select = connection.createStatement();
        ResultSet row = select.executeQuery("SELECT COUNT(*) FROM calls WHERE ok = 1")) {
      row.next();
      return row.getLong(1);
    }
  }
}
