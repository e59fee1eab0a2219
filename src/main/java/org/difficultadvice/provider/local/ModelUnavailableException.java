package org.difficultadvice.provider.local;

/**
 * The local model file is neither where it was said to be nor could it be downloaded. The
 * message names every place looked at, the URL tried and how to place the file by hand; a
 * command reports it as a run-time failure (exit 2).
 */
public final class ModelUnavailableException extends Exception {
  public ModelUnavailableException(String message) {
    super(message);
  }

  public ModelUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
