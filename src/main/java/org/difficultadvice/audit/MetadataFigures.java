package org.difficultadvice.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures from records' {@code metadata} (our own exports carry it): records and tokens per
 * value of every text field, coverage by domain, temptation and constitution clause, and judge
 * score distributions per criterion.
 */
public final class MetadataFigures implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** The export's coverage fields, each with the spellings other tools use for it. */
  static final Map<String, List<String>> COVERAGE_FIELDS =
      Map.of(
          "domain", List.of("domain"),
          "temptation", List.of("temptation", "temptation_kind"),
          "clause", List.of("clauses", "clause", "constitution_clauses"));

  private static final List<String> JUDGE_FIELDS = List.of("judge_scores", "judgeScores", "judge");

  /** Bounds the number of fields tallied: a dataset with free-form metadata cannot blow up. */
  private static final int MAX_FIELDS = 64;

  private final Map<String, Tally> byField = new TreeMap<>();
  private final Map<String, Tally> coverage = new TreeMap<>();
  private final Map<String, ScoreDistribution> judgeScores = new TreeMap<>();
  private long recordsWithMetadata;

  void add(ObjectNode metadata, int turns, long tokens) {
    recordsWithMetadata++;
    Iterator<Map.Entry<String, JsonNode>> fields = metadata.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = field.getValue();
      if (value.isTextual()) {
        tally(byField, field.getKey(), value.asText(), turns, tokens);
      } else if (value.isArray()) {
        for (JsonNode element : value) {
          if (element.isTextual()) {
            tally(byField, field.getKey(), element.asText(), turns, tokens);
          }
        }
      }
    }
    for (Map.Entry<String, List<String>> coverageField : COVERAGE_FIELDS.entrySet()) {
      for (String spelling : coverageField.getValue()) {
        JsonNode value = metadata.get(spelling);
        if (value != null && value.isTextual()) {
          tally(coverage, coverageField.getKey(), value.asText(), turns, tokens);
        } else if (value != null && value.isArray()) {
          value.forEach(v -> tally(coverage, coverageField.getKey(), v.asText(), turns, tokens));
        }
      }
    }
    for (String spelling : JUDGE_FIELDS) {
      JsonNode scores = metadata.get(spelling);
      if (scores != null && scores.isObject()) {
        scores.fields().forEachRemaining(
            score -> {
              if (score.getValue().isNumber() && judgeScores.size() < MAX_FIELDS) {
                judgeScores
                    .computeIfAbsent(score.getKey(), k -> new ScoreDistribution())
                    .add(score.getValue().asDouble());
              }
            });
      }
    }
  }

  void merge(MetadataFigures other) {
    recordsWithMetadata += other.recordsWithMetadata;
    merge(byField, other.byField);
    merge(coverage, other.coverage);
    other.judgeScores.forEach((criterion, scores) -> {
      ScoreDistribution mine = judgeScores.get(criterion);
      if (mine == null && judgeScores.size() < MAX_FIELDS) {
        mine = new ScoreDistribution();
        judgeScores.put(criterion, mine);
      }
      if (mine != null) {
        mine.merge(scores);
      }
    });
  }

  private static void merge(Map<String, Tally> into, Map<String, Tally> from) {
    from.forEach((field, tally) -> {
      Tally mine = into.get(field);
      if (mine == null && into.size() < MAX_FIELDS) {
        mine = new Tally();
        into.put(field, mine);
      }
      if (mine != null) {
        mine.merge(tally);
      }
    });
  }

  private static void tally(
      Map<String, Tally> tallies, String field, String value, int turns, long tokens) {
    Tally tally = tallies.get(field);
    if (tally == null) {
      if (tallies.size() >= MAX_FIELDS) {
        return;
      }
      tally = new Tally();
      tallies.put(field, tally);
    }
    tally.add(value, turns, tokens);
  }

  public long recordsWithMetadata() {
    return recordsWithMetadata;
  }

  /** Every text (or list-of-text) metadata field: records and tokens per value. */
  public Map<String, Tally> byField() {
    return Collections.unmodifiableMap(byField);
  }

  /** {@code domain}, {@code temptation} and {@code clause}, whatever the dataset spells them. */
  public Map<String, Tally> coverage() {
    return Collections.unmodifiableMap(coverage);
  }

  public Map<String, ScoreDistribution> judgeScores() {
    return Collections.unmodifiableMap(judgeScores);
  }
}
