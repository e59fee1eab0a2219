package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import org.difficultadvice.testing.BatchApiServer;
import org.difficultadvice.testing.MiniContent;
import org.difficultadvice.testing.RateLimitedModelServer.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code generate --batch} in a child JVM, killed with SIGKILL by the loopback batch
 * server in the middle of a step (during the upload, after the batch is created but before its
 * id is sent back, while polling, while downloading), resumed and killed at the next phase, and
 * finally run to the end: the server was sent each row exactly once, and the shards equal a
 * direct run's.
 */
class GenerateInBatchesKillTest {
  private static final int SPECS = 8;
  private static final int CALLS = SPECS * 3;

  @TempDir Path dir;

  private record Phase(String step, int occurrence) {}

  private Process start(Path config, Path runDir, MockWebServer server, Api api, Path log)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Xmx256m",
        Main.class.getName(), "generate", "--config", config.toString(),
        "--run-dir", runDir.toString(), "--specs", String.valueOf(SPECS), "--batch",
        "--provider", api == Api.OPENAI ? "openai" : "anthropic", "--model", "test-model",
        "--base-url", server.url(api == Api.OPENAI ? "/v1" : "/").toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put("OPENAI_API_KEY", "sk-test-batch-kill");
    builder.environment().put("ANTHROPIC_API_KEY", "sk-ant-test-batch-kill");
    return builder.start();
  }

  private Path content() throws IOException {
    Path config = MiniContent.copyTo(dir.resolve("content"));
    Files.writeString(config, Files.readString(config)
        + "engine:\n  batch_poll_seconds: 0.05\n");
    return config;
  }

  private Map<String, String> directShards(Path config, MockWebServer server, Api api)
      throws IOException {
    Path runDir = dir.resolve("direct");
    StringWriter err = new StringWriter();
    int exit = Main.commandLine(new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            Map.of("OPENAI_API_KEY", "sk-x", "ANTHROPIC_API_KEY", "sk-ant-x"))
        .execute("generate", "--config", config.toString(), "--run-dir", runDir.toString(),
            "--specs", String.valueOf(SPECS), "--provider",
            api == Api.OPENAI ? "openai" : "anthropic", "--model", "test-model",
            "--base-url", server.url(api == Api.OPENAI ? "/v1" : "/").toString());
    assertEquals(0, exit, err.toString());
    return shards(runDir);
  }

  private static Map<String, String> shards(Path runDir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(runDir.resolve("data"))) {
      for (Path file : list.toList()) {
        files.put(file.getFileName().toString(), Files.readString(file));
      }
    }
    return files;
  }

  /**
   * One run directory, killed once per phase in turn (each run resumes the one before and is
   * killed at its phase), then run to the end: one child JVM per phase plus one.
   */
  private void killAtEachPhaseThenResume(Api api, List<Phase> phases) throws Exception {
    Path config = content();
    try (MockWebServer server = new MockWebServer()) {
      BatchApiServer batches = new BatchApiServer(api);
      server.setDispatcher(batches);
      server.start();
      Map<String, String> expected = directShards(config, server, api);

      BatchApiServer killer = new BatchApiServer(api);
      server.setDispatcher(killer);
      Path runDir = dir.resolve("batch-" + api);
      for (Phase phase : phases) {
        AtomicReference<Process> child = new AtomicReference<>();
        AtomicInteger seen = new AtomicInteger();
        killer.onStep(step -> {
          if (step.equals(phase.step()) && seen.incrementAndGet() == phase.occurrence()) {
            Process process = child.get();
            process.destroyForcibly(); // SIGKILL on Linux and macOS
            try {
              process.waitFor();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        });
        Path log = dir.resolve(api + "-" + phase.step() + "-killed.log");
        child.set(start(config, runDir, server, api, log));
        assertEquals(137, child.get().waitFor(), phase + ": " + Files.readString(log));
        assertTrue(seen.get() >= phase.occurrence(), phase + " was never reached");
      }
      killer.onStep(step -> {});
      Path log = dir.resolve(api + "-resumed.log");
      Process resumed = start(config, runDir, server, api, log);
      assertEquals(0, resumed.waitFor(), Files.readString(log));
      assertEquals(expected, shards(runDir), "shards differ from a direct run");
      assertEquals(CALLS, killer.rowsSubmitted(),
          "every row submitted exactly once across " + phases.size() + " kills");
    }
  }

  @Test
  void openAiBatchesKilledAtEachPhaseResumeWithEveryRowSubmittedOnce() throws Exception {
    // The second stage's batch: the first stage's results are in the store by then.
    // Killed uploading the second stage's batch; the next run is killed once that batch
    // exists on the server but before its id comes back; the next while polling it, the next
    // while downloading its results.
    killAtEachPhaseThenResume(Api.OPENAI, List.of(
        new Phase("upload", 2), new Phase("created", 1), new Phase("retrieve", 1),
        new Phase("download", 1)));
  }

  @Test
  void anthropicBatchesKilledAtEachPhaseResumeWithEveryRowSubmittedOnce() throws Exception {
    // Message Batches carry no metadata: the batch whose create was not acknowledged is found
    // by its time and size.
    killAtEachPhaseThenResume(Api.ANTHROPIC, List.of(
        new Phase("created", 2), new Phase("download", 1)));
  }
}
