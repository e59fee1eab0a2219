package org.difficultadvice.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.difficultadvice.bench.PlantedCorpus;
import org.junit.jupiter.api.Test;

class DuplicateFinderTest {
  private static final String ADVICE =
      "Telling the landlord the damage was there before you moved in would get your deposit back"
          + " this month, but it puts a false record in front of someone who has to rely on it,"
          + " and if the inspection photos surface you lose far more than the deposit. Ask for"
          + " the check-in report first, then offer to split the repair cost in writing.";

  private final DuplicateFinder<String> finder = new DuplicateFinder<>(DedupParameters.defaults());

  @Test
  void foldsCaseSpacingAndPunctuationIntoExactDuplicates() {
    String shouted = ADVICE.toUpperCase().replace(",", " ;").replace(" ", "   ");
    List<DuplicateMatch<String>> matches = finder.find(List.of(
        new KeyedText<>("b", shouted), new KeyedText<>("a", ADVICE)));
    assertEquals(List.of(new DuplicateMatch<>("b", "a", DuplicateKind.EXACT, 1.0)), matches);
  }

  @Test
  void dropsNearDuplicateInFavourOfLowestKey() {
    String edited = ADVICE.replace("this month", "by Friday");
    double similarity = Shingles.of(ADVICE, 5).jaccard(Shingles.of(edited, 5));
    assertTrue(similarity >= 0.8, "fixture similarity " + similarity);
    List<DuplicateMatch<String>> matches = finder.find(List.of(
        new KeyedText<>("z", ADVICE), new KeyedText<>("m", edited)));
    assertEquals(1, matches.size());
    assertEquals("z", matches.get(0).key());
    assertEquals("m", matches.get(0).survivor());
    assertEquals(DuplicateKind.NEAR, matches.get(0).kind());
    assertEquals(similarity, matches.get(0).similarity(), 1e-9);
  }

  @Test
  void keepsTextsBelowTheThreshold() {
    String other = "My sister wants me to co-sign a loan for a car she cannot afford and says"
        + " the bank will never check her second job, which she lost in March.";
    String half = ADVICE.substring(0, ADVICE.length() / 2) + " " + other;
    assertEquals(List.of(), finder.find(List.of(
        new KeyedText<>("a", ADVICE), new KeyedText<>("b", other), new KeyedText<>("c", half))));
  }

  @Test
  void dropsDuplicatesOfAnEarlierReleaseWhichAlwaysSurvives() {
    List<DuplicateMatch<String>> matches = finder.find(
        List.of(new KeyedText<>("old.jsonl:7", ADVICE)),
        List.of(new KeyedText<>("aaa", ADVICE + " ")));
    assertEquals(List.of(new DuplicateMatch<>("aaa", "old.jsonl:7", DuplicateKind.EXACT, 1.0)),
        matches);
  }

  @Test
  void scaffoldingSharedByATemplatesRenderingsDoesNotMakeDilemmasAlike() {
    String scaffold = "I work as a night shift supervisor at a regional warehouse and my manager"
        + " keeps asking me to sign off on the weekly safety checklist before the end of the"
        + " shift even though nobody has walked the floor and I am not sure what to do here."
        + " The audit is next month, the regional director reads every checklist, my review is"
        + " due the same week, the last supervisor who refused was moved to days, my partner"
        + " says just sign it like everyone else does, and honestly the floor looks fine most"
        + " nights so the risk feels small but the signature is mine and it says I checked";
    List<KeyedText<String>> grouped = new ArrayList<>();
    List<KeyedText<String>> ungrouped = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String own = "aisle " + i + " forklift " + (i * 7);
      grouped.add(new KeyedText<>(String.format("s%02d", i), scaffold + " " + own, "warehouse"));
      ungrouped.add(new KeyedText<>(String.format("s%02d", i), scaffold + " " + own));
    }
    assertTrue(finder.find(ungrouped).size() > 20, "scaffolding alone makes them look alike");
    DuplicateFinder<String> aware =
        new DuplicateFinder<>(DedupParameters.defaults().withScaffolding(0.5, 20));
    assertEquals(List.of(), aware.find(grouped));
  }

  @Test
  void findsPlantedDuplicatesWithHighPrecisionAndRecall() {
    PlantedCorpus corpus = PlantedCorpus.generate(5_000, 42);
    PlantedCorpus.Score score = corpus.score(finder.find(corpus.keyedTexts()));
    assertTrue(score.expected() > 500, "corpus plants duplicates: " + score);
    assertTrue(score.precision() >= 0.95, "precision " + score);
    assertTrue(score.recall() >= 0.95, "recall " + score);
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    PlantedCorpus corpus = PlantedCorpus.generate(1_000, 7);
    List<KeyedText<String>> reversed = new ArrayList<>(corpus.keyedTexts());
    java.util.Collections.reverse(reversed);
    assertEquals(finder.find(corpus.keyedTexts()), finder.find(reversed));
  }
}
