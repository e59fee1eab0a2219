package org.difficultadvice.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.difficultadvice.audit.AuditRequest;
import org.difficultadvice.audit.DatasetAudit;
import org.difficultadvice.audit.DatasetFiles;
import org.difficultadvice.audit.ProgressMeter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job on local[2] against the single-machine audit of the same files. */
class MixAuditTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JavaSparkContext spark;

  @BeforeAll
  static void start() {
    spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("test")
        .set("spark.ui.enabled", "false").set("spark.default.parallelism", "2")
);
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  @Test
  void findsTheDuplicatesAuditFindsAndWritesItsFiguresAndTheSurvivors(@TempDir Path dir)
      throws Exception {
    PlantedChats planted = PlantedChats.generate(300, 7);
    Path mix = dir.resolve("mix");
    List<Path> files = planted.write(mix, 2, false);
    // Lines audit must report: a schema error, bytes that are not UTF-8, a BOM and a CRLF.
    appendRaw(files.get(0), "{\"messages\": 3}\n".getBytes(StandardCharsets.UTF_8));
    appendRaw(files.get(0), new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3,
        '"', '}', '\n'});
    appendRaw(files.get(1), (planted.lines.get(0) + "\r\n").getBytes(StandardCharsets.UTF_8));

    MixAuditSettings settings = new MixAuditSettings(List.of(mix.toString()),
        dir.resolve("spark-out").toString(), "o200k_base", "", "", "", new byte[0], 0.8,
        64 * 1024, 50, false);
    MixAudit.Summary summary = new MixAudit(spark).run(settings);

    Path single = dir.resolve("audit-out");
    new DatasetAudit(JSON, ExecutorChecks.checks(settings, ExecutorChecks.dedup(settings)), 2)
        .run(new AuditRequest(mix.toString(), DatasetFiles.resolve(mix), Optional.empty(), single,
            Optional.empty(), "", Optional.empty()), ProgressMeter.silent());

    Path out = dir.resolve("spark-out");
    assertEquals(Files.readAllLines(single.resolve("duplicates.jsonl")),
        Files.readAllLines(out.resolve("duplicates.jsonl")));
    ObjectNode expected = (ObjectNode) JSON.readTree(single.resolve("audit.json").toFile());
    ObjectNode actual = (ObjectNode) JSON.readTree(out.resolve("audit.json").toFile());
    actual.remove("computed_by");
    // The story figures (distinct stories, within-domain similarity of user turns) are not
    // additive and the job does not gather them: it reports them as unknown.
    assertEquals(0, actual.at("/diversity/examples").asInt());
    expected.remove("diversity");
    actual.remove("diversity");
    assertEquals(expected, actual);
    assertTrue(Files.readString(out.resolve("audit.html")).contains("near"));

    assertEquals(2, summary.lines() - summary.records(), "two bad lines");
    long dropped = summary.exactDuplicates() + summary.nearDuplicates();
    assertTrue(summary.exactDuplicates() > 10 && summary.nearDuplicates() > 10, summary::toString);
    List<String> kept = new ArrayList<>();
    JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
    for (JsonNode shard : manifest.get("shards")) {
      List<String> lines = Files.readAllLines(out.resolve(shard.get("name").asText()));
      assertTrue(lines.size() <= 50, "at most 50 records a shard");
      assertEquals(shard.get("records").asLong(), lines.size());
      kept.addAll(lines);
    }
    assertEquals(summary.records() - dropped, kept.size());
    assertEquals(kept.size(), manifest.get("records").asLong());
    assertEquals(kept.stream().distinct().count(), kept.size(), "no line kept twice");
    try (Stream<Path> data = Files.list(out.resolve("data"))) {
      assertTrue(data.allMatch(p -> p.getFileName().toString().matches(
          "train-\\d{5}-of-\\d{5}\\.jsonl")), "only final shard names, no temporary files");
    }
  }

  private static void appendRaw(Path file, byte[] bytes) throws IOException {
    Files.write(file, bytes, java.nio.file.StandardOpenOption.APPEND);
  }
}
