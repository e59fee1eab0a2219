package org.difficultadvice.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.difficultadvice.generate.Example;

/**
 * Drops an example that carries the injected constitution text: any run of {@code spanWords}
 * consecutive words of one of its spec's clauses (compared as normalised words), or a clause
 * id written out ({@code honesty.no-deception}). The injection is meant to shape the answer,
 * never to be quoted by it.
 */
final class InjectedClauseFilter implements RecordFilter {
  private final Map<String, String> clauseTexts;
  private final int spanWords;

  /**
   * @param clauseTexts clause id to clause text, for every clause a spec may name
   * @param spanWords how many consecutive clause words count as quoting it (8 is beyond chance)
   */
  public InjectedClauseFilter(Map<String, String> clauseTexts, int spanWords) {
    if (spanWords < 3) {
      throw new IllegalArgumentException("span must be at least 3 words, was " + spanWords);
    }
    this.clauseTexts = new TreeMap<>(clauseTexts);
    this.spanWords = spanWords;
  }

  @Override
  public Optional<Drop> check(Example example) {
    Map<String, String> spans = new HashMap<>(); // normalised span -> clause id
    for (String id : example.spec().clauses()) {
      for (Turn turn : Turn.ALL) {
        if (turn.of(example).contains(id)) {
          return Optional.of(Drop.of("filter", "leaked-instructions", example.specId(),
              turn.label() + " turn names clause id '" + id + "'"));
        }
      }
      String text = clauseTexts.get(id);
      if (text != null) {
        spansOf(words(text)).forEach(span -> spans.putIfAbsent(span, id));
      }
    }
    if (spans.isEmpty()) {
      return Optional.empty();
    }
    for (Turn turn : Turn.ALL) {
      for (String span : spansOf(words(turn.of(example)))) {
        String id = spans.get(span);
        if (id != null) {
          return Optional.of(Drop.of("filter", "leaked-instructions", example.specId(),
              turn.label() + " turn quotes clause " + id + ": '" + span + "'"));
        }
      }
    }
    return Optional.empty();
  }

  /** Lower-case words of letters and digits (apostrophes dropped, so "don't" is one word). */
  private static List<String> words(String text) {
    String folded = text.toLowerCase(java.util.Locale.ROOT).replaceAll("['\u2019]", "");
    return java.util.Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty()).toList();
  }

  private List<String> spansOf(List<String> words) {
    List<String> spans = new java.util.ArrayList<>();
    for (int i = 0; i + spanWords <= words.size(); i++) {
      spans.add(String.join(" ", words.subList(i, i + spanWords)));
    }
    return spans;
  }
}
