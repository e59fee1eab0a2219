package org.difficultadvice.audit;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Reports reading progress on stderr: a line rewritten in place on a terminal, a new line every
 * {@link #LINE_INTERVAL_NANOS} otherwise (so logs of batch jobs stay short).
 */
public final class ProgressMeter {
  private static final long TERMINAL_INTERVAL_NANOS = 250_000_000L;
  static final long LINE_INTERVAL_NANOS = 10_000_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final LongSupplier nanoTime;
  private final long totalBytes;
  private final long started;
  private long lastReport;

  public ProgressMeter(PrintWriter err, boolean terminal, LongSupplier nanoTime, long totalBytes) {
    this.err = err;
    this.terminal = terminal;
    this.nanoTime = nanoTime;
    this.totalBytes = totalBytes;
    this.started = nanoTime.getAsLong();
    this.lastReport = started;
  }

  /** A meter that says nothing (for the second dataset of a comparison, and for tests). */
  public static ProgressMeter silent() {
    return new ProgressMeter(new PrintWriter(java.io.Writer.nullWriter()), false, () -> 0, 0);
  }

  void update(long bytes, long records) {
    long now = nanoTime.getAsLong();
    long interval = terminal ? TERMINAL_INTERVAL_NANOS : LINE_INTERVAL_NANOS;
    if (now - lastReport >= interval) {
      lastReport = now;
      print(bytes, records, now, false);
    }
  }

  void finish(long bytes, long records) {
    print(bytes, records, nanoTime.getAsLong(), true);
  }

  private void print(long bytes, long records, long now, boolean done) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    String line =
        String.format(
            Locale.ROOT,
            "audit: %s %.1f/%.1f MB (%.0f%%), %,d records, %.1f MB/s, %.0f s",
            done ? "read" : "reading",
            bytes / 1e6,
            totalBytes / 1e6,
            totalBytes == 0 ? 100.0 : 100.0 * bytes / totalBytes,
            records,
            bytes / 1e6 / seconds,
            seconds);
    if (terminal) {
      err.print("\r" + line + (done ? "\n" : ""));
    } else {
      err.println(line);
    }
    err.flush();
  }
}
