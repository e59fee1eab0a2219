package org.difficultadvice.export;

/** One record is bigger than a whole shard may be: the limit is set too low. */
public final class RecordTooLargeException extends IllegalArgumentException {
  public RecordTooLargeException(String specId, long recordBytes, long maxBytes) {
    super("record " + specId + " is " + recordBytes + " bytes, more than shard_max_bytes "
        + maxBytes + "; raise export.shard_max_bytes");
  }
}
