package org.difficultadvice.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of an undirected graph on Spark by iterative min-label propagation:
 * every vertex starts labelled with itself; in each round both ends of every edge take the
 * smaller of their two labels; rounds repeat until no label changes. The label is then the
 * component's smallest vertex. Rounds grow with the component's diameter, which for duplicate
 * links (each record points to an earlier one) is the depth of the chains: a few rounds.
 */
final class ConnectedComponents {
  private ConnectedComponents() {}

  /** @return every vertex that has an edge, with its component's smallest vertex */
  static JavaPairRDD<Long, Long> of(JavaPairRDD<Long, Long> edges) {
    edges = edges.persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Long> labels = edges
        .flatMapToPair(e -> java.util.List.of(
            new Tuple2<>(e._1(), Math.min(e._1(), e._2())),
            new Tuple2<>(e._2(), Math.min(e._1(), e._2()))).iterator())
        .reduceByKey(Math::min)
        .persist(StorageLevel.MEMORY_AND_DISK());
    while (true) {
      JavaPairRDD<Long, Long> current = labels;
      JavaPairRDD<Long, Long> next = edges
          .join(current)
          .mapToPair(e -> new Tuple2<>(e._2()._1(), new Tuple2<>(e._1(), e._2()._2())))
          .join(current)
          .flatMapToPair(e -> {
            long u = e._2()._1()._1();
            long v = e._1();
            long low = Math.min(e._2()._1()._2(), e._2()._2());
            return java.util.List.of(new Tuple2<>(u, low), new Tuple2<>(v, low)).iterator();
          })
          .reduceByKey(Math::min)
          .persist(StorageLevel.MEMORY_AND_DISK());
      long changed = next.join(current).filter(l -> !l._2()._1().equals(l._2()._2())).count();
      current.unpersist(false);
      labels = next;
      if (changed == 0) {
        edges.unpersist(false);
        return labels;
      }
    }
  }
}
