package org.difficultadvice.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Reads exported shards back the way a trainer would: file by file, line by line. */
final class ShardReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ShardReader() {}

  static List<Path> shardFiles(Path outputDir) throws IOException {
    try (Stream<Path> files = Files.list(outputDir.resolve("data"))) {
      return files.sorted().toList();
    }
  }

  static List<JsonNode> records(Path shard) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(shard);
        InputStream in = shard.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        records.add(JSON.readTree(line));
      }
    }
    return records;
  }

  static List<JsonNode> allRecords(Path outputDir) throws IOException {
    List<JsonNode> all = new ArrayList<>();
    for (Path shard : shardFiles(outputDir)) {
      all.addAll(records(shard));
    }
    return all;
  }
}
