package org.difficultadvice.export;

import java.util.ArrayList;
import java.util.List;

/** Cuts an ordered list of records into consecutive shards that respect the limits. */
final class ShardPacker {
  private ShardPacker() {}

  /**
   * Fills each shard in order until the next record would not fit.
   *
   * @throws RecordTooLargeException when one record alone is over the byte limit
   */
  static List<List<EncodedRecord>> pack(List<EncodedRecord> records, ShardLimits limits) {
    List<List<EncodedRecord>> shards = new ArrayList<>();
    List<EncodedRecord> current = new ArrayList<>();
    long bytes = 0;
    for (EncodedRecord record : records) {
      long size = record.line().length;
      if (size > limits.maxBytes()) {
        throw new RecordTooLargeException(record.specId(), size, limits.maxBytes());
      }
      if (!limits.fits(bytes, current.size(), size)) {
        shards.add(current);
        current = new ArrayList<>();
        bytes = 0;
      }
      current.add(record);
      bytes += size;
    }
    if (!current.isEmpty()) {
      shards.add(current);
    }
    return shards;
  }
}
