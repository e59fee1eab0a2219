package org.difficultadvice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import org.difficultadvice.engine.FakeChatServer.Fault;
import org.difficultadvice.generate.Example;
import org.difficultadvice.store.RunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch killed with SIGKILL part way and resumed ends exactly as an uninterrupted one. */
class KillAndResumeTest {
  private static final int SPECS = 60;
  private static final int CONCURRENCY = 6;

  @Test
  void killedRunResumesToIdenticalExamplesWithoutPayingTwice(
      @TempDir Path reference, @TempDir Path killed, @TempDir Path logs) throws Exception {
    int needed;
    String expected;
    try (MockWebServer server = new MockWebServer()) {
      FakeChatServer dispatcher = new FakeChatServer(Fault.NONE, 0);
      server.setDispatcher(dispatcher);
      server.start();
      new TestRun(reference, server.url("/").toString(), SPECS).run(Duration.ofSeconds(5));
      needed = dispatcher.requests();
      expected = digest(reference);
    }

    FakeChatServer dispatcher = new FakeChatServer(Fault.NONE, 40);
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(dispatcher);
      server.start();
      String url = server.url("/").toString();
      Process child = ChildJvm.start(logs.resolve("child.log"),
          ChildRunMain.class, killed.toString(), url, Integer.toString(SPECS),
          Integer.toString(CONCURRENCY));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (dispatcher.requests() < needed / 2 && child.isAlive()
          && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertTrue(child.isAlive(), "the child was still running when killed");
      child.destroyForcibly(); // SIGKILL on Linux and macOS
      child.waitFor();
      assertEquals(137, child.exitValue(), "killed by SIGKILL");
      int sentBeforeKill = dispatcher.requests();
      long committed;
      try (RunStore store = RunStore.open(killed, TestRun.config(SPECS), Clock.systemUTC())) {
        committed = store.completedCalls();
      }
      long inFlightAtKill = sentBeforeKill - committed;
      assertTrue(committed > 0 && committed < needed, "killed part way: " + committed);

      RunOutcome resumed = new TestRun(killed, url, SPECS).run(Duration.ofSeconds(5));

      assertTrue(resumed.completed(), resumed.describe());
      // Specs already stored are skipped; unfinished specs replay their stored calls.
      assertTrue(resumed.replayedCalls() <= committed);
      assertEquals(needed - committed, resumed.sentCalls(), "only missing calls sent");
      assertTrue(dispatcher.requests() <= needed + inFlightAtKill,
          dispatcher.requests() + " calls > " + needed + " needed + " + inFlightAtKill
              + " in flight at the kill");
      assertTrue(inFlightAtKill <= CONCURRENCY, "in flight at kill: " + inFlightAtKill);
    }
    assertEquals(expected, digest(killed));
  }

  @Test
  void ctrlCStopsTheChildCleanlyWithExitCode3AndItResumes(
      @TempDir Path reference, @TempDir Path interrupted, @TempDir Path logs) throws Exception {
    String expected;
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new FakeChatServer(Fault.NONE, 0));
      server.start();
      new TestRun(reference, server.url("/").toString(), SPECS).run(Duration.ofSeconds(5));
      expected = digest(reference);
    }
    FakeChatServer dispatcher = new FakeChatServer(Fault.NONE, 40);
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(dispatcher);
      server.start();
      String url = server.url("/").toString();
      Path log = logs.resolve("child.log");
      Process child = ChildJvm.start(log, ChildRunMain.class, interrupted.toString(), url,
          Integer.toString(SPECS), Integer.toString(CONCURRENCY));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (dispatcher.requests() < 40 && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child stopped");

      String output = Files.readString(log);
      assertEquals(3, child.exitValue(), output);
      assertTrue(output.contains("stopped: interrupted (Ctrl-C)"), output);
      assertTrue(output.contains("run the same command again to resume"), output);

      RunOutcome resumed = new TestRun(interrupted, url, SPECS).run(Duration.ofSeconds(5));
      assertTrue(resumed.completed(), resumed.describe());
    }
    assertEquals(expected, digest(interrupted));
  }

  /** SHA-256 of the stored examples as JSON lines, in spec id order: what export writes from. */
  private static String digest(Path runDir) throws Exception {
    ObjectMapper json = new ObjectMapper();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    int count = 0;
    for (Example example : TestRun.storedExamples(runDir, SPECS)) {
      sha.update((json.writeValueAsString(example) + "\n").getBytes(StandardCharsets.UTF_8));
      count++;
    }
    assertEquals(SPECS, count);
    return HexFormat.of().formatHex(sha.digest());
  }
}
