package org.difficultadvice.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.difficultadvice.generate.Example;
import org.junit.jupiter.api.Test;

class StockPhraseCapTest {
  @Test
  void dropsExamplesOverTheCapHighestSpecIdFirstAndReportsRates() {
    List<Example> corpus = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String answer = (i < 4 ? "It\u2019s important to note the rules. " : "")
          + Examples.GOOD_ANSWER;
      corpus.add(Examples.of("s" + i, Examples.GOOD_USER, answer));
    }
    StockPhraseCap cap = new StockPhraseCap(List.of(
        new StockPhrase("It's important to note", 0.2), new StockPhrase("delve", 0.0)));
    StockPhraseCap.Outcome outcome = cap.apply(corpus);
    assertEquals(List.of("s3", "s2"),
        outcome.selection().drops().stream().map(Drop::specId).toList());
    assertEquals(8, outcome.selection().kept().size());
    PhraseRate rate = outcome.rates().get(0);
    assertEquals(4, rate.before());
    assertEquals(2, rate.after());
    assertEquals(0.4, rate.shareBefore(), 1e-9);
    assertEquals(0.25, rate.shareAfter(), 1e-9);
  }

  @Test
  void dropsExamplesUsingMorePhrasesFirst() {
    List<Example> corpus = new ArrayList<>();
    corpus.add(Examples.of("a", Examples.GOOD_USER, "Ultimately, I understand that. x"));
    corpus.add(Examples.of("b", Examples.GOOD_USER, "Ultimately, fine."));
    for (int i = 0; i < 8; i++) {
      corpus.add(Examples.good("z" + i));
    }
    StockPhraseCap cap = new StockPhraseCap(List.of(
        new StockPhrase("Ultimately,", 0.1), new StockPhrase("I understand that", 1.0)));
    assertEquals(List.of("a"),
        cap.apply(corpus).selection().drops().stream().map(Drop::specId).toList());
  }

  @Test
  void matchesWholeWordsOnly() {
    StockPhrase delve = new StockPhrase("delve", 0.1);
    assertEquals(false, delve.pattern().matcher("delved").find());
    assertEquals(true, delve.pattern().matcher("Let's DELVE in").find());
  }
}
