package org.difficultadvice.spark;

import java.io.Serializable;
import org.difficultadvice.audit.AuditFigures;

/**
 * One element of a sketched partition: a record, or (once, last) the figures of all lines of
 * the partition. One pass gives both, so the input is read and tokenized once.
 */
record SketchedPart(SketchedRecord record, AuditFigures figures) implements Serializable {
  static SketchedPart of(SketchedRecord record) {
    return new SketchedPart(record, null);
  }

  static SketchedPart of(AuditFigures figures) {
    return new SketchedPart(null, figures);
  }

  boolean isRecord() {
    return record != null;
  }
}
