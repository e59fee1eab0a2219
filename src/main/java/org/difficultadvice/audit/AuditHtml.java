package org.difficultadvice.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code audit.html}: one self-contained page drawn from the figures of {@code audit.json}, with
 * inline CSS and SVG charts and no script. A content security policy forbids every fetch, so
 * the page works offline and dataset text cannot load anything. All dataset text is escaped.
 */
public final class AuditHtml {
  /** Bars per coverage chart: the largest values; the JSON has them all. */
  private static final int BARS_SHOWN = 40;

  private static final String STYLE =
      "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;color:#1d2433;"
          + "background:#f6f7f9}main{max-width:1180px;margin:0 auto;padding:20px 28px}"
          + "h1{font-size:24px;margin:4px 0 2px}h2{font-size:18px;margin:28px 0 8px;"
          + "border-bottom:1px solid #d7dbe2;padding-bottom:4px}h3{font-size:15px;margin:14px 0 6px}"
          + ".sub{color:#5b6474}.cards{display:flex;flex-wrap:wrap;gap:10px;margin:14px 0}"
          + ".card{background:#fff;border:1px solid #d7dbe2;border-radius:6px;padding:10px 14px;"
          + "min-width:130px}.card b{display:block;font-size:20px}.card.warn b{color:#b42318}"
          + ".grid{display:flex;flex-wrap:wrap;gap:16px}.panel{background:#fff;border:1px solid #d7dbe2;"
          + "border-radius:6px;padding:10px 14px}table{border-collapse:collapse;background:#fff;"
          + "font-size:13px}th,td{border:1px solid #d7dbe2;padding:3px 8px;text-align:left;"
          + "vertical-align:top}th{background:#eef1f5}td.n{text-align:right;font-variant-numeric:"
          + "tabular-nums}svg.chart text{font-size:11px;fill:#3b4456}svg.chart .bar{fill:#3e6fd8}"
          + "svg.chart .axis{stroke:#8a93a3}code{font-size:12px;word-break:break-all}"
          + ".ok{color:#067647}.bad{color:#b42318}";

  public String render(JsonNode audit, String title) {
    StringBuilder page = new StringBuilder(64 * 1024);
    page.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; img-src data:\">")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
        .append("<title>Audit: ").append(esc(title)).append("</title><style>")
        .append(STYLE).append("</style></head><body><main>");
    page.append("<h1>Dataset audit</h1><div class=\"sub\">").append(esc(title))
        .append(" · tokenizer ").append(esc(audit.path("tokenizer").asText())).append("</div>");
    summary(page, audit);
    splits(page, audit);
    lengths(page, audit);
    duplicates(page, audit);
    quality(page, audit);
    coverage(page, audit);
    diversity(page, audit.path("diversity"));
    if (audit.has("compare")) {
      compare(page, audit.get("compare"));
    }
    schemaErrors(page, audit.path("schema_errors"));
    page.append("</main></body></html>\n");
    return page.toString();
  }

  private static void summary(StringBuilder page, JsonNode audit) {
    page.append("<div class=\"cards\">");
    card(page, "records", count(audit.path("records")), false);
    card(page, "bad lines", count(audit.path("bad_lines")), audit.path("bad_lines").asLong() > 0);
    card(page, "turns", count(audit.path("turns")), false);
    card(page, "tokens", count(audit.path("tokens")), false);
    JsonNode breakdown = audit.path("token_breakdown");
    card(page, "content · tools · framing", count(breakdown.path("content")) + " · "
        + count(breakdown.path("tools")) + " · " + count(breakdown.path("framing")), false);
    JsonNode dup = audit.path("duplicates");
    card(page, "duplicates", percent(dup.path("rate")), dup.path("rate").asDouble() > 0);
    JsonNode contamination = audit.path("contamination");
    card(page, "contaminated",
        contamination.path("eval_set").isNull() ? "no eval set" : percent(contamination.path("rate")),
        contamination.path("records").asLong() > 0);
    boolean flagsChecked = !audit.path("quality").path("patterns").isNull();
    for (ContentFlag flag : ContentFlag.values()) {
      JsonNode figures = audit.path("quality").path(flag.label());
      card(page, flag.label().replace('_', ' '),
          flagsChecked ? percent(figures.path("rate")) : "not checked",
          figures.path("records").asLong() > 0);
    }
    page.append("</div>");
  }

  private static void card(StringBuilder page, String label, String value, boolean warn) {
    page.append("<div class=\"card").append(warn ? " warn" : "").append("\"><b>")
        .append(esc(value)).append("</b>").append(esc(label)).append("</div>");
  }

  private static void splits(StringBuilder page, JsonNode audit) {
    page.append("<h2>Records and tokens</h2><div class=\"grid\">");
    tallyTable(page, "By split", audit.path("by_split"));
    tallyTable(page, "By file", audit.path("by_file"));
    page.append("<div class=\"panel\"><h3>Formats</h3><table><tr><th>format</th><th>records</th></tr>");
    audit.path("formats").fields().forEachRemaining(
        f -> page.append("<tr><td>").append(esc(f.getKey())).append("</td><td class=\"n\">")
            .append(count(f.getValue())).append("</td></tr>"));
    page.append("</table></div></div>");
  }

  private static void tallyTable(StringBuilder page, String title, JsonNode tally) {
    page.append("<div class=\"panel\"><h3>").append(esc(title)).append("</h3><table><tr><th></th>")
        .append("<th>records</th><th>share</th><th>turns</th><th>tokens</th></tr>");
    tally.fields().forEachRemaining(
        e -> page.append("<tr><td>").append(esc(e.getKey())).append("</td><td class=\"n\">")
            .append(count(e.getValue().path("records"))).append("</td><td class=\"n\">")
            .append(percent(e.getValue().path("share"))).append("</td><td class=\"n\">")
            .append(count(e.getValue().path("turns"))).append("</td><td class=\"n\">")
            .append(count(e.getValue().path("tokens"))).append("</td></tr>"));
    page.append("</table></div>");
  }

  private static void lengths(StringBuilder page, JsonNode audit) {
    page.append("<h2>Lengths (tokens)</h2><div class=\"grid\">");
    for (String role : List.of("user", "assistant", "system", "text", "record")) {
      JsonNode dist = audit.path("lengths").path(role);
      if (dist.isMissingNode() || dist.path("count").asLong() == 0) {
        continue;
      }
      String title = role.equals("record") ? "Whole records" : role + " turns";
      List<SvgCharts.Bar> bars = new ArrayList<>();
      for (JsonNode bin : dist.path("histogram")) {
        String range = bin.path("from").asText() + "–" + bin.path("to").asText();
        bars.add(new SvgCharts.Bar(bin.path("from").asText(), bin.path("count").asDouble(),
            range + " tokens: " + count(bin.path("count"))));
      }
      page.append("<div class=\"panel\"><h3>").append(esc(title)).append("</h3>")
          .append(SvgCharts.columns(title + " length histogram", bars))
          .append("<div class=\"sub\">").append(String.format(Locale.ROOT,
              "n %s · mean %.1f · p50 %s · p90 %s · p99 %s · max %s",
              count(dist.path("count")), dist.path("mean").asDouble(), count(dist.path("p50")),
              count(dist.path("p90")), count(dist.path("p99")), count(dist.path("max"))))
          .append("</div></div>");
    }
    page.append("</div>");
  }

  private static void duplicates(StringBuilder page, JsonNode audit) {
    JsonNode dup = audit.path("duplicates");
    page.append("<h2>Duplicates</h2><p>")
        .append(count(dup.path("exact"))).append(" exact (").append(percent(dup.path("exact_rate")))
        .append("), ").append(count(dup.path("near"))).append(" near (")
        .append(percent(dup.path("near_rate"))).append(", Jaccard ≥ ")
        .append(esc(dup.path("near_threshold").asText())).append(") in ")
        .append(count(dup.path("clusters"))).append(" clusters; every pair is in duplicates.jsonl.</p>");
    String coverage = dup.path("near_coverage").path("note").asText("");
    if (!coverage.isEmpty()) {
      page.append("<p class=\"warn\"><strong>Incomplete:</strong> ").append(esc(coverage))
          .append(".</p>");
    }
    List<SvgCharts.Bar> bars = new ArrayList<>();
    for (JsonNode cluster : dup.path("largest_clusters")) {
      String file = cluster.path("first").path("file").asText();
      String label = file.substring(file.lastIndexOf('/') + 1) + ":" + cluster.path("first").path("line").asText();
      bars.add(new SvgCharts.Bar(label, cluster.path("size").asDouble(),
          count(cluster.path("size")) + " records"));
    }
    if (!bars.isEmpty()) {
      page.append("<div class=\"grid\"><div class=\"panel\"><h3>Largest clusters</h3>")
          .append(SvgCharts.rows("Largest duplicate clusters", bars)).append("</div>")
          .append("<div class=\"panel\"><h3>Members</h3><table><tr><th>first</th><th>size</th>")
          .append("<th>members (first few)</th></tr>");
      for (JsonNode cluster : dup.path("largest_clusters")) {
        List<String> members = new ArrayList<>();
        cluster.path("members").forEach(m -> members.add(where(m)));
        page.append("<tr><td><code>").append(esc(where(cluster.path("first"))))
            .append("</code></td><td class=\"n\">").append(count(cluster.path("size")))
            .append("</td><td><code>").append(esc(String.join(", ", members)))
            .append("</code></td></tr>");
      }
      page.append("</table></div></div>");
    }
  }

  private static void quality(StringBuilder page, JsonNode audit) {
    page.append("<h2>Quality and contamination</h2><table><tr><th>finding</th><th>records</th>")
        .append("<th>rate</th><th>first lines</th></tr>");
    boolean flagsChecked = !audit.path("quality").path("patterns").isNull();
    for (ContentFlag flag : ContentFlag.values()) {
      if (flagsChecked) {
        findingRow(page, flag.label().replace('_', ' '), audit.path("quality").path(flag.label()));
      } else {
        page.append("<tr><td>").append(esc(flag.label().replace('_', ' ')))
            .append("</td><td colspan=\"3\">not checked</td></tr>");
      }
    }
    JsonNode contamination = audit.path("contamination");
    findingRow(page, "overlaps the evaluation set", contamination);
    page.append("</table>");
    if (audit.path("quality").has("note")) {
      page.append("<p class=\"sub\">Quality flags ")
          .append(esc(audit.path("quality").path("note").asText())).append(".</p>");
    }
    if (contamination.path("examples").size() > 0) {
      page.append("<h3>Evaluation overlap</h3><table><tr><th>record</th><th>overlapping text</th></tr>");
      int shown = 0;
      for (JsonNode example : contamination.path("examples")) {
        if (shown++ == 20) {
          break;
        }
        page.append("<tr><td><code>").append(esc(where(example))).append("</code></td><td>")
            .append(esc(example.path("overlap").asText())).append("</td></tr>");
      }
      page.append("</table>");
    }
  }

  private static void findingRow(StringBuilder page, String name, JsonNode finding) {
    List<String> lines = new ArrayList<>();
    for (JsonNode example : finding.path("examples")) {
      if (lines.size() == 12) {
        lines.add("…");
        break;
      }
      lines.add(where(example));
    }
    page.append("<tr><td>").append(esc(name)).append("</td><td class=\"n\">")
        .append(count(finding.path("records"))).append("</td><td class=\"n\">")
        .append(percent(finding.path("rate"))).append("</td><td><code>")
        .append(esc(String.join(", ", lines))).append("</code></td></tr>");
  }

  private static void coverage(StringBuilder page, JsonNode audit) {
    JsonNode metadata = audit.path("metadata");
    if (metadata.path("records_with_metadata").asLong() == 0) {
      page.append("<h2>Coverage</h2><p class=\"sub\">No record has metadata (a dataset not made by ")
          .append("difficult-advice, or exported with metadata stripped).</p>");
      return;
    }
    page.append("<h2>Coverage</h2><p>").append(count(metadata.path("records_with_metadata")))
        .append(" records carry metadata.</p><div class=\"grid\">");
    metadata.path("coverage").fields().forEachRemaining(
        field -> {
          List<SvgCharts.Bar> bars = topBars(field.getValue());
          page.append("<div class=\"panel\"><h3>By ").append(esc(field.getKey())).append("</h3>")
              .append(SvgCharts.rows("Coverage by " + field.getKey(), bars)).append("</div>");
        });
    metadata.path("judge_scores").fields().forEachRemaining(
        criterion -> {
          List<SvgCharts.Bar> bars = new ArrayList<>();
          criterion.getValue().path("counts").fields().forEachRemaining(
              score -> bars.add(new SvgCharts.Bar(score.getKey(), score.getValue().asDouble(),
                  "score " + score.getKey() + ": " + count(score.getValue()))));
          page.append("<div class=\"panel\"><h3>Judge: ").append(esc(criterion.getKey()))
              .append("</h3>").append(SvgCharts.columns("Judge scores " + criterion.getKey(), bars))
              .append("<div class=\"sub\">mean ")
              .append(String.format(Locale.ROOT, "%.2f", criterion.getValue().path("mean").asDouble()))
              .append("</div></div>");
        });
    page.append("</div>");
  }

  private static void diversity(StringBuilder page, JsonNode diversity) {
    page.append("<h2>Diversity</h2><div class=\"cards\">");
    boolean known = diversity.path("stories").isNumber();
    card(page, "stories", known ? count(diversity.path("stories")) : "unknown", false);
    card(page, "stories per 1,000 examples", known ? String.format(Locale.ROOT, "%.1f",
        diversity.path("stories_per_1000_examples").asDouble()) : "unknown", false);
    card(page, "examples per story (mean · max)", known ? String.format(Locale.ROOT, "%.1f",
        diversity.path("examples_per_story_mean").asDouble()) + " · "
        + count(diversity.path("examples_per_story_max")) : "unknown", false);
    card(page, "largest share of one story",
        known ? percent(diversity.path("largest_story_share")) : "unknown", false);
    JsonNode similarity = diversity.path("within_domain_user_similarity");
    card(page, "within-domain similarity of user turns", similarity.isNumber()
        ? String.format(Locale.ROOT, "%.3f", similarity.asDouble()) : "n/a", false);
    page.append("</div><p class=\"sub\">A story is a template or a scenario title ")
        .append("(metadata.story, else metadata.template)")
        .append(known ? "" : "; no record names one, so the story figures are unknown")
        .append(". Similarity: ").append(esc(diversity.path("similarity").asText()))
        .append(".</p>");
  }

  private static List<SvgCharts.Bar> topBars(JsonNode tally) {
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    tally.fields().forEachRemaining(entries::add);
    entries.sort((a, b) -> Long.compare(b.getValue().path("records").asLong(), a.getValue().path("records").asLong()));
    List<SvgCharts.Bar> bars = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : entries.subList(0, Math.min(BARS_SHOWN, entries.size()))) {
      bars.add(new SvgCharts.Bar(entry.getKey(), entry.getValue().path("records").asDouble(),
          count(entry.getValue().path("records")) + " (" + percent(entry.getValue().path("share")) + ")"));
    }
    return bars;
  }

  private static void compare(StringBuilder page, JsonNode compare) {
    page.append("<h2>Compared with ").append(esc(compare.path("old").asText())).append("</h2>")
        .append("<table><tr><th></th><th>records</th><th>tokens</th></tr>");
    for (String what : List.of("added", "removed", "shared")) {
      page.append("<tr><td>").append(what).append("</td><td class=\"n\">")
          .append(count(compare.path(what).path("records"))).append("</td><td class=\"n\">")
          .append(count(compare.path(what).path("tokens"))).append("</td></tr>");
    }
    page.append("</table><h3>Length shift (tokens)</h3><table><tr><th></th><th>old mean</th>")
        .append("<th>new mean</th><th>old p50</th><th>new p50</th><th>old p90</th><th>new p90</th></tr>");
    compare.path("lengths").fields().forEachRemaining(
        role -> page.append("<tr><td>").append(esc(role.getKey())).append("</td>")
            .append(cell(role.getValue().path("old").path("mean"))).append(cell(role.getValue().path("new").path("mean")))
            .append(cell(role.getValue().path("old").path("p50"))).append(cell(role.getValue().path("new").path("p50")))
            .append(cell(role.getValue().path("old").path("p90"))).append(cell(role.getValue().path("new").path("p90")))
            .append("</tr>"));
    page.append("</table><h3>Coverage shift</h3><table><tr><th>field</th><th>value</th>")
        .append("<th>old</th><th>new</th><th>share change</th></tr>");
    compare.path("coverage").fields().forEachRemaining(
        field -> field.getValue().fields().forEachRemaining(
            value -> page.append("<tr><td>").append(esc(field.getKey())).append("</td><td>")
                .append(esc(value.getKey())).append("</td>")
                .append(cell(value.getValue().path("old_records")))
                .append(cell(value.getValue().path("new_records")))
                .append("<td class=\"n\">").append(esc(String.format(Locale.ROOT, "%+.2f pp",
                    100 * value.getValue().path("share_change").asDouble()))).append("</td></tr>")));
    page.append("</table>");
  }

  private static String cell(JsonNode value) {
    return "<td class=\"n\">" + esc(SvgCharts.number(value.asDouble())) + "</td>";
  }

  private static void schemaErrors(StringBuilder page, JsonNode errors) {
    page.append("<h2>Schema errors</h2>");
    if (errors.path("bad_lines").asLong() == 0) {
      page.append("<p class=\"ok\">Every line is a well-formed chat.</p>");
      return;
    }
    page.append("<p class=\"bad\">").append(count(errors.path("bad_lines")))
        .append(" bad lines, left out of every other figure. By problem: ");
    List<String> parts = new ArrayList<>();
    errors.path("by_problem").fields().forEachRemaining(
        p -> parts.add(p.getKey().replace('_', ' ') + " " + count(p.getValue())));
    page.append(esc(String.join(", ", parts))).append(". First ")
        .append(count(errors.path("shown"))).append(" shown.</p>")
        .append("<table><tr><th>file</th><th>line</th><th>problem</th><th>detail</th></tr>");
    for (JsonNode error : errors.path("errors")) {
      page.append("<tr><td><code>").append(esc(error.path("file").asText()))
          .append("</code></td><td class=\"n\">").append(error.path("line").asLong())
          .append("</td><td>").append(esc(error.path("problem").asText().replace('_', ' ')))
          .append("</td><td>").append(esc(error.path("detail").asText())).append("</td></tr>");
    }
    page.append("</table>");
  }

  private static String where(JsonNode ref) {
    return ref.path("file").asText() + ":" + ref.path("line").asText();
  }

  private static String count(JsonNode value) {
    return SvgCharts.number(value.asDouble());
  }

  private static String percent(JsonNode rate) {
    return String.format(Locale.ROOT, "%.2f%%", 100 * rate.asDouble());
  }

  private static String esc(String text) {
    return HtmlText.escape(text);
  }
}
