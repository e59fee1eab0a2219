package org.difficultadvice.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One Spark audit as asked for, in a form executors receive: the small inputs (filter patterns,
 * evaluation set) travel as their bytes, so executors need no access to the driver's files.
 *
 * @param inputs JSONL files or run directories, as URIs or paths any Hadoop file system reads
 * @param out where the reports, {@code data/} shards and {@code manifest.json} go
 * @param filtersName how reports name the filters file, empty when none was given
 * @param filters the filters file's text, empty when none was given
 * @param evalSetName the evaluation set's file name, empty when none was given
 * @param evalSet the evaluation set's bytes, empty when none was given
 * @param shardMaxRecords the most records in one shard, 0 for no limit
 * @param gzip whether shards are written as {@code .jsonl.gz}
 */
public record MixAuditSettings(
    List<String> inputs,
    String out,
    String tokenizer,
    String filtersName,
    String filters,
    String evalSetName,
    byte[] evalSet,
    double nearThreshold,
    long shardMaxBytes,
    int shardMaxRecords,
    boolean gzip) implements Serializable {
  /** The audit's defaults: 5-word shingles, 128 permutations. */
  static final int SHINGLE_WORDS = 5;

  static final int PERMUTATIONS = 128;

  public MixAuditSettings {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(tokenizer, "tokenizer");
    Objects.requireNonNull(filtersName, "filtersName");
    Objects.requireNonNull(filters, "filters");
    Objects.requireNonNull(evalSetName, "evalSetName");
    Objects.requireNonNull(evalSet, "evalSet");
    if (!(nearThreshold > 0 && nearThreshold <= 1)) {
      throw new IllegalArgumentException(
          "near-duplicate threshold " + nearThreshold + " is not in (0, 1]; use e.g. 0.8");
    }
  }
}
