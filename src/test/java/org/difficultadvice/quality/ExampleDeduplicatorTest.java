package org.difficultadvice.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.difficultadvice.generate.Example;
import org.difficultadvice.load.QualitySettings;
import org.junit.jupiter.api.Test;

class ExampleDeduplicatorTest {
  private static final int EXAMPLES = 500;
  private static final int CANNED_TEXTS = 20;

  /**
   * Regression (issue 15, "canned answers pass dedup"): with a fifth of the answers near-copies
   * of 20 texts under different questions, 14 of 478 kept answers had another at word 5-gram
   * Jaccard 0.8 or more, because only the user turn and the whole example were compared.
   */
  @Test
  void noTwoKeptAnswersAreNearCopiesWhenAFifthOfThemAreCanned() {
    SplittableRandom random = new SplittableRandom(15);
    List<String> canned = new ArrayList<>();
    for (int i = 0; i < CANNED_TEXTS; i++) {
      canned.add(words(random, 120));
    }
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < EXAMPLES; i++) {
      String answer = i % 5 == 0
          ? nearCopy(canned.get((i / 5) % CANNED_TEXTS), random)
          : words(random, 120);
      examples.add(Examples.of(String.format(Locale.ROOT, "spec-%04d", i), words(random, 40),
          answer));
    }
    ExampleDeduplicator dedup =
        new ExampleDeduplicator(QualityPipeline.parameters(QualitySettings.defaults().dedup()));

    Selection selection = dedup.apply(examples, PriorRelease.none());

    List<Set<String>> kept =
        selection.kept().stream().map(e -> fiveGrams(e.assistantMessage())).toList();
    for (int i = 0; i < kept.size(); i++) {
      for (int j = i + 1; j < kept.size(); j++) {
        double jaccard = jaccard(kept.get(i), kept.get(j));
        assertTrue(jaccard < 0.8, "kept answers " + i + " and " + j + " at Jaccard " + jaccard);
      }
    }
    // Each canned text keeps one copy: 100 canned answers, 20 survivors.
    assertEquals(EXAMPLES - (EXAMPLES / 5 - CANNED_TEXTS), selection.kept().size());
    assertTrue(selection.drops().stream().map(Drop::reason)
        .allMatch(reason -> reason.endsWith("-duplicate-assistant")));
  }

  @Test
  void dropsAnAnswerThatCopiesOneOfAnEarlierRelease() {
    String answer = words(new SplittableRandom(3), 100);
    PriorRelease prior = new PriorRelease(
        List.of(), List.of(new KeyedText<>("old.jsonl:7", answer)), List.of());

    Selection selection = new ExampleDeduplicator(DedupParameters.defaults())
        .apply(List.of(Examples.of("a", "a question nobody asked before", answer)), prior);

    assertEquals(List.of(), selection.kept());
    assertEquals("exact-duplicate-assistant", selection.drops().get(0).reason());
    assertEquals("old.jsonl:7", selection.drops().get(0).duplicateOf().orElseThrow());
  }

  /** Random made-up words: distinct texts share almost no 5-gram. */
  private static String words(SplittableRandom random, int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : " ").append("w").append(random.nextInt(3000));
    }
    return out.toString();
  }

  /** The text with one word changed and a short sentence added: what a lazy model pastes. */
  private static String nearCopy(String text, SplittableRandom random) {
    List<String> words = new ArrayList<>(List.of(text.split(" ")));
    words.set(random.nextInt(words.size()), "changed" + random.nextInt(1000));
    return String.join(" ", words) + " Good luck.";
  }

  /** Word 5-grams, counted independently of the code under test. */
  private static Set<String> fiveGrams(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").trim()
        .split("\\s+");
    Set<String> grams = new HashSet<>();
    for (int i = 0; i + 5 <= words.length; i++) {
      grams.add(String.join(" ", List.of(words).subList(i, i + 5)));
    }
    return grams;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    return (double) common.size() / (a.size() + b.size() - common.size());
  }
}
