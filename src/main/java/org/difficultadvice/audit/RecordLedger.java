package org.difficultadvice.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A few numbers per well-formed record and never its text: where it is, its normalised content
 * hash, its tokens and the first record of its duplicate cluster. About 24 bytes a record.
 */
final class RecordLedger {
  private static final int NOT_A_DUPLICATE = -1;

  private final List<String> fileNames = new ArrayList<>();
  private final IntColumn fileIndex = new IntColumn();
  private final LongColumn line = new LongColumn();
  private final LongColumn contentHash = new LongColumn();
  private final IntColumn tokens = new IntColumn();
  private final IntColumn clusterRoot = new IntColumn();
  private final Map<Integer, Integer> clusterSizes = new HashMap<>();

  int fileIndexOf(String fileName) {
    int index = fileNames.indexOf(fileName);
    if (index < 0) {
      fileNames.add(fileName);
      index = fileNames.size() - 1;
    }
    return index;
  }

  /** Adds a record and returns its index. */
  int add(int file, long lineNumber, long hash, int recordTokens) {
    fileIndex.add(file);
    line.add(lineNumber);
    contentHash.add(hash);
    tokens.add(recordTokens);
    clusterRoot.add(NOT_A_DUPLICATE);
    return size() - 1;
  }

  /** Marks {@code index} as a duplicate of {@code earlier}, joining its cluster. */
  void markDuplicate(int index, int earlier) {
    int root = clusterRoot.get(earlier) == NOT_A_DUPLICATE ? earlier : clusterRoot.get(earlier);
    clusterRoot.set(index, root);
    clusterSizes.merge(root, 2, (size, two) -> size + 1);
  }

  int size() {
    return fileIndex.size();
  }

  RecordRef ref(int index) {
    return new RecordRef(fileNames.get(fileIndex.get(index)), line.get(index));
  }

  long hash(int index) {
    return contentHash.get(index);
  }

  int tokens(int index) {
    return tokens.get(index);
  }

  /** The largest clusters, biggest first (ties: earliest first), each with its first members. */
  List<DuplicateCluster> largestClusters(int clusters, int membersEach) {
    List<Map.Entry<Integer, Integer>> bySize = new ArrayList<>(clusterSizes.entrySet());
    bySize.sort(
        Comparator.comparing(Map.Entry<Integer, Integer>::getValue)
            .reversed()
            .thenComparing(Map.Entry::getKey));
    List<Map.Entry<Integer, Integer>> top = bySize.subList(0, Math.min(clusters, bySize.size()));
    Map<Integer, List<RecordRef>> members = new HashMap<>();
    for (Map.Entry<Integer, Integer> entry : top) {
      members.put(entry.getKey(), new ArrayList<>(List.of(ref(entry.getKey()))));
    }
    for (int i = 0; i < size(); i++) {
      List<RecordRef> list = members.get(clusterRoot.get(i));
      if (list != null && list.size() < membersEach) {
        list.add(ref(i));
      }
    }
    List<DuplicateCluster> out = new ArrayList<>();
    for (Map.Entry<Integer, Integer> entry : top) {
      out.add(new DuplicateCluster(ref(entry.getKey()), entry.getValue(), members.get(entry.getKey())));
    }
    return out;
  }

  int clusterCount() {
    return clusterSizes.size();
  }
}
