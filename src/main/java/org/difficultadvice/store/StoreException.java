package org.difficultadvice.store;

/** The run store could not read or write its database: a run-time failure (exit 2). */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
