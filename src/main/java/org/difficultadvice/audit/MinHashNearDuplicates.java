package org.difficultadvice.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.difficultadvice.quality.DedupParameters;
import org.difficultadvice.quality.MinHasher;
import org.difficultadvice.quality.Shingles;

/**
 * Near duplicates with the dedup stage's shingles, MinHash and LSH banding, in one streaming
 * pass, in bounded memory. In memory: the LSH buckets ({@link BandPostings}, 4 bytes a band) and
 * an offset per record. On disk ({@link ShingleSpill}): each record's band keys and 64-bit
 * shingle hashes. Candidates from the buckets are verified by the exact Jaccard similarity of
 * their shingle sets, read back from the spill file, so the similarity reported is exact and a
 * pair of different records never shows 1.0.
 *
 * <p>When the buckets would outgrow the memory budget (or 2^24 records), the index stops
 * keeping records: later ones are still compared with those kept, and {@link #coverage} says
 * so. About 200 bytes of heap a record with the default 32 bands.
 */
public final class MinHashNearDuplicates implements NearDuplicateIndex {
  /**
   * Share of the heap the index may use by default. The rest holds the per-record ledger (about
   * 60 bytes a record), the lines in flight and the JVM's own needs.
   */
  static final double HEAP_SHARE = 0.4;

  private final DedupParameters parameters;
  private final MinHasher hasher;
  private final long budgetBytes;
  private final Path spillDir;
  private final IntColumn recordIndex = new IntColumn();
  private BandPostings postings;
  private ShingleSpill spill;
  private long compared;
  private String limit = "";

  /** An index with {@link #HEAP_SHARE} of the maximum heap, spilling to the temporary folder. */
  public MinHashNearDuplicates(DedupParameters parameters) {
    this(parameters, (long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE),
        Path.of(System.getProperty("java.io.tmpdir")));
  }

  /**
   * @param budgetBytes the most heap the buckets and offsets may take
   * @param spillDir where the spill file is written (and deleted on {@link #close})
   */
  public MinHashNearDuplicates(DedupParameters parameters, long budgetBytes, Path spillDir) {
    this.parameters = parameters;
    this.hasher = new MinHasher(parameters.permutations(), parameters.seed());
    this.budgetBytes = budgetBytes;
    this.spillDir = spillDir;
    this.postings = new BandPostings(1 << 12);
  }

  @Override
  public Sketch sketch(String text) {
    return ShingleSketch.of(text, parameters, hasher);
  }

  @Override
  public Optional<NearMatch> offer(int index, Sketch sketch) throws IOException {
    if (!(sketch instanceof ShingleSketch own)) {
      throw new IllegalArgumentException("not a sketch of this index: " + sketch);
    }
    if (own.shingles().length == 0) {
      return Optional.empty();
    }
    compared++;
    int best = -1;
    double bestSimilarity = 0;
    for (int candidate : candidates(own.bandKeys())) {
      double similarity = Shingles.jaccard(own.shingles(), spill.shingles(candidate));
      // Strictly better only: ties go to the earliest record, so results are deterministic.
      if (similarity >= parameters.threshold() && similarity > bestSimilarity) {
        best = candidate;
        bestSimilarity = similarity;
      }
    }
    keep(index, own);
    return best < 0
        ? Optional.empty()
        : Optional.of(new NearMatch(recordIndex.get(best), bestSimilarity));
  }

  /** Ids sharing a band bucket with the keys, ascending and distinct. */
  private int[] candidates(long[] bandKeys) {
    if (spill == null) {
      return new int[0];
    }
    int[][] found = {new int[8]};
    int[] count = {0};
    for (long key : bandKeys) {
      postings.forEach(key, id -> {
        if (count[0] == found[0].length) {
          found[0] = Arrays.copyOf(found[0], count[0] * 2);
        }
        found[0][count[0]++] = id;
      });
    }
    int[] ids = Arrays.copyOf(found[0], count[0]);
    Arrays.sort(ids);
    int n = 0;
    for (int i = 0; i < ids.length; i++) {
      if (i == 0 || ids[i] != ids[i - 1]) {
        ids[n++] = ids[i];
      }
    }
    return Arrays.copyOf(ids, n);
  }

  private void keep(int index, ShingleSketch own) throws IOException {
    if (!limit.isEmpty()) {
      return;
    }
    int bands = own.bandKeys().length;
    int kept = recordIndex.size();
    if (kept >= BandPostings.MAX_IDS) {
      limit = String.format(Locale.ROOT, "the index holds at most %,d records", BandPostings.MAX_IDS);
      return;
    }
    long offsets = 24L * (kept + 1); // this ledger's record index and the spill's offset, doubled
    if (postings.bytesToAdd(bands) + offsets > budgetBytes) {
      limit = String.format(Locale.ROOT,
          "its memory budget of %,d MB was reached (by default %.0f%% of the heap, which is %,d"
              + " MB: give java a larger -Xmx)",
          budgetBytes >> 20, HEAP_SHARE * 100, Runtime.getRuntime().maxMemory() >> 20);
      return;
    }
    if (spill == null) {
      spill = new ShingleSpill(spillDir, bands);
    }
    if (postings.full(bands)) {
      postings.grow(spill::forEachBandKeys);
    }
    int id = spill.append(own.bandKeys(), own.shingles());
    recordIndex.add(index);
    for (long key : own.bandKeys()) {
      postings.add(key, id);
    }
  }

  @Override
  public double threshold() {
    return parameters.threshold();
  }

  @Override
  public NearCoverage coverage() {
    return new NearCoverage(compared, recordIndex.size(), limit.isEmpty() ? "" : limit);
  }

  @Override
  public void close() throws IOException {
    if (spill != null) {
      spill.close();
    }
  }
}
