package org.difficultadvice.export;

/**
 * How big one shard may grow.
 *
 * @param maxBytes the most bytes of JSONL one shard holds (before gzip, which only shrinks text)
 * @param maxRecords the most records one shard holds, or 0 for no limit on the count
 */
public record ShardLimits(long maxBytes, int maxRecords) {
  public ShardLimits {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("shard_max_bytes must be positive, got " + maxBytes);
    }
    if (maxRecords < 0) {
      throw new IllegalArgumentException(
          "shard_max_records must be 0 (no limit) or positive, got " + maxRecords);
    }
  }

  boolean fits(long bytesSoFar, int recordsSoFar, long nextBytes) {
    boolean bytesFit = bytesSoFar + nextBytes <= maxBytes;
    boolean countFits = maxRecords == 0 || recordsSoFar < maxRecords;
    return bytesFit && countFits;
  }
}
