package org.difficultadvice.export;

import java.util.Objects;

/**
 * One written shard as the manifest lists it.
 *
 * @param name the file's path relative to the output folder, e.g. {@code data/train-00000-of-00002.jsonl}
 * @param bytes the file's size on disk (after gzip when compressed)
 * @param sha256 lower-case hex of the file's bytes
 */
public record ShardSummary(
    String name, Split split, long records, long tokens, long bytes, String sha256) {
  public ShardSummary {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(sha256, "sha256");
  }
}
