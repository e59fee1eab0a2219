package org.difficultadvice.quality;

import com.google.common.hash.HashCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Finds exact and near duplicates among keyed texts. Records are visited in key order; each is
 * checked against the records kept so far (exact hash first, then LSH candidates verified by
 * exact Jaccard of their shingle sets) and either matched to the most similar kept record or
 * kept itself. So the survivor of every cluster is its lowest key, every dropped record is
 * directly similar to its survivor (no chains), and the result depends only on the inputs.
 *
 * <p>Hashing and signatures are computed in parallel; the matching pass is sequential.
 */
public final class DuplicateFinder<K extends Comparable<? super K>> {
  private final DedupParameters parameters;
  private final MinHasher minHasher;

  public DuplicateFinder(DedupParameters parameters) {
    this.parameters = parameters;
    this.minHasher = new MinHasher(parameters.permutations(), parameters.seed());
  }

  /** Duplicates among {@code records}, one match per record to drop, in key order. */
  public List<DuplicateMatch<K>> find(List<KeyedText<K>> records) {
    return find(List.of(), records);
  }

  /**
   * Duplicates among {@code records} and of {@code prior} records (an earlier release, which
   * always survive and are never reported), one match per record to drop, in key order.
   */
  public List<DuplicateMatch<K>> find(List<KeyedText<K>> prior, List<KeyedText<K>> records) {
    List<KeyedText<K>> fresh = new ArrayList<>(records);
    fresh.sort(Comparator.comparing(KeyedText::key));
    for (int i = 1; i < fresh.size(); i++) {
      if (fresh.get(i).key().compareTo(fresh.get(i - 1).key()) == 0) {
        throw new IllegalArgumentException("duplicate key " + fresh.get(i).key());
      }
    }
    List<KeyedText<K>> all = new ArrayList<>(prior);
    all.addAll(fresh);
    List<Fingerprint> prints = fingerprints(all);

    Map<HashCode, K> exact = new HashMap<>();
    LshIndex<K> index = new LshIndex<>(parameters.bands(), parameters.rows());
    List<Shingles> kept = new ArrayList<>();
    for (int i = 0; i < prior.size(); i++) {
      keep(prior.get(i).key(), prints.get(i), exact, index, kept);
    }
    List<DuplicateMatch<K>> matches = new ArrayList<>();
    for (int i = 0; i < fresh.size(); i++) {
      K key = fresh.get(i).key();
      Fingerprint print = prints.get(prior.size() + i);
      K same = exact.get(print.exactHash());
      if (same != null) {
        matches.add(new DuplicateMatch<>(key, same, DuplicateKind.EXACT, 1.0));
        continue;
      }
      int best = -1;
      double bestSimilarity = -1;
      for (int id : index.candidates(print.signature())) {
        double similarity = kept.get(id).jaccard(print.shingles());
        // Candidates come in id order; among equals the lower key wins.
        if (similarity >= parameters.threshold()
            && (similarity > bestSimilarity
                || (similarity == bestSimilarity
                    && index.key(id).compareTo(index.key(best)) < 0))) {
          best = id;
          bestSimilarity = similarity;
        }
      }
      if (best >= 0) {
        matches.add(new DuplicateMatch<>(key, index.key(best), DuplicateKind.NEAR, bestSimilarity));
      } else {
        keep(key, print, exact, index, kept);
      }
    }
    return matches;
  }

  private void keep(
      K key, Fingerprint print, Map<HashCode, K> exact, LshIndex<K> index, List<Shingles> kept) {
    exact.putIfAbsent(print.exactHash(), key);
    index.add(key, print.signature());
    kept.add(print.shingles());
  }

  /**
   * What the matching pass needs of a record. The shingles keep their full 64-bit hashes: cut to
   * 32 bits, different short texts collided often enough on a large corpus to be verified as
   * identical.
   */
  private record Fingerprint(HashCode exactHash, Shingles shingles, MinHashSignature signature) {}

  /**
   * Hashes, shingles and signatures of every record, computed in parallel. The full
   * 64-bit shingle sets are not kept: with scaffolding on they are computed once to count
   * shingles per group and again here, which costs time only where it is asked for.
   */
  private List<Fingerprint> fingerprints(List<KeyedText<K>> all) {
    int k = parameters.shingleWords();
    Map<String, Set<Long>> scaffolding = scaffolding(all);
    return IntStream.range(0, all.size()).parallel()
        .mapToObj(i -> {
          List<String> words = TextNormalizer.words(all.get(i).text());
          Set<Long> scaffold = scaffolding.getOrDefault(all.get(i).group(), Set.of());
          Shingles shingles = Shingles.ofWords(words, k).minus(scaffold);
          return new Fingerprint(
              ContentHash.ofWords(words), shingles, minHasher.signature(shingles));
        })
        .toList();
  }

  /**
   * Per group, the shingles found in more than {@code scaffoldShare} of its texts: text that
   * every rendering of one template shares, which says nothing about whether two dilemmas are
   * the same.
   */
  private Map<String, Set<Long>> scaffolding(List<KeyedText<K>> all) {
    Map<String, Set<Long>> result = new HashMap<>();
    if (parameters.scaffoldShare() >= 1.0) {
      return result;
    }
    Map<String, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      if (!all.get(i).group().isEmpty()) {
        groups.computeIfAbsent(all.get(i).group(), g -> new ArrayList<>()).add(i);
      }
    }
    groups.forEach((group, members) -> {
      if (members.size() < parameters.scaffoldMinGroup()) {
        return;
      }
      Map<Long, Integer> documentFrequency = new HashMap<>();
      for (int i : members) {
        for (long h : Shingles.of(all.get(i).text(), parameters.shingleWords()).hashes()) {
          documentFrequency.merge(h, 1, Integer::sum);
        }
      }
      double limit = parameters.scaffoldShare() * members.size();
      Set<Long> scaffold = new HashSet<>();
      documentFrequency.forEach((h, n) -> {
        if (n > limit) {
          scaffold.add(h);
        }
      });
      if (!scaffold.isEmpty()) {
        result.put(group, scaffold);
      }
    });
    return result;
  }
}
