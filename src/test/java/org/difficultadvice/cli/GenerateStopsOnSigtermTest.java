package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.difficultadvice.testing.MiniContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 15): SIGTERM (timeout, docker stop, CI cancellation) killed {@code generate}
 * at once with exit 143, losing answers already paid for. It now stops like Ctrl-C: every
 * answer received is stored and the run exits 3, resumable; a second signal abandons calls a
 * hung server never answers instead of waiting out the read timeout.
 */
class GenerateStopsOnSigtermTest {
  private static final int SPECS = 12;
  private static final int CONCURRENCY = 3;
  private static final int CALLS_NEEDED = SPECS * 3;

  @TempDir Path dir;

  /** Answers every call, slowly, so a signal lands with calls in flight. */
  private static final class SlowApi extends FakeModelApi {
    SlowApi() {
      super(Api.OPENAI);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      try {
        Thread.sleep(150);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return super.dispatch(request);
    }
  }

  /** Answers the first calls, then hangs on every other until released. */
  private static final class HungApi extends FakeModelApi {
    static final int ANSWERED = 5;
    final AtomicInteger started = new AtomicInteger();
    final AtomicInteger hanging = new AtomicInteger();
    final CountDownLatch release = new CountDownLatch(1);

    HungApi() {
      super(Api.OPENAI);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      if (started.incrementAndGet() > ANSWERED) {
        hanging.incrementAndGet();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return new MockResponse().setResponseCode(503);
      }
      return super.dispatch(request);
    }
  }

  private static String read(Path log) {
    try {
      return Files.exists(log) ? Files.readString(log) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void sigtermStopsLikeCtrlCStoringEveryAnswerReceivedAndExits3() throws Exception {
    Path config = MiniContent.copyTo(dir.resolve("content"));
    Path runDir = dir.resolve("run");
    SlowApi api = new SlowApi();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(api);
      Path log = dir.resolve("stopped.log");
      Process child = ChildGenerate.start(config, runDir, server, log, SPECS, CONCURRENCY);
      assertTrue(ChildGenerate.await(() -> api.exchanges.size() >= 6), read(log));
      child.destroy(); // SIGTERM on Linux and macOS

      assertEquals(3, ChildGenerate.exitCode(child, log), read(log));
      String said = read(log);
      assertTrue(said.contains("stopping (SIGTERM): no new calls start; waiting up to 30 s for"
          + " the calls in flight"), said);
      assertTrue(said.contains("stopped: terminated (SIGTERM)"), said);
      int answered = api.exchanges.size();
      assertTrue(answered < CALLS_NEEDED, "the signal came too late to test anything");
      assertEquals(answered, ChildGenerate.storedAnswers(runDir),
          "every answer the server sent is stored");

      Path resumedLog = dir.resolve("resumed.log");
      Process resumed = ChildGenerate.start(config, runDir, server, resumedLog, SPECS,
          CONCURRENCY);
      assertEquals(0, ChildGenerate.exitCode(resumed, resumedLog), read(resumedLog));
      assertEquals(CALLS_NEEDED, api.exchanges.size(), "no call is paid for twice");
    }
  }

  @Test
  void aSecondSigtermAbandonsCallsToAHungServerAndKeepsTheAnswersReceived() throws Exception {
    Path config = MiniContent.copyTo(dir.resolve("content"));
    Path runDir = dir.resolve("run");
    HungApi api = new HungApi();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(api);
      Path log = dir.resolve("hung.log");
      Process child = ChildGenerate.start(config, runDir, server, log, SPECS, CONCURRENCY);
      try {
        assertTrue(ChildGenerate.await(() -> api.hanging.get() >= CONCURRENCY), read(log));
        child.destroy();
        assertTrue(ChildGenerate.await(() -> read(log).contains("stopping (SIGTERM)")),
            read(log));
        child.destroy();

        assertEquals(3, ChildGenerate.exitCode(child, log), read(log));
      } finally {
        api.release.countDown();
      }
      String said = read(log);
      assertTrue(said.contains("stopping now (SIGTERM again): abandoning the calls in flight"),
          said);
      // Printed only when the 30 s grace period runs out: the second signal did not wait for it.
      assertFalse(said.contains("are abandoned (the server is slow or hung)"), said);
      assertEquals(HungApi.ANSWERED, ChildGenerate.storedAnswers(runDir),
          "the answers received before the hang are stored");
    }
  }
}
