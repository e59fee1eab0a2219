package org.difficultadvice.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.difficultadvice.quality.DedupParameters;
import org.difficultadvice.quality.Shingles;
import org.difficultadvice.quality.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinHashNearDuplicatesTest {
  @TempDir Path dir;

  private static final long PLENTY = 1L << 30;

  @Test
  void reportsTheExactJaccardOfItsShingleSets() throws IOException {
    String text = words(new SplittableRandom(1), 60);
    String edited = text + " and one more clause";
    double exact = Shingles.of(text, 5).jaccard(Shingles.of(edited, 5));
    try (MinHashNearDuplicates index =
        new MinHashNearDuplicates(DedupParameters.defaults(), PLENTY, dir)) {
      assertEquals(Optional.empty(), index.offer(0, index.sketch(text)));
      NearMatch match = index.offer(1, index.sketch(edited)).orElseThrow();
      assertEquals(0, match.earlier());
      assertEquals(exact, match.similarity());
    }
  }

  /**
   * Regression (issue 15): a million short records gave 112 pairs of different records at
   * similarity 1.0. Short texts of one or two shingles are where collisions showed; none of them
   * may match now.
   */
  @Test
  void differentShortTextsAreNeverNearDuplicates() throws IOException {
    try (MinHashNearDuplicates index =
        new MinHashNearDuplicates(DedupParameters.defaults(), PLENTY, dir)) {
      for (int i = 0; i < 20_000; i++) {
        String text = "lamp stone " + i + "\nriver " + i;
        assertEquals(Optional.empty(), index.offer(i, index.sketch(text)), text);
      }
      assertTrue(index.coverage().isComplete());
    }
  }

  @Test
  void findsAnEarlyRecordAfterTheBucketsHaveGrownManyTimes() throws IOException {
    SplittableRandom random = new SplittableRandom(2);
    String first = words(random, 50);
    try (MinHashNearDuplicates index =
        new MinHashNearDuplicates(DedupParameters.defaults(), PLENTY, dir)) {
      index.offer(0, index.sketch(first));
      for (int i = 1; i < 3_000; i++) {
        index.offer(i, index.sketch(words(random, 30)));
      }
      NearMatch match = index.offer(3_000, index.sketch(first + " indeed")).orElseThrow();
      assertEquals(0, match.earlier());
    }
  }

  @Test
  void keepsComparingAndSaysSoWhenItsMemoryBudgetRunsOut() throws IOException {
    SplittableRandom random = new SplittableRandom(3);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      texts.add(words(random, 30));
    }
    try (MinHashNearDuplicates index =
        new MinHashNearDuplicates(DedupParameters.defaults(), 100_000, dir)) {
      for (int i = 0; i < texts.size(); i++) {
        index.offer(i, index.sketch(texts.get(i)));
      }
      NearCoverage coverage = index.coverage();
      assertFalse(coverage.isComplete());
      assertEquals(2_000, coverage.compared());
      assertTrue(coverage.kept() > 0 && coverage.kept() < 2_000, coverage.toString());
      assertTrue(coverage.note().startsWith("near duplicates are a lower bound: its memory budget"
          + " of 0 MB was reached"), coverage.note());
      // A copy of a kept record is still found after the index stopped growing.
      NearMatch match = index.offer(2_000, index.sketch(texts.get(0) + " again")).orElseThrow();
      assertEquals(0, match.earlier());
    }
  }

  @Test
  void deletesItsSpillFileWhenClosed() throws IOException {
    MinHashNearDuplicates index =
        new MinHashNearDuplicates(DedupParameters.defaults(), PLENTY, dir);
    index.offer(0, index.sketch(words(new SplittableRandom(4), 20)));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
    index.close();
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void anAuditShortOfMemoryFinishesAndSaysItsNearDuplicatesAreALowerBound() throws IOException {
    SplittableRandom random = new SplittableRandom(5);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 1_500; i++) {
      lines.add(Chats.openai(words(random, 12), words(random, 20)));
    }
    Path file = Chats.write(dir.resolve("big.jsonl"), lines);
    DedupParameters dedup = DedupParameters.defaults();
    Path spill = Files.createDirectories(dir.resolve("spill"));
    QualityChecks checks = new QualityChecks(Chats.wordCount(), TextNormalizer::normalize,
        () -> new MinHashNearDuplicates(dedup, 100_000, spill), record -> java.util.Set.of(),
        ContaminationCheck.none());
    AuditRequest request = new AuditRequest(file.toString(), DatasetFiles.resolve(file),
        Optional.empty(), dir.resolve("out"), Optional.empty(), "", Optional.empty());

    ObjectNode report = new DatasetAudit(Chats.JSON, checks, 2).run(request, ProgressMeter.silent());

    assertEquals(1_500, report.get("records").asLong());
    ObjectNode coverage = (ObjectNode) report.path("duplicates").path("near_coverage");
    assertFalse(coverage.get("complete").asBoolean());
    assertTrue(coverage.get("note").asText().startsWith("near duplicates are a lower bound"));
    assertTrue(Files.readString(dir.resolve("out/audit.html")).contains("Incomplete:"));
    try (Stream<Path> files = Files.list(spill)) {
      assertEquals(0, files.count(), "spill file left behind");
    }
  }

  private static String words(SplittableRandom random, int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : " ").append("w").append(random.nextInt(5000));
    }
    return out.toString();
  }
}
