package org.difficultadvice.provider.local;

/** Hears how a model download advances; tests capture it, the command line prints it. */
@FunctionalInterface
public interface DownloadProgress {
  /**
   * Called as bytes arrive, and once more when the file is complete.
   *
   * @param total the file's size in bytes, or -1 when the server did not say
   */
  void advanced(long done, long total);

  DownloadProgress SILENT = (done, total) -> {};
}
