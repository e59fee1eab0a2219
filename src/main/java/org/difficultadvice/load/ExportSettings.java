package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How shards are written.
 *
 * @param format {@code openai} (default) or {@code sharegpt} for chats; {@code text} for the
 *     text kinds
 * @param validationShare share of examples in the validation split, chosen by spec id
 *     (default 0.02)
 * @param shardMaxBytes the most bytes of JSONL per shard, before gzip (default 50,000,000)
 * @param shardMaxRecords the most records per shard, 0 for no limit (default)
 * @param gzip write {@code .jsonl.gz} instead of {@code .jsonl}
 * @param stripMetadata leave out each record's {@code metadata} object
 */
public record ExportSettings(
    @JsonProperty("format") String format,
    @JsonProperty("validation_share") Double validationShare,
    @JsonProperty("shard_max_bytes") Long shardMaxBytes,
    @JsonProperty("shard_max_records") Integer shardMaxRecords,
    @JsonProperty("gzip") Boolean gzip,
    @JsonProperty("strip_metadata") Boolean stripMetadata) {

  public ExportSettings {
    format = format == null ? "openai" : format;
    validationShare = validationShare == null ? 0.02 : validationShare;
    shardMaxBytes = shardMaxBytes == null ? 50_000_000L : shardMaxBytes;
    shardMaxRecords = shardMaxRecords == null ? 0 : shardMaxRecords;
    gzip = gzip != null && gzip;
    stripMetadata = stripMetadata != null && stripMetadata;
    if (!format.equals("openai") && !format.equals("sharegpt") && !format.equals("text")) {
      throw new IllegalArgumentException(
          "export.format must be openai, sharegpt or text, got '" + format + "'");
    }
    if (!(validationShare >= 0 && validationShare < 1)) {
      throw new IllegalArgumentException(
          "export.validation_share must be at least 0 and below 1, got " + validationShare);
    }
    if (shardMaxBytes <= 0) {
      throw new IllegalArgumentException(
          "export.shard_max_bytes must be positive, got " + shardMaxBytes);
    }
    if (shardMaxRecords < 0) {
      throw new IllegalArgumentException(
          "export.shard_max_records must be 0 (no limit) or positive, got " + shardMaxRecords);
    }
  }

  public ExportSettings withoutMetadata() {
    return new ExportSettings(format, validationShare, shardMaxBytes, shardMaxRecords, gzip, true);
  }

  public static ExportSettings defaults() {
    return new ExportSettings(null, null, null, null, null, null);
  }
}
