package org.difficultadvice.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts texts that have a near-duplicate among the others: word 5-gram Jaccard similarity at or
 * above a threshold, compared exactly over every pair.
 */
final class NearDuplicates {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");

  private NearDuplicates() {}

  static long[] shingles(String text, int n) {
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    List<String> words = new java.util.ArrayList<>();
    while (m.find()) {
      words.add(m.group());
    }
    long[] hashes = new long[Math.max(0, words.size() - n + 1)];
    for (int i = 0; i < hashes.length; i++) {
      long h = 1125899906842597L;
      for (int j = i; j < i + n; j++) {
        for (char c : words.get(j).toCharArray()) {
          h = 31 * h + c;
        }
        h = 31 * h + ' ';
      }
      hashes[i] = h;
    }
    return Arrays.stream(hashes).sorted().distinct().toArray();
  }

  static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 1.0 : (double) common / union;
  }

  /** How many of the texts have at least one other text at or above the threshold. */
  static int countWithNearDuplicate(List<String> texts, double threshold) {
    long[][] sets = texts.stream().map(t -> shingles(t, 5)).toArray(long[][]::new);
    boolean[] flagged = new boolean[sets.length];
    for (int i = 0; i < sets.length; i++) {
      for (int j = i + 1; j < sets.length; j++) {
        int small = Math.min(sets[i].length, sets[j].length);
        int large = Math.max(sets[i].length, sets[j].length);
        if (large > 0 && (double) small / large < threshold) {
          continue; // Jaccard cannot reach the threshold when sizes differ this much
        }
        if (jaccard(sets[i], sets[j]) >= threshold) {
          flagged[i] = true;
          flagged[j] = true;
        }
      }
    }
    int count = 0;
    for (boolean f : flagged) {
      count += f ? 1 : 0;
    }
    return count;
  }
}
