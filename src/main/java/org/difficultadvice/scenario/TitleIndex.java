package org.difficultadvice.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.difficultadvice.quality.StoryMask;
import org.difficultadvice.quality.TextNormalizer;

/**
 * The stricter check on titles: a title is short, so two that share most of their content words
 * (names masked, small words left out) name the same story even when the briefs differ.
 */
final class TitleIndex {
  private static final Set<String> SMALL_WORDS = Set.of("the", "and", "for", "with", "who",
      "that", "her", "his", "their", "its", "from", "into", "over", "about", "after", "before",
      "when", "while", "what", "whether", "not", "but", "has", "have", "had", "was", "are",
      "one", "own", StoryMask.MASK);

  private final double threshold;
  private final List<String> keys = new ArrayList<>();
  private final List<Set<String>> words = new ArrayList<>();
  private final Map<String, List<Integer>> byWord = new HashMap<>();

  TitleIndex(double threshold) {
    this.threshold = threshold;
  }

  /** The content words a title is compared on. */
  static Set<String> contentWords(String maskedTitle) {
    Set<String> content = new HashSet<>();
    for (String word : TextNormalizer.words(maskedTitle)) {
      if (word.length() >= 3 && !SMALL_WORDS.contains(word)) {
        content.add(word);
      }
    }
    return content;
  }

  /** The accepted title most like this one at or above the threshold, with its similarity. */
  Optional<Match> closest(Set<String> title) {
    if (title.isEmpty()) {
      return Optional.empty();
    }
    Set<Integer> candidates = new HashSet<>();
    title.forEach(word -> candidates.addAll(byWord.getOrDefault(word, List.of())));
    Match best = null;
    for (int id : candidates.stream().sorted().toList()) {
      Set<String> other = words.get(id);
      long shared = title.stream().filter(other::contains).count();
      double similarity = shared / (double) (title.size() + other.size() - shared);
      if (similarity >= threshold && (best == null || similarity > best.similarity())) {
        best = new Match(keys.get(id), similarity);
      }
    }
    return Optional.ofNullable(best);
  }

  void add(String key, Set<String> title) {
    int id = keys.size();
    keys.add(key);
    words.add(Set.copyOf(title));
    title.forEach(word -> byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(id));
  }

  record Match(String key, double similarity) {}
}
