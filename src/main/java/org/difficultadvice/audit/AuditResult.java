package org.difficultadvice.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.difficultadvice.plan.StoryDiversity;

/**
 * Everything one pass over a dataset found. Holds the compact per-record ledger (for a
 * comparison between releases), never the records.
 */
public final class AuditResult {
  /** Clusters shown in reports, and members shown per cluster. */
  public static final int CLUSTERS_SHOWN = 10;

  public static final int MEMBERS_SHOWN = 8;

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
  private final int clusterCount;
  private final Map<String, Long> bytesByFile;

  AuditResult(
      List<InputFile> files,
      String tokenizer,
      double nearThreshold,
      long bytes,
      AuditFigures tally,
      RecordLedger ledger,
      long exactDuplicates,
      long nearDuplicates,
      NearCoverage nearCoverage,
      StoryDiversity diversity) {
    this(files, Map.of(), tokenizer, nearThreshold, bytes, tally, ledger, exactDuplicates,
        nearDuplicates, nearCoverage, ledger.largestClusters(CLUSTERS_SHOWN, MEMBERS_SHOWN),
        ledger.clusterCount(), diversity);
  }

  private AuditResult(
      List<InputFile> files,
      Map<String, Long> bytesByFile,
      String tokenizer,
      double nearThreshold,
      long bytes,
      AuditFigures tally,
      RecordLedger ledger,
      long exactDuplicates,
      long nearDuplicates,
      NearCoverage nearCoverage,
      List<DuplicateCluster> largestClusters,
      int clusterCount,
      StoryDiversity diversity) {
    this.files = List.copyOf(files);
    this.bytesByFile = Map.copyOf(bytesByFile);
    this.tokenizer = Objects.requireNonNull(tokenizer);
    this.nearThreshold = nearThreshold;
    this.lines = tally.lines();
    this.bytes = bytes;
    this.figures = tally.figures();
    this.metadata = tally.metadata();
    this.findings = tally.findings();
    this.ledger = ledger;
    this.exactDuplicates = exactDuplicates;
    this.nearDuplicates = nearDuplicates;
    this.nearCoverage = Objects.requireNonNull(nearCoverage);
    this.diversity = Objects.requireNonNull(diversity);
    this.largestClusters = List.copyOf(largestClusters);
    this.clusterCount = clusterCount;
  }

  /**
   * An audit whose duplicates were found elsewhere (the Spark job): the figures merged from its
   * parts, the duplicate counts and clusters it computed, and each file's size (its files need
   * not be on this machine). It has no per-record ledger, so it cannot be compared.
   *
   * @param nearCompared records with words that are not exact duplicates: each was compared
   *     with all such records before it
   * @param largestClusters the largest {@link #CLUSTERS_SHOWN} clusters, biggest first (ties:
   *     earliest first), each with its first {@link #MEMBERS_SHOWN} members
   */
  public static AuditResult ofParts(
      List<InputFile> files,
      Map<String, Long> bytesByFile,
      String tokenizer,
      double nearThreshold,
      AuditFigures tally,
      long exactDuplicates,
      long nearDuplicates,
      long nearCompared,
      List<DuplicateCluster> largestClusters,
      int clusterCount) {
    long bytes = bytesByFile.values().stream().mapToLong(Long::longValue).sum();
    return new AuditResult(files, bytesByFile, tokenizer, nearThreshold, bytes, tally,
        new RecordLedger(), exactDuplicates, nearDuplicates, NearCoverage.complete(nearCompared),
        largestClusters, clusterCount,
        // The Spark job does not gather story figures: reported as unknown, not invented.
        new StoryDiversity.Collector().result(texts -> Double.NaN));
  }

  /** The stored size of one input file. */
  long bytesOf(InputFile file) throws IOException {
    Long known = bytesByFile.get(file.name());
    return known != null ? known : Files.size(file.path());
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
    return clusterCount;
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
