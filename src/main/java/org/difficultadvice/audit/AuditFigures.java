package org.difficultadvice.audit;

import java.io.Serializable;

/**
 * The additive figures of an audit: lines, per-record figures, metadata figures and findings,
 * gathered line by line. Figures of consecutive parts of a dataset {@link #merge} into the
 * figures of the whole (exactly, except that the bounded lists and tallies keep their first
 * values part by part), which is how the Spark job gathers them on many machines.
 */
public final class AuditFigures implements Serializable {
  private static final long serialVersionUID = 1L;

  private final DatasetFigures figures = new DatasetFigures();
  private final MetadataFigures metadata = new MetadataFigures();
  private final Findings findings = new Findings();
  private long lines;

  /** Counts one line: its schema errors, or the record's figures, flags and overlap. */
  public void add(SketchedLine sketched) {
    lines++;
    if (!sketched.isRecord()) {
      findings.badLine(sketched.errors());
      return;
    }
    ChatRecord record = sketched.parsed().record().get();
    int[] turnTokens = sketched.turnTokens();
    int total = sketched.recordTokens();
    figures.add(sketched.file(), record, turnTokens, sketched.tokens());
    record.metadata().ifPresent(meta -> metadata.add(meta, turnTokens.length, total));
    RecordRef ref = new RecordRef(sketched.file().name(), sketched.line());
    for (ContentFlag flag : sketched.flags()) {
      findings.flagged(ref, flag);
    }
    sketched.overlap().ifPresent(overlap -> findings.contaminated(ref, overlap));
  }

  /** A problem of a whole file, such as a {@code .gz} that ends early. */
  public void fileProblem(SchemaError error) {
    findings.fileProblem(error);
  }

  /** Adds the figures of the lines that come after these ones. */
  public AuditFigures merge(AuditFigures later) {
    lines += later.lines;
    figures.merge(later.figures);
    metadata.merge(later.metadata);
    findings.merge(later.findings);
    return this;
  }

  public long lines() {
    return lines;
  }

  public DatasetFigures figures() {
    return figures;
  }

  public MetadataFigures metadata() {
    return metadata;
  }

  public Findings findings() {
    return findings;
  }
}
