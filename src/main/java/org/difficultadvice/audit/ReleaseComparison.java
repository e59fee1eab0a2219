package org.difficultadvice.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What changed between two releases of a dataset, matching records by their normalised-content
 * hash: records and tokens added, removed and shared, and the shift in lengths and coverage.
 */
public final class ReleaseComparison {
  /** Examples listed per kind of change; the counts cover all of them. */
  static final int EXAMPLES = 20;

  private final ObjectMapper json;

  public ReleaseComparison(ObjectMapper json) {
    this.json = json;
  }

  public ObjectNode compare(AuditResult newer, AuditResult older, String olderName) {
    RecordLedger oldLedger = older.ledger();
    RecordLedger newLedger = newer.ledger();
    FirstIndexByHash oldByHash = index(oldLedger);
    FirstIndexByHash newByHash = index(newLedger);
    AuditJson figures = new AuditJson(json);

    ObjectNode node = json.createObjectNode();
    node.put("old", olderName);
    node.putObject("old_totals")
        .put("records", older.figures().records())
        .put("tokens", older.figures().tokens());
    ObjectNode added = counts(node.putObject("added"));
    ObjectNode shared = counts(node.putObject("shared"));
    ObjectNode removed = counts(node.putObject("removed"));
    for (int i = 0; i < newLedger.size(); i++) {
      int inOld = oldByHash.get(newLedger.hash(i));
      ObjectNode bucket = inOld < 0 ? added : shared;
      count(bucket, newLedger.tokens(i));
      if (bucket.withArray("examples").size() < EXAMPLES) {
        ObjectNode example = figures.ref(newLedger.ref(i));
        if (inOld >= 0) {
          example.put("old_file", oldLedger.ref(inOld).file()).put("old_line", oldLedger.ref(inOld).line());
        }
        bucket.withArray("examples").add(example);
      }
    }
    for (int i = 0; i < oldLedger.size(); i++) {
      if (newByHash.get(oldLedger.hash(i)) < 0) {
        count(removed, oldLedger.tokens(i));
        if (removed.withArray("examples").size() < EXAMPLES) {
          removed.withArray("examples").add(figures.ref(oldLedger.ref(i)));
        }
      }
    }
    ObjectNode lengths = node.putObject("lengths");
    for (String role : List.of("user", "assistant")) {
      ObjectNode shift = lengths.putObject(role);
      shift.set("old", summary(figures, older.figures().turnTokens(role)));
      shift.set("new", summary(figures, newer.figures().turnTokens(role)));
    }
    lengths.putObject("record")
        .<ObjectNode>set("old", summary(figures, older.figures().recordTokens()))
        .set("new", summary(figures, newer.figures().recordTokens()));
    node.set("coverage", coverageShift(newer, older));
    return node;
  }

  private ObjectNode coverageShift(AuditResult newer, AuditResult older) {
    ObjectNode coverage = json.createObjectNode();
    TreeSet<String> fields = new TreeSet<>(newer.metadata().coverage().keySet());
    fields.addAll(older.metadata().coverage().keySet());
    for (String field : fields) {
      Map<String, Tally.Counts> oldCounts = countsOf(older, field);
      Map<String, Tally.Counts> newCounts = countsOf(newer, field);
      TreeSet<String> values = new TreeSet<>(oldCounts.keySet());
      values.addAll(newCounts.keySet());
      ObjectNode byValue = coverage.putObject(field);
      for (String value : values) {
        long oldRecords = oldCounts.containsKey(value) ? oldCounts.get(value).records() : 0;
        long newRecords = newCounts.containsKey(value) ? newCounts.get(value).records() : 0;
        double oldShare = AuditJson.rate(oldRecords, older.figures().records());
        double newShare = AuditJson.rate(newRecords, newer.figures().records());
        byValue.putObject(value)
            .put("old_records", oldRecords)
            .put("new_records", newRecords)
            .put("old_share", oldShare)
            .put("new_share", newShare)
            .put("share_change", AuditJson.round(newShare - oldShare));
      }
    }
    return coverage;
  }

  private static Map<String, Tally.Counts> countsOf(AuditResult result, String field) {
    Tally tally = result.metadata().coverage().get(field);
    return tally == null ? Map.of() : tally.byValue();
  }

  private ObjectNode summary(AuditJson figures, IntDistribution distribution) {
    ObjectNode full = figures.distribution(distribution);
    full.remove("histogram");
    return full;
  }

  private static FirstIndexByHash index(RecordLedger ledger) {
    FirstIndexByHash byHash = new FirstIndexByHash();
    for (int i = 0; i < ledger.size(); i++) {
      byHash.putIfAbsent(ledger.hash(i), i);
    }
    return byHash;
  }

  private static ObjectNode counts(ObjectNode bucket) {
    bucket.put("records", 0L).put("tokens", 0L);
    bucket.putArray("examples");
    return bucket;
  }

  private static void count(ObjectNode bucket, int tokens) {
    bucket.put("records", bucket.get("records").asLong() + 1);
    bucket.put("tokens", bucket.get("tokens").asLong() + tokens);
  }
}
