package org.difficultadvice.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.difficultadvice.generate.Example;

/**
 * Style collapse: caps how many examples of the corpus may use each stock phrase. For a phrase
 * over its cap ({@code floor(maxShare * corpus size)} examples), the examples using the most
 * distinct stock phrases go first, ties broken by the highest spec id, until the phrase is
 * within its cap; phrases are taken in file order. The outcome depends only on the corpus.
 */
final class StockPhraseCap {
  private final List<StockPhrase> phrases;
  private final List<Pattern> patterns;

  public StockPhraseCap(List<StockPhrase> phrases) {
    this.phrases = List.copyOf(phrases);
    this.patterns = this.phrases.stream().map(StockPhrase::pattern).toList();
  }

  /** The capped corpus (input order), a drop per removed example and each phrase's rate. */
  public Outcome apply(List<Example> corpus) {
    int total = corpus.size();
    List<Set<Integer>> used = new ArrayList<>(); // per example: indexes of phrases it uses
    for (Example example : corpus) {
      Set<Integer> found = new HashSet<>();
      String answer = example.assistantMessage();
      for (int p = 0; p < patterns.size(); p++) {
        if (patterns.get(p).matcher(answer).find()) {
          found.add(p);
        }
      }
      used.add(found);
    }
    int[] before = countUses(used, new boolean[total]);
    boolean[] removed = new boolean[total];
    List<Drop> drops = new ArrayList<>();
    for (int p = 0; p < phrases.size(); p++) {
      int phrase = p;
      int cap = (int) Math.floor(phrases.get(p).maxShare() * total);
      List<Integer> users = new ArrayList<>();
      for (int i = 0; i < total; i++) {
        if (!removed[i] && used.get(i).contains(phrase)) {
          users.add(i);
        }
      }
      users.sort(Comparator.<Integer>comparingInt(i -> used.get(i).size()).reversed()
          .thenComparing((Integer i) -> corpus.get(i).specId(), Comparator.reverseOrder()));
      for (int n = 0; n < users.size() - cap; n++) {
        int i = users.get(n);
        removed[i] = true;
        drops.add(Drop.of("style", "stock-phrase-cap", corpus.get(i).specId(),
            "uses '" + phrases.get(phrase).phrase() + "', over its cap of " + cap
                + " examples (max_share " + phrases.get(phrase).maxShare() + ")"));
      }
    }
    int[] after = countUses(used, removed);
    List<Example> kept = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      if (!removed[i]) {
        kept.add(corpus.get(i));
      }
    }
    List<PhraseRate> rates = new ArrayList<>();
    for (int p = 0; p < phrases.size(); p++) {
      rates.add(new PhraseRate(phrases.get(p).phrase(), phrases.get(p).maxShare(), before[p],
          after[p], total, kept.size()));
    }
    return new Outcome(new Selection(kept, drops), rates);
  }

  private int[] countUses(List<Set<Integer>> used, boolean[] removed) {
    int[] counts = new int[phrases.size()];
    for (int i = 0; i < used.size(); i++) {
      if (!removed[i]) {
        used.get(i).forEach(p -> counts[p]++);
      }
    }
    return counts;
  }

  /** The capped corpus and the rate of every phrase. */
  public record Outcome(Selection selection, List<PhraseRate> rates) {
    public Outcome {
      rates = List.copyOf(rates);
    }
  }
}
