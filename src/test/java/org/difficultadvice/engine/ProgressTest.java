package org.difficultadvice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.difficultadvice.provider.Usage;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.EPOCH);
  private final Clock clock = new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  };
  private final StringWriter text = new StringWriter();

  private static ProgressSnapshot snapshot(long done) {
    return new ProgressSnapshot(done, 1, 100, done, 7, new Usage(1500, 500), 0.1234,
        Optional.empty());
  }

  @Test
  void plainLinesAtMostOncePerInterval() {
    Progress progress = new Progress(new PrintWriter(text), false, clock, Duration.ofSeconds(30));
    now.set(Instant.EPOCH.plusSeconds(10));
    progress.update(snapshot(20));
    now.set(Instant.EPOCH.plusSeconds(20));
    progress.update(snapshot(40));
    now.set(Instant.EPOCH.plusSeconds(40));
    progress.update(snapshot(80));

    assertEquals("20/100 specs (1 failed), 7 in flight, 2.0 specs/s, ETA 0m40s, 2.0k tokens,"
        + " $0.1234\n80/100 specs (1 failed), 7 in flight, 2.0 specs/s, ETA 0m10s, 2.0k tokens,"
        + " $0.1234\n", text.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void workBeforeTheWaveLeadsTheLine() {
    Progress progress = new Progress(new PrintWriter(text), false, clock, Duration.ofSeconds(30));
    now.set(Instant.EPOCH.plusSeconds(10));
    progress.update(new ProgressSnapshot(0, 0, 0, 0, 7, new Usage(1500, 500), 0.1234,
        Optional.empty(), Optional.of("scenarios 120/2,892")));

    assertTrue(text.toString().startsWith("scenarios 120/2,892; 0/0 specs"), text.toString());
  }

  @Test
  void aTerminalGetsOneBarRedrawnInPlace() {
    Progress progress = new Progress(new PrintWriter(text), true, clock, Duration.ofSeconds(1));
    now.set(Instant.EPOCH.plusSeconds(10));
    progress.update(snapshot(50));
    progress.update(snapshot(50));

    String out = text.toString();
    assertTrue(out.startsWith("\r[############............] 50/100"), out);
    assertEquals(2, out.chars().filter(c -> c == '\r').count());
    assertTrue(!out.contains("\n"), "no new lines while running");
  }

  @Test
  void saysWhichRateLimitHoldsTheRunBack() {
    Progress progress = new Progress(new PrintWriter(text), false, clock, Duration.ofSeconds(30));
    now.set(Instant.EPOCH.plusSeconds(10));
    progress.update(new ProgressSnapshot(20, 1, 100, 20, 7, new Usage(1500, 500), 0.1234,
        Optional.of("the server's limit of 600 requests per minute")));

    assertTrue(text.toString().strip().endsWith(
        "$0.1234, held by the server's limit of 600 requests per minute"), text.toString());
  }
}
