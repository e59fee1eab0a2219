package org.difficultadvice.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.difficultadvice.generate.Example;

/**
 * Drops an example that overlaps an evaluation set: any turn sharing a run of
 * {@code ngramWords} consecutive normalised words with an item, or a user turn whose shingle
 * Jaccard similarity to an item reaches the threshold (found through an LSH index over the
 * items, then verified exactly).
 */
public final class Decontaminator implements RecordFilter {
  private final List<EvalItem> items;
  private final int ngramWords;
  private final DedupParameters near;
  private final MinHasher minHasher;
  private final Map<Long, Integer> ngramOwner = new HashMap<>();
  private final LshIndex<Integer> index;
  private final List<Shingles> itemShingles;

  /**
   * @param near shingle size, LSH shape and the Jaccard threshold of the similarity check
   */
  public Decontaminator(List<EvalItem> items, int ngramWords, DedupParameters near) {
    this.items = List.copyOf(items);
    this.ngramWords = ngramWords;
    this.near = near;
    this.minHasher = new MinHasher(near.permutations(), near.seed());
    this.index = new LshIndex<>(near.bands(), near.rows());
    this.itemShingles = new java.util.ArrayList<>();
    for (int i = 0; i < this.items.size(); i++) {
      List<String> words = TextNormalizer.words(this.items.get(i).text());
      if (words.size() >= ngramWords) {
        for (long h : Shingles.ofWords(words, ngramWords).hashes()) {
          ngramOwner.putIfAbsent(h, i);
        }
      }
      Shingles shingles = Shingles.ofWords(words, near.shingleWords());
      itemShingles.add(shingles);
      index.add(i, minHasher.signature(shingles));
    }
  }

  @Override
  public Optional<Drop> check(Example example) {
    if (items.isEmpty()) {
      return Optional.empty();
    }
    for (Turn turn : Turn.ALL) {
      List<String> words = TextNormalizer.words(turn.of(example));
      if (words.size() < ngramWords) {
        continue;
      }
      for (long h : Shingles.ofWords(words, ngramWords).hashes()) {
        Integer owner = ngramOwner.get(h);
        if (owner != null) {
          return Optional.of(Drop.of("decontam", "eval-ngram", example.specId(),
              turn.label() + " turn shares " + ngramWords + " consecutive words with "
                  + items.get(owner).source()));
        }
      }
    }
    Shingles user = Shingles.of(example.userMessage(), near.shingleWords());
    for (int id : index.candidates(minHasher.signature(user))) {
      double similarity = itemShingles.get(id).jaccard(user);
      if (similarity >= near.threshold()) {
        return Optional.of(Drop.of("decontam", "eval-near-duplicate", example.specId(),
            String.format(java.util.Locale.ROOT, "user turn has Jaccard %.2f to %s",
                similarity, items.get(id).source())));
      }
    }
    return Optional.empty();
  }
}
