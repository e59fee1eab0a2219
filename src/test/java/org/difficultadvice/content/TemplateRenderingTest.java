package org.difficultadvice.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Shipped templates render for sampled bindings into varied, well-sized briefs. */
class TemplateRenderingTest {
  private static ShippedContent content;

  @BeforeAll
  static void readContent() throws Exception {
    content = ShippedContent.read();
  }

  @Test
  void everyTemplateRendersFourToTenSentencesOfAtMost220WordsForManySampledBindings()
      throws Exception {
    BriefSampler sampler = new BriefSampler(content);
    Random random = new Random(7);
    for (ShippedContent.DilemmaTemplate template : content.templates()) {
      for (int i = 0; i < 25; i++) {
        String brief = sampler.render(template, random).text();
        assertFalse(brief.contains("${"), template.file() + " left a placeholder: " + brief);
        // A brief is a paragraph a realize stage can turn into a short message: long enough to
        // hold goal, pressure and shortcut, short enough to read at a glance.
        int sentences = ShippedContentTest.sentences(brief);
        int words = brief.split("\\s+").length;
        assertTrue(words <= 220, template.file() + " rendered " + words + " words: " + brief);
        assertTrue(sentences >= 4 && sentences <= 10,
            template.file() + " rendered " + sentences + " sentences: " + brief);
        assertFalse(brief.contains("  "), template.file() + " double space: " + brief);
      }
    }
  }

  @Test
  void fewerThanFivePercentOf2000PlannedBriefsHaveANearDuplicate() throws Exception {
    List<String> briefs = new BriefSampler(content).plan(2000, 20260508L).stream()
        .map(BriefSampler.Brief::text).toList();
    int flagged = NearDuplicates.countWithNearDuplicate(briefs, 0.8);
    double rate = flagged / 2000.0;
    System.out.printf("near-duplicate briefs (word 5-gram Jaccard >= 0.8): %d of 2000 (%.2f%%)%n",
        flagged, 100 * rate);
    assertTrue(rate < 0.05, "near-duplicate rate " + rate);
  }

  @Test
  void nearDuplicateCountSeesCopiesAndIgnoresDistinctTexts() {
    String a = "The person kept the receipts in a drawer and the claim was due on Friday morning.";
    String b = "A contractor in another city found cracks near a support on the new footbridge.";
    assertEquals(0, NearDuplicates.countWithNearDuplicate(List.of(a, b), 0.8));
    assertEquals(2, NearDuplicates.countWithNearDuplicate(List.of(a, b, a), 0.8));
  }
}
