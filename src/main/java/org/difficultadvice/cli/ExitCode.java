package org.difficultadvice.cli;

/** The exit codes scripts depend on. */
final class ExitCode {
  /** Done. */
  static final int OK = 0;
  /** Bad input or config; nothing was written. */
  static final int BAD_INPUT = 1;
  /** Failure at run time. */
  static final int FAILED = 2;
  /** Stopped part way; running the same command again resumes. */
  static final int STOPPED = 3;

  private ExitCode() {}
}
