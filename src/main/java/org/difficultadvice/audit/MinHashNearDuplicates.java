package org.difficultadvice.audit;

import java.util.Optional;
import org.difficultadvice.dedup.DedupParameters;
import org.difficultadvice.dedup.LshIndex;
import org.difficultadvice.dedup.MinHashSignature;
import org.difficultadvice.dedup.MinHasher;
import org.difficultadvice.dedup.Shingles;

/**
 * Near duplicates with the dedup stage's shingles, MinHash and LSH index, in one streaming pass.
 * Unlike the dedup stage (which holds every text and verifies candidates by exact Jaccard of
 * their shingle sets) the audit keeps only signatures, so candidates are verified by the
 * signatures' estimated Jaccard: memory is a signature per record instead of a text.
 */
public final class MinHashNearDuplicates implements NearDuplicateIndex {
  private final DedupParameters parameters;
  private final MinHasher hasher;
  private final LshIndex<Integer> index;

  public MinHashNearDuplicates(DedupParameters parameters) {
    this.parameters = parameters;
    this.hasher = new MinHasher(parameters.permutations(), parameters.seed());
    this.index = new LshIndex<>(parameters.bands(), parameters.rows());
  }

  /** A signature, or none for a text without words. */
  private record Signature(Optional<MinHashSignature> value) implements Sketch {}

  @Override
  public Sketch sketch(String text) {
    Shingles shingles = Shingles.of(text, parameters.shingleWords());
    return new Signature(
        shingles.isEmpty() ? Optional.empty() : Optional.of(hasher.signature(shingles)));
  }

  @Override
  public Optional<NearMatch> offer(int recordIndex, Sketch sketch) {
    if (!(sketch instanceof Signature own)) {
      throw new IllegalArgumentException("not a sketch of this index: " + sketch);
    }
    if (own.value().isEmpty()) {
      return Optional.empty();
    }
    MinHashSignature signature = own.value().get();
    int best = -1;
    double bestSimilarity = 0;
    for (int candidate : index.candidates(signature)) {
      double similarity = signature.estimatedJaccard(index.signature(candidate));
      // Strictly better only: ties go to the earliest record, so results are deterministic.
      if (similarity >= parameters.threshold() && similarity > bestSimilarity) {
        best = candidate;
        bestSimilarity = similarity;
      }
    }
    index.add(recordIndex, signature);
    return best < 0 ? Optional.empty() : Optional.of(new NearMatch(index.key(best), bestSimilarity));
  }

  @Override
  public double threshold() {
    return parameters.threshold();
  }
}
