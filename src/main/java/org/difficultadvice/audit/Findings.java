package org.difficultadvice.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with the dataset, line by line: schema errors, quality flags and evaluation
 * overlap. Counts are exact; the lists keep the first {@link #KEPT} of each so a dataset that
 * is wrong everywhere still fits in memory (and in a report someone can read).
 */
public final class Findings implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Enough to see a pattern and fix it; the counts say how many more there are. */
  static final int KEPT = 500;

  private final List<SchemaError> schemaErrors = new ArrayList<>();
  private final List<SchemaError> fileProblems = new ArrayList<>();
  private final Map<SchemaProblem, Long> schemaErrorCounts = new EnumMap<>(SchemaProblem.class);
  private final Map<ContentFlag, Long> flagCounts = new EnumMap<>(ContentFlag.class);
  private final Map<ContentFlag, List<RecordRef>> flagged = new EnumMap<>(ContentFlag.class);
  private final List<Sample> contaminated = new ArrayList<>();
  private long badLines;
  private long contaminatedCount;

  void badLine(List<SchemaError> errors) {
    badLines++;
    for (SchemaError error : errors) {
      schemaErrorCounts.merge(error.problem(), 1L, Long::sum);
      if (schemaErrors.size() < KEPT) {
        schemaErrors.add(error);
      }
    }
  }

  /** A problem of a whole file (it ends early): reported like a line's, not counted as a line. */
  void fileProblem(SchemaError error) {
    schemaErrorCounts.merge(error.problem(), 1L, Long::sum);
    schemaErrors.add(0, error);
    fileProblems.add(error);
  }

  /** Problems of whole files, such as a truncated {@code .gz}: always reported in full. */
  public List<SchemaError> fileProblems() {
    return Collections.unmodifiableList(fileProblems);
  }

  void flagged(RecordRef record, ContentFlag flag) {
    flagCounts.merge(flag, 1L, Long::sum);
    List<RecordRef> kept = flagged.computeIfAbsent(flag, f -> new ArrayList<>());
    if (kept.size() < KEPT) {
      kept.add(record);
    }
  }

  void contaminated(RecordRef record, String overlap) {
    contaminatedCount++;
    if (contaminated.size() < KEPT) {
      contaminated.add(new Sample(record, overlap));
    }
  }

  /** Adds the findings of the lines after these (file problems stay first, as in one pass). */
  void merge(Findings later) {
    badLines += later.badLines;
    contaminatedCount += later.contaminatedCount;
    later.schemaErrorCounts.forEach((problem, n) -> schemaErrorCounts.merge(problem, n, Long::sum));
    later.flagCounts.forEach((flag, n) -> flagCounts.merge(flag, n, Long::sum));
    List<SchemaError> laterLineErrors = new ArrayList<>(later.schemaErrors);
    laterLineErrors.removeAll(later.fileProblems);
    schemaErrors.addAll(0, later.fileProblems);
    fileProblems.addAll(later.fileProblems);
    addUpTo(schemaErrors, laterLineErrors, KEPT + fileProblems.size());
    later.flagged.forEach((flag, refs) ->
        addUpTo(flagged.computeIfAbsent(flag, f -> new ArrayList<>()), refs, KEPT));
    addUpTo(contaminated, later.contaminated, KEPT);
  }

  private static <T> void addUpTo(List<T> into, List<T> from, int cap) {
    for (int i = 0; i < from.size() && into.size() < cap; i++) {
      into.add(from.get(i));
    }
  }

  public long badLines() {
    return badLines;
  }

  public List<SchemaError> schemaErrors() {
    return Collections.unmodifiableList(schemaErrors);
  }

  public Map<SchemaProblem, Long> schemaErrorCounts() {
    return Collections.unmodifiableMap(schemaErrorCounts);
  }

  public long flagCount(ContentFlag flag) {
    return flagCounts.getOrDefault(flag, 0L);
  }

  public List<RecordRef> flagged(ContentFlag flag) {
    return Collections.unmodifiableList(flagged.getOrDefault(flag, List.of()));
  }

  public long contaminatedCount() {
    return contaminatedCount;
  }

  public List<Sample> contaminated() {
    return Collections.unmodifiableList(contaminated);
  }
}
