package org.difficultadvice.provider.local;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;

/**
 * Prints download progress as plain lines (not carriage returns, so it reads well in a log):
 * one at every tenth of the file, or every 50 MB when the size is unknown.
 */
public final class ProgressPrinter implements DownloadProgress {
  private static final long MB = 1024L * 1024L;
  private static final long UNKNOWN_SIZE_STEP = 50 * MB;

  private final PrintWriter out;
  private final String what;
  private long nextMark;

  /** Prints to {@code out} (the command's stderr), naming the download {@code what}. */
  public ProgressPrinter(PrintWriter out, String what) {
    this.out = Objects.requireNonNull(out, "out");
    this.what = Objects.requireNonNull(what, "what");
  }

  @Override
  public void advanced(long done, long total) {
    boolean complete = total > 0 && done >= total;
    if (done < nextMark && !complete) {
      return;
    }
    if (total > 0) {
      out.printf(Locale.ROOT, "downloading %s: %3d%% (%d of %d MB)%n",
          what, done * 100 / total, done / MB, total / MB);
      nextMark = complete ? Long.MAX_VALUE : done + Math.max(1, total / 10);
    } else {
      out.printf(Locale.ROOT, "downloading %s: %d MB%n", what, done / MB);
      nextMark = done + UNKNOWN_SIZE_STEP;
    }
    out.flush();
  }
}
