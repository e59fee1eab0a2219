package org.difficultadvice.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.difficultadvice.load.ContentFixture;
import org.difficultadvice.load.ContentLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, "{@code plan --limit 50000000} holds everything in memory": the planner hands each
 * spec on as it is drawn and keeps only its id, so the plan streams to its file.
 */
class StreamedPlanTest {
  @TempDir Path dir;

  @Test
  void aStreamedPlanGivesTheSameSpecsAndCountsAsAKeptOne() throws Exception {
    ContentLibrary library = ContentFixture.copyInto(dir).load();
    Plan kept = new Planner(library).plan(500, 7);
    List<DilemmaSpec> streamed = new ArrayList<>();

    PlanSummary summary = new Planner(library).plan(500, 7, streamed::add);

    assertEquals(kept.specs(), streamed);
    assertEquals(kept.specs().size(), summary.size());
    assertEquals(500, summary.requested());
    assertEquals(kept.countsByDomain(), summary.countsByDomain());
    assertEquals(kept.countsByTemptation(), summary.countsByTemptation());
  }

  @Test
  void aStreamedPlanKeepsNoSpecOnceItIsHandedOn() throws Exception {
    ContentLibrary library = ContentFixture.copyInto(dir).load();
    List<WeakReference<DilemmaSpec>> early = new ArrayList<>();
    boolean[] collected = {false};

    new Planner(library).plan(3_000, 7, spec -> {
      if (early.size() < 100) {
        early.add(new WeakReference<>(spec));
      } else if (!collected[0]) {
        // Later specs keep coming; the first ones must be garbage by now.
        for (int attempt = 0; attempt < 5 && !collected[0]; attempt++) {
          System.gc();
          collected[0] = early.stream().allMatch(ref -> ref.get() == null);
        }
      }
    });

    assertTrue(collected[0], "the planner still holds specs it has handed on");
  }

  @Test
  void takenIdsAreKeptAsLongsAndStillTellRepeatsApart() {
    SpecIdSet taken = new SpecIdSet();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      ids.add(SpecId.of("t", java.util.Map.of("n", Integer.toString(i))));
    }
    ids.forEach(id -> assertTrue(taken.add(id)));
    ids.forEach(id -> assertFalse(taken.add(id)));

    assertEquals(5_000, taken.size());
    assertTrue(taken.contains(ids.get(1234)));
    assertFalse(taken.contains("0123456789abcdef"));
    assertTrue(taken.add("0000000000000000"));
    assertTrue(taken.add("not-a-hex-id"));
    assertFalse(taken.add("not-a-hex-id"));
    assertEquals(5_002, taken.size());
  }
}
