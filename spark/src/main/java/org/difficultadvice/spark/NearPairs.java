package org.difficultadvice.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.difficultadvice.quality.Shingles;
import scala.Tuple2;

/**
 * Near duplicates by LSH on Spark: records sharing a band key are candidates (records grouped
 * by key, every pair of a bucket), every candidate pair is verified by the exact Jaccard
 * similarity of the two shingle sets, and each record keeps its most similar earlier record at
 * or above the threshold (ties: the earliest), which is the match {@code audit} reports. As in
 * {@code audit}, a key is the band's 64-bit hash alone: the same key from two different bands
 * also makes a candidate, which verification settles.
 *
 * <p>A bucket of n records makes n(n-1)/2 candidate pairs: fine for the buckets of real
 * duplicates (a handful each); a mix where thousands of records share a band (boilerplate)
 * pays for it quadratically, as {@code audit} does.
 */
final class NearPairs {
  private NearPairs() {}

  /** A verified match: the record, the earlier one it duplicates, their Jaccard similarity. */
  record Match(long record, long earlier, double similarity) implements java.io.Serializable {}

  /**
   * @param sketches the records compared: not exact duplicates, and with words
   * @return per record (by order), its best earlier match
   */
  static JavaPairRDD<Long, Match> find(JavaRDD<SketchedRecord> sketches, double threshold) {
    JavaPairRDD<Long, long[]> shingles =
        sketches.mapToPair(r -> new Tuple2<>(r.order(), r.shingles()));
    JavaPairRDD<Long, Long> candidates = sketches
        .flatMapToPair(r -> Arrays.stream(r.bandKeys()).distinct()
            .mapToObj(key -> new Tuple2<>(key, r.order())).iterator())
        .groupByKey()
        .flatMapToPair(bucket -> {
          List<Long> members = new ArrayList<>();
          bucket._2().forEach(members::add);
          members.sort(null);
          List<Tuple2<Long, Long>> pairs = new ArrayList<>();
          for (int j = 1; j < members.size(); j++) {
            for (int i = 0; i < j; i++) {
              pairs.add(new Tuple2<>(members.get(j), members.get(i)));
            }
          }
          return pairs.iterator();
        })
        .distinct();
    return candidates
        .join(shingles)
        .mapToPair(p -> new Tuple2<>(p._2()._1(), new Tuple2<>(p._1(), p._2()._2())))
        .join(shingles)
        .map(p -> new Match(p._2()._1()._1(), p._1(),
            Shingles.jaccard(p._2()._1()._2(), p._2()._2())))
        .filter(m -> m.similarity() >= threshold)
        .mapToPair(m -> new Tuple2<>(m.record(), m))
        .reduceByKey(NearPairs::better);
  }

  /** The more similar match; of equal ones the earlier record, as {@code audit} picks. */
  static Match better(Match a, Match b) {
    if (a.similarity() != b.similarity()) {
      return a.similarity() > b.similarity() ? a : b;
    }
    return a.earlier() <= b.earlier() ? a : b;
  }
}
