package org.difficultadvice.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.difficultadvice.quality.DedupParameters;
import org.difficultadvice.quality.DuplicateFinder;
import org.difficultadvice.quality.DuplicateMatch;

/**
 * Measures exact and near-duplicate detection on a planted corpus: precision, recall, speed and
 * heap. Run from the project root:
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.difficultadvice.bench.DedupBench [--records 100000] [--seed 20260508] [--threshold 0.8]
 * </pre>
 */
public final class DedupBench {
  private DedupBench() {}

  public static void main(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    PrintWriter out = new PrintWriter(System.out, true);
    run(Integer.parseInt(options.getOrDefault("--records", "100000")),
        Long.parseLong(options.getOrDefault("--seed", "20260508")),
        Double.parseDouble(options.getOrDefault("--threshold", "0.8")), out);
  }

  /**
   * Plants a corpus, finds its duplicates and prints the figures to {@code out}.
   *
   * @param records corpus size
   * @param seed corpus seed
   * @param threshold Jaccard threshold
   */
  static void run(int records, long seed, double threshold, PrintWriter out) {
    long start = System.nanoTime();
    PlantedCorpus corpus = PlantedCorpus.generate(records, seed);
    double generateSeconds = (System.nanoTime() - start) / 1e9;
    DedupParameters parameters = DedupParameters.forThreshold(5, 128, threshold);
    System.gc();
    long baseline = heapUsed();
    HeapSampler sampler = new HeapSampler();
    Thread sampling = new Thread(sampler, "heap-sampler");
    sampling.setDaemon(true);
    sampling.start();
    start = System.nanoTime();
    List<DuplicateMatch<String>> matches =
        new DuplicateFinder<String>(parameters).find(corpus.keyedTexts());
    double findSeconds = (System.nanoTime() - start) / 1e9;
    sampler.stop();
    PlantedCorpus.Score score = corpus.score(matches);
    out.printf(Locale.ROOT, "records            %d (planted duplicates %d)%n",
        records, score.expected());
    out.printf(Locale.ROOT, "parameters         5-word shingles, %d permutations, %d bands x %d"
        + " rows, Jaccard %.2f%n", parameters.permutations(), parameters.bands(),
        parameters.rows(), threshold);
    out.printf(Locale.ROOT, "cpus               %d%n", Runtime.getRuntime().availableProcessors());
    out.printf(Locale.ROOT, "corpus generated   %.1f s%n", generateSeconds);
    out.printf(Locale.ROOT, "dedup time         %.2f s%n", findSeconds);
    out.printf(Locale.ROOT, "records/s          %.0f%n", records / findSeconds);
    out.printf(Locale.ROOT, "dropped            %d (correct %d)%n", score.predicted(),
        score.correct());
    out.printf(Locale.ROOT, "precision          %.4f%n", score.precision());
    out.printf(Locale.ROOT, "recall             %.4f%n", score.recall());
    out.printf(Locale.ROOT, "heap before dedup  %d MiB (the corpus itself)%n", baseline >> 20);
    out.printf(Locale.ROOT, "peak heap (dedup)  %d MiB, sampled every 5 ms (max heap %d MiB)%n",
        sampler.peak() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    out.flush();
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Samples heap use until stopped; garbage not yet collected counts, as it does for -Xmx. */
  private static final class HeapSampler implements Runnable {
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running = true;

    @Override
    public void run() {
      while (running) {
        peak.accumulateAndGet(heapUsed(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }

    void stop() {
      running = false;
      peak.accumulateAndGet(heapUsed(), Math::max);
    }

    long peak() {
      return peak.get();
    }
  }
}
