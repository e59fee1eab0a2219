package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How shards are written. */
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
  }

  public static ExportSettings defaults() {
    return new ExportSettings(null, null, null, null, null, null);
  }
}
