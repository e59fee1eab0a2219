package org.difficultadvice.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one line turned out to be: a usable record, or the schema problems that make it
 * unusable (a line with any problem is counted as bad and left out of the figures).
 *
 * @param format the layout the line was recognised as, empty when none was
 */
public record ParsedLine(
    Optional<ChatFormat> format, Optional<ChatRecord> record, List<SchemaError> errors) {
  public ParsedLine {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(record, "record");
    errors = List.copyOf(errors);
    if (record.isPresent() == !errors.isEmpty()) {
      throw new IllegalArgumentException("a line is either a record or has errors");
    }
  }

  static ParsedLine good(ChatRecord record) {
    return new ParsedLine(Optional.of(record.format()), Optional.of(record), List.of());
  }

  static ParsedLine bad(Optional<ChatFormat> format, List<SchemaError> errors) {
    return new ParsedLine(format, Optional.empty(), errors);
  }
}
