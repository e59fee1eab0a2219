package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.difficultadvice.testing.MiniContent;
import org.difficultadvice.testing.ScenarioContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code generate} command in a child JVM, killed with SIGKILL part way and run
 * again: its shards are byte-identical to an uninterrupted run's, and the server is asked for
 * no more than the calls needed plus those in flight at the kill.
 */
class GenerateKillAndResumeTest {
  private static final int SPECS = 24;
  private static final int CONCURRENCY = 4;
  private static final int CALLS_NEEDED = SPECS * 3;

  @TempDir Path dir;

  /** Answers like {@link FakeModelApi}, a little slowly, so a kill lands mid-run. */
  private static final class SlowApi extends FakeModelApi {
    SlowApi() {
      super(Api.OPENAI);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      try {
        Thread.sleep(40);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return super.dispatch(request);
    }
  }

  private Process start(Path config, Path runDir, MockWebServer server, Path log)
      throws IOException {
    return start(config, runDir, server, log, List.of("--specs", String.valueOf(SPECS)));
  }

  private Process start(Path config, Path runDir, MockWebServer server, Path log,
      List<String> size) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Xmx256m",
        Main.class.getName(), "generate", "--config", config.toString(),
        "--run-dir", runDir.toString()));
    command.addAll(size);
    command.addAll(List.of(
        "--concurrency", String.valueOf(CONCURRENCY), "--provider", "openai",
        "--model", "test-model", "--base-url", server.url("/v1").toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put("OPENAI_API_KEY", "sk-test-kill");
    return builder.start();
  }

  private static Map<String, byte[]> dataFiles(Path runDir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(runDir.resolve("data"))) {
      for (Path file : list.toList()) {
        files.put(file.getFileName().toString(), Files.readAllBytes(file));
      }
    }
    files.put("manifest.json", Files.readAllBytes(runDir.resolve("manifest.json")));
    return files;
  }

  @Test
  void aRunKilledPartWayResumesToTheSameShardsWithoutPayingTwice() throws Exception {
    Path config = MiniContent.copyTo(dir.resolve("content"));
    // One server for both runs: its URL is part of the config, and so of the manifest.
    try (MockWebServer server = new MockWebServer()) {
      SlowApi straightApi = new SlowApi();
      server.setDispatcher(straightApi);
      Process uninterrupted = start(config, dir.resolve("straight"), server, dir.resolve("a.log"));
      assertEquals(0, uninterrupted.waitFor(), Files.readString(dir.resolve("a.log")));
      assertEquals(CALLS_NEEDED, straightApi.exchanges.size());

      SlowApi killedApi = new SlowApi();
      server.setDispatcher(killedApi);
      Path runDir = dir.resolve("killed");
      Process first = start(config, runDir, server, dir.resolve("b.log"));
      Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
      while (killedApi.exchanges.size() < CALLS_NEEDED / 2 && Instant.now().isBefore(deadline)) {
        Thread.sleep(5);
      }
      first.destroyForcibly(); // SIGKILL on Linux and macOS
      assertEquals(137, first.waitFor(), Files.readString(dir.resolve("b.log")));
      int beforeResume = killedApi.exchanges.size();
      assertTrue(beforeResume < CALLS_NEEDED, "the kill came too late to test anything");

      Process resumed = start(config, runDir, server, dir.resolve("c.log"));
      assertEquals(0, resumed.waitFor(), Files.readString(dir.resolve("c.log")));

      Map<String, byte[]> expected = dataFiles(dir.resolve("straight"));
      Map<String, byte[]> actual = dataFiles(runDir);
      assertEquals(expected.keySet(), actual.keySet());
      for (String name : expected.keySet()) {
        assertEquals(new String(expected.get(name)), new String(actual.get(name)), name);
      }
      int served = killedApi.exchanges.size();
      assertTrue(served <= CALLS_NEEDED + CONCURRENCY,
          "server answered " + served + " calls; needed " + CALLS_NEEDED
              + " plus at most " + CONCURRENCY + " in flight at the kill");
    }
  }

  /** The two servers' logs and the shards of the run made straight through. */
  private record KilledTwice(SlowApi straight, Map<String, byte[]> shards) {}

  /**
   * Runs {@code config} straight through, then again killed twice (each kill once the server
   * has answered {@code killAt(kill, straight run)} calls) and resumed; asserts the resumed
   * run's shards equal the straight run's and that at most the calls in flight at each kill
   * were paid twice.
   */
  private KilledTwice killTwiceAndResume(Path config, List<String> size,
      java.util.function.BiFunction<Integer, SlowApi, Integer> killAt) throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      SlowApi straightApi = new SlowApi();
      server.setDispatcher(straightApi);
      Process uninterrupted = start(config, dir.resolve("straight"), server,
          dir.resolve("a.log"), size);
      assertEquals(0, uninterrupted.waitFor(), Files.readString(dir.resolve("a.log")));
      int needed = straightApi.exchanges.size();

      SlowApi killedApi = new SlowApi();
      server.setDispatcher(killedApi);
      Path runDir = dir.resolve("killed");
      for (int kill = 1; kill <= 2; kill++) {
        Process run = start(config, runDir, server, dir.resolve("kill" + kill + ".log"), size);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        int at = killAt.apply(kill, straightApi);
        while (killedApi.exchanges.size() < at && Instant.now().isBefore(deadline)) {
          Thread.sleep(2);
        }
        run.destroyForcibly();
        assertEquals(137, run.waitFor(), Files.readString(dir.resolve("kill" + kill + ".log")));
      }
      assertTrue(killedApi.exchanges.size() < needed, "the kills came too late to test anything");

      Process resumed = start(config, runDir, server, dir.resolve("c.log"), size);
      assertEquals(0, resumed.waitFor(), Files.readString(dir.resolve("c.log")));

      Map<String, byte[]> expected = dataFiles(dir.resolve("straight"));
      Map<String, byte[]> actual = dataFiles(runDir);
      assertEquals(expected.keySet(), actual.keySet());
      for (String name : expected.keySet()) {
        assertEquals(new String(expected.get(name)), new String(actual.get(name)), name);
      }
      int served = killedApi.exchanges.size();
      assertTrue(served <= needed + 2 * CONCURRENCY,
          "server answered " + served + " calls; needed " + needed
              + " plus at most " + CONCURRENCY + " in flight at each kill");
      return new KilledTwice(straightApi, expected);
    }
  }

  @Test
  void aRunInWavesKilledTwiceResumesToTheSameShardsWithoutPayingTwice() throws Exception {
    Path config = MiniContent.copyTo(dir.resolve("content"));
    // Without a number of specs the job is sized from the budget, in waves.
    Files.writeString(config, Files.readString(config).replace("specs: 4\n", ""));

    killTwiceAndResume(config, List.of("--budget-tokens", "12000"),
        (kill, straight) -> straight.exchanges.size() * kill / 3);

    String straightLog = Files.readString(dir.resolve("a.log"));
    assertTrue(straightLog.contains("wave 2:"), "more than one wave: " + straightLog);
  }

  @Test
  void withTheScenarioStageARunKilledTwiceResumesToTheSameShards() throws Exception {
    Path config = ScenarioContent.copyTo(dir.resolve("content"));
    Files.writeString(config, Files.readString(config).replace("specs: 4\n", ""));

    // The first kill lands among the scenario calls, the second among the stages after.
    KilledTwice run = killTwiceAndResume(config, List.of("--budget-tokens", "12000"),
        (kill, straight) -> kill == 1 ? straight.stage("scenario").size() / 2
            : straight.exchanges.size() * 2 / 3);

    assertTrue(run.straight().stage("scenario").size() > 0, "the scenario stage ran");
    assertTrue(run.shards().entrySet().stream().anyMatch(file -> file.getKey().endsWith(".jsonl")
        && new String(file.getValue()).contains("\"story\":\"scenario:")),
        "the exported stories are the scenarios'");
  }
}
