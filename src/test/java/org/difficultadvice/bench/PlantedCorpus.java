package org.difficultadvice.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.difficultadvice.quality.DuplicateMatch;
import org.difficultadvice.quality.KeyedText;
import org.difficultadvice.quality.Shingles;

/**
 * A synthetic corpus with planted duplicates whose truth is known, for measuring duplicate
 * detection. Every record belongs to a cluster; a cluster is one original text, sometimes
 * with exact copies (case, spacing and punctuation changed) and sometimes with one near copy
 * edited until the Jaccard similarity of its 5-word shingles to the original lies in
 * {@code [0.85, 0.95]}. Some originals also get a "hard negative": an edited copy at 0.40 to
 * 0.65, a cluster of its own, which a detector must not merge. Keys are shuffled, so a copy
 * may sort before its original.
 */
public final class PlantedCorpus {
  /** Shingle size the planted similarities are measured with. */
  public static final int SHINGLE_WORDS = 5;

  private static final double EXACT_SHARE = 0.08;
  private static final double NEAR_SHARE = 0.12;
  private static final double HARD_NEGATIVE_SHARE = 0.04;

  private final List<Record> records;

  /**
   * @param cluster records of one cluster are duplicates of each other; all others are not
   */
  public record Record(String key, String text, int cluster) {
    public Record {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(text, "text");
    }
  }

  /** Precision and recall of a detector's matches against the planted truth. */
  public record Score(int predicted, int correct, int expected) {
    public double precision() {
      return predicted == 0 ? 1.0 : (double) correct / predicted;
    }

    public double recall() {
      return expected == 0 ? 1.0 : (double) correct / expected;
    }
  }

  private PlantedCorpus(List<Record> records) {
    this.records = List.copyOf(records);
  }

  public List<Record> records() {
    return records;
  }

  public List<KeyedText<String>> keyedTexts() {
    return records.stream().map(r -> new KeyedText<>(r.key(), r.text())).toList();
  }

  /** Records that a perfect detector drops: each cluster's size minus one. */
  public int expectedDuplicates() {
    Map<Integer, Integer> sizes = new HashMap<>();
    records.forEach(r -> sizes.merge(r.cluster(), 1, Integer::sum));
    return sizes.values().stream().mapToInt(n -> n - 1).sum();
  }

  /** A match is correct when the dropped record and its survivor share a cluster. */
  public Score score(List<DuplicateMatch<String>> matches) {
    Map<String, Integer> clusterOf = new HashMap<>();
    records.forEach(r -> clusterOf.put(r.key(), r.cluster()));
    int correct = 0;
    for (DuplicateMatch<String> match : matches) {
      if (clusterOf.get(match.key()).equals(clusterOf.get(match.survivor()))) {
        correct++;
      }
    }
    return new Score(matches.size(), correct, expectedDuplicates());
  }

  public static PlantedCorpus generate(int size, long seed) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be positive, was " + size);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<String> vocabulary = vocabulary(random.split(), 20_000);
    List<String> texts = new ArrayList<>(size);
    List<Integer> clusters = new ArrayList<>(size);
    int cluster = 0;
    while (texts.size() < size) {
      List<String> original = randomWords(random, vocabulary, 60 + random.nextInt(190));
      int id = cluster++;
      texts.add(render(original, random));
      clusters.add(id);
      double roll = random.nextDouble();
      if (roll < EXACT_SHARE && texts.size() < size) {
        texts.add(render(original, random));
        clusters.add(id);
      } else if (roll < EXACT_SHARE + NEAR_SHARE && texts.size() < size) {
        double target = 0.85 + 0.10 * random.nextDouble();
        texts.add(render(editedTo(original, 0.85, target, random, vocabulary), random));
        clusters.add(id);
      } else if (roll < EXACT_SHARE + NEAR_SHARE + HARD_NEGATIVE_SHARE && texts.size() < size) {
        double target = 0.40 + 0.25 * random.nextDouble();
        texts.add(render(editedTo(original, 0.40, target, random, vocabulary), random));
        clusters.add(cluster++);
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new java.util.Random(random.nextLong()));
    List<Record> records = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      int source = order.get(i);
      records.add(new Record(String.format(Locale.ROOT, "r%07d", i), texts.get(source),
          clusters.get(source)));
    }
    return new PlantedCorpus(records);
  }

  /**
   * Applies random word edits (substitute, insert, delete) while the shingle Jaccard to the
   * original stays above {@code target}, refusing any edit that would go below {@code floor}
   * (a bounded number of tries: a copy that cannot get closer to its target stays a little above
   * it, still inside the planted band).
   */
  private static List<String> editedTo(
      List<String> original, double floor, double target, SplittableRandom random,
      List<String> vocabulary) {
    Shingles base = Shingles.ofWords(original, SHINGLE_WORDS);
    List<String> current = new ArrayList<>(original);
    double similarity = 1.0;
    for (int attempt = 0; attempt < 300 && similarity > target; attempt++) {
      List<String> candidate = new ArrayList<>(current);
      int op = random.nextInt(4);
      int at = random.nextInt(candidate.size());
      String word = vocabulary.get(random.nextInt(vocabulary.size()));
      switch (op) {
        case 0 -> candidate.set(at, word);
        case 1 -> candidate.add(at, word);
        case 2 -> {
          if (candidate.size() > SHINGLE_WORDS + 1) {
            candidate.remove(at);
          }
        }
        default -> candidate.add(random.nextBoolean() ? 0 : candidate.size(), word);
      }
      double next = Shingles.ofWords(candidate, SHINGLE_WORDS).jaccard(base);
      if (next >= floor) {
        current = candidate;
        similarity = next;
      }
    }
    return current;
  }

  private static List<String> randomWords(
      SplittableRandom random, List<String> vocabulary, int count) {
    List<String> words = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      double u = random.nextDouble();
      words.add(vocabulary.get((int) (vocabulary.size() * u * u))); // skewed: some words common
    }
    return words;
  }

  /** Words as prose: sentences of 6-17 words, a capital after each full stop, a random case. */
  private static String render(List<String> words, SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    boolean shout = random.nextInt(10) == 0;
    int untilStop = 6 + random.nextInt(12);
    boolean capital = true;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (shout) {
        word = word.toUpperCase(Locale.ROOT);
      } else if (capital) {
        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
      }
      out.append(word);
      capital = false;
      if (--untilStop == 0 || i == words.size() - 1) {
        out.append(random.nextInt(5) == 0 ? "!" : ".");
        untilStop = 6 + random.nextInt(12);
        capital = true;
      } else if (random.nextInt(15) == 0) {
        out.append(',');
      }
      if (i < words.size() - 1) {
        out.append(random.nextInt(20) == 0 ? "  " : " ");
      }
    }
    return out.toString();
  }

  private static List<String> vocabulary(SplittableRandom random, int size) {
    String[] onsets = {"b", "br", "c", "ch", "d", "f", "g", "gr", "h", "j", "k", "l", "m", "n",
        "p", "pl", "r", "s", "sh", "st", "t", "th", "tr", "v", "w", "z"};
    String[] vowels = {"a", "e", "i", "o", "u", "ai", "ea", "oo", "ou"};
    String[] codas = {"", "n", "r", "s", "t", "nd", "ck", "ll", "m", "x"};
    java.util.Set<String> words = new java.util.LinkedHashSet<>();
    while (words.size() < size) {
      StringBuilder word = new StringBuilder();
      int syllables = 1 + random.nextInt(3);
      for (int s = 0; s < syllables; s++) {
        word.append(onsets[random.nextInt(onsets.length)])
            .append(vowels[random.nextInt(vowels.length)]);
      }
      word.append(codas[random.nextInt(codas.length)]);
      words.add(word.toString());
    }
    return new ArrayList<>(words);
  }
}
