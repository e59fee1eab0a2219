package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Regression (issue 15, high): two {@code generate} on one run directory both ran, and 70 of
 * 150 calls were paid twice. The second now refuses at once, naming the holder, while the first
 * goes on to finish alone.
 */
class OneRunPerDirectoryTest {
  private static final int SPECS = 8;
  private static final int CALLS_NEEDED = SPECS * 3;

  @TempDir Path dir;

  /** Answers a few calls, then holds the rest until released: the first run is mid-way. */
  private static final class GatedApi extends FakeModelApi {
    final AtomicInteger started = new AtomicInteger();
    final CountDownLatch open = new CountDownLatch(1);

    GatedApi() {
      super(Api.OPENAI);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      if (started.incrementAndGet() > 3) {
        try {
          open.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return super.dispatch(request);
    }
  }

  @Test
  void aSecondGenerateOnARunningDirectoryIsRefusedAtOnceNamingTheHolder() throws Exception {
    Path config = MiniContent.copyTo(dir.resolve("content"));
    Path runDir = dir.resolve("run");
    GatedApi api = new GatedApi();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(api);
      Path firstLog = dir.resolve("first.log");
      Process first = ChildGenerate.start(config, runDir, server, firstLog, SPECS, 2);
      try {
        assertTrue(ChildGenerate.await(() -> api.started.get() > 3),
            "the first run never got going");

        Path secondLog = dir.resolve("second.log");
        Process second = ChildGenerate.start(config, runDir, server, secondLog, SPECS, 2);
        assertEquals(1, ChildGenerate.exitCode(second, secondLog),
            Files.readString(secondLog));
        String said = Files.readString(secondLog);
        assertTrue(said.contains("another generate is running in this run directory (pid "
            + first.pid() + " on "), said);
        assertTrue(said.contains(", started "), said);
        assertTrue(first.isAlive(), "the refusal must not disturb the running one");
      } finally {
        api.open.countDown();
      }
      assertEquals(0, ChildGenerate.exitCode(first, firstLog), Files.readString(firstLog));
      assertEquals(CALLS_NEEDED, api.exchanges.size(), "no call may be paid for twice");
    }
  }
}
