package org.difficultadvice.audit;

import java.util.Objects;

/** Where a record is: the file as reports name it and its 1-based line there. */
public record RecordRef(String file, long line) implements java.io.Serializable {
  public RecordRef {
    Objects.requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("line is 1-based: " + line);
    }
  }

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
