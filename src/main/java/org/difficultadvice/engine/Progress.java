package org.difficultadvice.engine;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Shows how a run goes, on stderr. On a terminal: one line redrawn in place (a bar, done/total,
 * calls in flight, rate, ETA, tokens, cost). Elsewhere (CI, a log file): a plain line at most
 * every {@code interval}, so logs stay readable.
 */
public final class Progress {
  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final boolean terminal;
  private final Clock clock;
  private final Duration interval;
  private final Instant started;
  private Instant lastPlainLine;

  public Progress(PrintWriter err, boolean terminal, Clock clock, Duration interval) {
    this.err = Objects.requireNonNull(err, "err");
    this.terminal = terminal;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.interval = Objects.requireNonNull(interval, "interval");
    this.started = clock.instant();
  }

  /** Terminal when the JVM has a console; plain lines every 30 s otherwise. */
  public static Progress forStderr(PrintWriter err, Clock clock) {
    return new Progress(err, System.console() != null, clock, Duration.ofSeconds(30));
  }

  public synchronized void update(ProgressSnapshot snapshot) {
    Instant now = clock.instant();
    if (terminal) {
      err.print("\r" + line(snapshot, now) + "\u001b[K");
      err.flush();
    } else if (lastPlainLine == null || !now.isBefore(lastPlainLine.plus(interval))) {
      err.println(line(snapshot, now));
      err.flush();
      lastPlainLine = now;
    }
  }

  /** The last state, always printed, ending the redrawn line on a terminal. */
  public synchronized void finish(ProgressSnapshot snapshot) {
    String text = line(snapshot, clock.instant());
    err.println(terminal ? "\r" + text + "\u001b[K" : text);
    err.flush();
  }

  String line(ProgressSnapshot s, Instant now) {
    double seconds = Math.max(1e-3, Duration.between(started, now).toMillis() / 1000.0);
    double rate = s.doneThisSession() / seconds;
    long left = Math.max(0, s.total() - s.done());
    String eta = rate <= 0 ? "--" : formatDuration(Duration.ofSeconds((long) (left / rate)));
    StringBuilder out = new StringBuilder();
    if (terminal) {
      int filled = s.total() == 0 ? BAR_WIDTH : (int) (BAR_WIDTH * s.done() / s.total());
      out.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled))
          .append("] ");
    }
    s.before().ifPresent(work -> out.append(work).append("; "));
    if (s.batches().isPresent()) {
      out.append(String.format(Locale.ROOT, "%d/%d specs (%d failed), %s tokens, $%.4f; %s",
          s.done(), s.total(), s.failed(), compact(s.usage().total()), s.costUsd(),
          s.batches().get().describe()));
      return out.toString();
    }
    out.append(String.format(Locale.ROOT,
        "%d/%d specs (%d failed), %d in flight, %.1f specs/s, ETA %s, %s tokens, $%.4f",
        s.done(), s.total(), s.failed(), s.inFlight(), rate, eta,
        compact(s.usage().total()), s.costUsd()));
    s.heldBy().ifPresent(limit -> out.append(", held by ").append(limit));
    if (!s.endpoints().shares().isEmpty()) {
      out.append(", served by ").append(s.endpoints().brief());
    }
    return out.toString();
  }

  static String formatDuration(Duration d) {
    long h = d.toHours();
    return h > 0
        ? String.format(Locale.ROOT, "%dh%02dm", h, d.toMinutesPart())
        : String.format(Locale.ROOT, "%dm%02ds", d.toMinutes(), d.toSecondsPart());
  }

  private static String compact(long tokens) {
    if (tokens >= 1_000_000) {
      return String.format(Locale.ROOT, "%.2fM", tokens / 1e6);
    }
    return tokens >= 1_000 ? String.format(Locale.ROOT, "%.1fk", tokens / 1e3)
        : Long.toString(tokens);
  }
}
