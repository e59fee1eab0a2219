package org.difficultadvice.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {
  private final AtomicLong now = new AtomicLong();
  private final StringWriter err = new StringWriter();

  @Test
  void printsALineEveryTenSecondsWhenNotATerminal() {
    ProgressMeter meter = new ProgressMeter(new PrintWriter(err), false, now::get, 100_000_000);
    for (int second = 1; second <= 25; second++) {
      now.set(second * 1_000_000_000L);
      meter.update(second * 2_000_000L, second * 100L);
    }
    meter.finish(100_000_000, 2_600);
    String[] lines = err.toString().split("\n");
    assertEquals(3, lines.length, err.toString());
    assertEquals("audit: reading 20.0/100.0 MB (20%), 1,000 records, 2.0 MB/s, 10 s", lines[0]);
    assertEquals("audit: read 100.0/100.0 MB (100%), 2,600 records, 4.0 MB/s, 25 s", lines[2]);
  }

  @Test
  void rewritesOneLineOnATerminal() {
    ProgressMeter meter = new ProgressMeter(new PrintWriter(err), true, now::get, 1_000_000);
    now.set(300_000_000L);
    meter.update(500_000, 10);
    meter.finish(1_000_000, 20);
    assertTrue(err.toString().startsWith("\raudit: reading 0.5/1.0 MB (50%), 10 records"), err.toString());
    assertTrue(err.toString().endsWith("records, 3.3 MB/s, 0 s\n"), err.toString());
  }
}
