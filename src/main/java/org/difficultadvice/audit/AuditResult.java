package org.difficultadvice.audit;

import java.util.List;
import java.util.Objects;
import org.difficultadvice.plan.StoryDiversity;

/**
 * Everything one pass over a dataset found. Holds the compact per-record ledger (for a
 * comparison between releases), never the records.
 */
public final class AuditResult {
  /** Clusters shown in reports, and members shown per cluster. */
  static final int CLUSTERS_SHOWN = 10;

  static final int MEMBERS_SHOWN = 8;

  private final List<InputFile> files;
  private final String tokenizer;
  private final double nearThreshold;
  private final long lines;
  private final long bytes;
  private final DatasetFigures figures;
  private final MetadataFigures metadata;
  private final Findings findings;
  private final RecordLedger ledger;
  private final long exactDuplicates;
  private final long nearDuplicates;
  private final NearCoverage nearCoverage;
  private final List<DuplicateCluster> largestClusters;
  private final StoryDiversity diversity;

  AuditResult(
      List<InputFile> files,
      String tokenizer,
      double nearThreshold,
      long lines,
      long bytes,
      DatasetFigures figures,
      MetadataFigures metadata,
      Findings findings,
      RecordLedger ledger,
      long exactDuplicates,
      long nearDuplicates,
      NearCoverage nearCoverage,
      StoryDiversity diversity) {
    this.files = List.copyOf(files);
    this.tokenizer = Objects.requireNonNull(tokenizer);
    this.nearThreshold = nearThreshold;
    this.lines = lines;
    this.bytes = bytes;
    this.figures = figures;
    this.metadata = metadata;
    this.findings = findings;
    this.ledger = ledger;
    this.exactDuplicates = exactDuplicates;
    this.nearDuplicates = nearDuplicates;
    this.nearCoverage = Objects.requireNonNull(nearCoverage);
    this.diversity = Objects.requireNonNull(diversity);
    this.largestClusters = ledger.largestClusters(CLUSTERS_SHOWN, MEMBERS_SHOWN);
  }

  public List<InputFile> files() {
    return files;
  }

  public String tokenizer() {
    return tokenizer;
  }

  public double nearThreshold() {
    return nearThreshold;
  }

  public long lines() {
    return lines;
  }

  public long bytes() {
    return bytes;
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

  public long exactDuplicates() {
    return exactDuplicates;
  }

  public long nearDuplicates() {
    return nearDuplicates;
  }

  public int duplicateClusters() {
    return ledger.clusterCount();
  }

  public List<DuplicateCluster> largestClusters() {
    return largestClusters;
  }

  /** Records that can be looked at one by one (for comparisons). */
  RecordLedger ledger() {
    return ledger;
  }

  /**
   * Stories (from {@code metadata.story}, else {@code metadata.template}) and the within-domain
   * similarity of user turns (domain from {@code metadata.domain}; one group without it), over
   * the records that have a user turn.
   */
  public StoryDiversity diversity() {
    return diversity;
  }

  /** How complete the near-duplicate search was (a lower bound when memory ran short). */
  public NearCoverage nearCoverage() {
    return nearCoverage;
  }
}
