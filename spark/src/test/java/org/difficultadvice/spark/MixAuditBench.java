package org.difficultadvice.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.difficultadvice.audit.AuditRequest;
import org.difficultadvice.audit.DatasetAudit;
import org.difficultadvice.audit.DatasetFiles;
import org.difficultadvice.audit.ProgressMeter;

/**
 * Figures for the README: on a planted mix, the single-machine {@code audit} and the Spark job
 * at {@code local[1]} and {@code local[2]} in one run; whether Spark writes the same duplicate
 * pairs as {@code audit}; precision and recall against the planted truth; records per second;
 * and the heap a million records needs (in local mode the executor is this JVM).
 *
 * <p>{@code mvn -o -q test-compile} then, from spark/: {@code java -Xmx6g <Spark's
 * --add-opens> -cp target/test-classes:target/classes:<classpath>
 * org.difficultadvice.spark.MixAuditBench [records] [dir] [local[1],local[2]]}.
 */
public final class MixAuditBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  private MixAuditBench() {}

  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("mix-bench");
    PlantedChats planted = PlantedChats.generate(size, 2026);
    Path mix = dir.resolve("mix");
    planted.write(mix, 4, true);
    System.out.printf(Locale.ROOT, "%,d records (4 gzip shards) in %s; %,d planted duplicates%n",
        size, mix, planted.expectedDuplicates());

    MixAuditSettings settings = new MixAuditSettings(List.of(mix.toString()), "", "o200k_base",
        "", "", "", new byte[0], 0.8, 256L << 20, 0, true);
    Path single = dir.resolve("audit");
    long start = System.nanoTime();
    new DatasetAudit(JSON, ExecutorChecks.checks(settings, ExecutorChecks.dedup(settings)), 2)
        .run(new AuditRequest(mix.toString(), DatasetFiles.resolve(mix), Optional.empty(), single,
            Optional.empty(), "", Optional.empty()), ProgressMeter.silent());
    double auditSeconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "audit (2 threads): %.1f s, %,.0f records/s%n",
        auditSeconds, size / auditSeconds);
    score("audit", single.resolve("duplicates.jsonl"), mix, planted);

    List<String> masters = args.length > 2 ? List.of(args[2].split(",")) : List.of("local[1]",
        "local[2]");
    for (String master : masters) {
      Path out = dir.resolve("spark-" + master.replaceAll("\\W", ""));
      System.gc();
      resetPeaks();
      start = System.nanoTime();
      try (JavaSparkContext spark = new JavaSparkContext(new SparkConf().setMaster(master)
          .setAppName("bench").set("spark.ui.enabled", "false"))) {
        new MixAudit(spark).run(new MixAuditSettings(settings.inputs(), out.toString(),
            settings.tokenizer(), "", "", "", new byte[0], 0.8, 256L << 20, 0, true));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long[] peaks = peaks();
      System.out.printf(Locale.ROOT,
          "spark %s: %.1f s, %,.0f records/s; heap peak %,d MB (%,d MB a million records),"
              + " after GC %,d MB (%,d MB a million records)%n",
          master, seconds, size / seconds, peaks[0] >> 20, (peaks[0] >> 20) * 1_000_000L / size,
          peaks[1] >> 20, (peaks[1] >> 20) * 1_000_000L / size);
      compare(single, out, planted);
    }
  }

  private static void compare(Path single, Path out, PlantedChats planted) throws Exception {
    List<String> expected = Files.readAllLines(single.resolve("duplicates.jsonl"));
    List<String> actual = Files.readAllLines(out.resolve("duplicates.jsonl"));
    Set<String> onlyAudit = new HashSet<>(expected);
    actual.forEach(onlyAudit::remove);
    Set<String> onlySpark = new HashSet<>(actual);
    expected.forEach(onlySpark::remove);
    System.out.printf(Locale.ROOT,
        "  duplicates.jsonl: audit %,d lines, spark %,d; identical files: %s; only in audit %,d,"
            + " only in spark %,d%n",
        expected.size(), actual.size(), expected.equals(actual), onlyAudit.size(),
        onlySpark.size());
    score("spark", out.resolve("duplicates.jsonl"), single.resolveSibling("mix"), planted);
  }

  /** Precision and recall of a duplicates.jsonl against the planted clusters. */
  private static void score(String who, Path duplicates, Path mix, PlantedChats planted)
      throws Exception {
    List<String> actual = Files.readAllLines(duplicates);
    List<String> names = new ArrayList<>();
    DatasetFiles.resolve(mix).forEach(f -> names.add(f.name()));
    int per = (planted.lines.size() + names.size() - 1) / names.size();
    long correct = 0;
    for (String line : actual) {
      JsonNode link = JSON.readTree(line);
      int a = names.indexOf(link.get("file").asText()) * per + link.get("line").asInt() - 1;
      int b = names.indexOf(link.get("duplicate_of_file").asText()) * per
          + link.get("duplicate_of").asInt() - 1;
      if (planted.clusterOfLine.get(a).equals(planted.clusterOfLine.get(b))) {
        correct++;
      }
    }
    System.out.printf(Locale.ROOT, "  %s against the planted truth: precision %.4f, recall %.4f%n",
        who, actual.isEmpty() ? 1.0 : (double) correct / actual.size(),
        (double) correct / planted.expectedDuplicates());
  }

  /** The most heap left live after any collection since {@link #resetPeaks}. */
  private static final java.util.concurrent.atomic.AtomicLong LIVE_PEAK =
      new java.util.concurrent.atomic.AtomicLong();

  static {
    for (java.lang.management.GarbageCollectorMXBean gc
        : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((javax.management.NotificationEmitter) gc).addNotificationListener((note, handback) -> {
        if (!note.getType().equals(
            com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
          return;
        }
        var info = com.sun.management.GarbageCollectionNotificationInfo.from(
            (javax.management.openmbean.CompositeData) note.getUserData());
        long live = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
            .filter(e -> !e.getKey().contains("Metaspace") && !e.getKey().contains("Code")
                && !e.getKey().contains("Compressed"))
            .mapToLong(e -> e.getValue().getUsed()).sum();
        LIVE_PEAK.accumulateAndGet(live, Math::max);
      }, null, null);
    }
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    LIVE_PEAK.set(0);
  }

  /** Heap used at its highest, and the most heap left live after a collection. */
  private static long[] peaks() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        used += pool.getPeakUsage().getUsed();
      }
    }
    return new long[] {used, LIVE_PEAK.get()};
  }
}
