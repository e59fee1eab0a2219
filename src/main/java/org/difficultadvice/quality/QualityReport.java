package org.difficultadvice.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every drop of the quality stages with its reason (and survivor, for duplicates), counts per
 * stage and reason, and the rate of each stock phrase: what the manifest and the run store
 * record.
 *
 * @param received examples the quality stages were given
 * @param kept examples they passed on
 * @param revise examples handed back for one more revise pass (style cap with {@code revise})
 */
public record QualityReport(int received, int kept, int revise, List<Drop> drops,
    List<PhraseRate> phraseRates) {
  public QualityReport {
    drops = List.copyOf(drops);
    phraseRates = List.copyOf(phraseRates);
  }

  /** This report with more drops (the judge's, say) taken off the kept count. */
  public QualityReport withDrops(List<Drop> more) {
    List<Drop> all = new ArrayList<>(drops);
    all.addAll(more);
    return new QualityReport(received, kept - more.size(), revise, all, phraseRates);
  }

  /** stage -> reason -> count, sorted. */
  public SortedMap<String, SortedMap<String, Integer>> counts() {
    SortedMap<String, SortedMap<String, Integer>> counts = new TreeMap<>();
    for (Drop drop : drops) {
      counts.computeIfAbsent(drop.stage(), s -> new TreeMap<>())
          .merge(drop.reason(), 1, Integer::sum);
    }
    return counts;
  }

  /** The report as JSON for {@code manifest.json}: counts, rates and every drop, in order. */
  public ObjectNode toJson(ObjectMapper json) {
    ObjectNode root = json.createObjectNode();
    root.put("received", received);
    root.put("kept", kept);
    root.put("revise", revise);
    ObjectNode counts = root.putObject("dropped");
    counts().forEach((stage, reasons) -> {
      ObjectNode byReason = counts.putObject(stage);
      reasons.forEach(byReason::put);
    });
    ArrayNode rates = root.putArray("phrase_rates");
    for (PhraseRate rate : phraseRates) {
      ObjectNode node = rates.addObject();
      node.put("phrase", rate.phrase());
      node.put("max_share", rate.maxShare());
      node.put("before", rate.before());
      node.put("share_before", rate.shareBefore());
      node.put("after", rate.after());
      node.put("share_after", rate.shareAfter());
    }
    ArrayNode list = root.putArray("drops");
    for (Drop drop : drops) {
      ObjectNode node = list.addObject();
      node.put("stage", drop.stage());
      node.put("reason", drop.reason());
      node.put("spec_id", drop.specId());
      node.put("detail", drop.detail());
      drop.duplicateOf().ifPresent(survivor -> node.put("duplicate_of", survivor));
    }
    return root;
  }
}
