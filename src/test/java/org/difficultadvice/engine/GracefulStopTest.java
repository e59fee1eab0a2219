package org.difficultadvice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import okhttp3.mockwebserver.MockWebServer;
import org.difficultadvice.engine.FakeChatServer.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stop request (what Ctrl-C sets) ends the run cleanly; running again finishes it. */
class GracefulStopTest {
  private static final int SPECS = 40;

  @Test
  void stopsTakingCallsFlushesAndResumesToTheSameExamples(
      @TempDir Path reference, @TempDir Path stopped) throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      FakeChatServer dispatcher = new FakeChatServer(Fault.NONE, 10);
      server.setDispatcher(dispatcher);
      server.start();
      String url = server.url("/").toString();
      new TestRun(reference, url, SPECS).run(Duration.ofSeconds(5));
      int needed = dispatcher.requests();

      StopSignal stop = new StopSignal();
      Thread ctrlC = new Thread(() -> {
        while (dispatcher.requests() < needed + needed / 3) {
          Thread.onSpinWait();
        }
        stop.stop(StopReason.CANCELLED, "interrupted (Ctrl-C)");
      });
      ctrlC.start();
      RunOutcome first = new TestRun(stopped, url, SPECS)
          .configure(engine -> engine.stopSignal(stop)).run(Duration.ofSeconds(5));
      ctrlC.join();

      assertEquals(Optional.of(StopReason.CANCELLED), first.stopReason());
      assertFalse(first.failed(), "resumable: exit 3");
      assertTrue(first.describe().contains("run the same command again to resume"),
          first.describe());
      assertTrue(first.examples() < SPECS);
      assertEquals(dispatcher.requests() - needed, first.sentCalls(),
          "every call that went out was stored: nothing abandoned silently");

      RunOutcome second = new TestRun(stopped, url, SPECS).run(Duration.ofSeconds(5));
      assertTrue(second.completed(), second.describe());
      assertEquals(needed, first.sentCalls() + second.sentCalls(), "no call paid twice");
      assertEquals(TestRun.storedExamples(reference, SPECS),
          TestRun.storedExamples(stopped, SPECS));
    }
  }
}
