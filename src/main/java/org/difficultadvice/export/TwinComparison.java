package org.difficultadvice.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.difficultadvice.budget.TokenCounter;
import org.difficultadvice.generate.Example;
import org.difficultadvice.load.Twin;
import org.difficultadvice.quality.StockPhrase;

/**
 * The matched twins of one run side by side, for the run's dataset card and {@code
 * twins/comparison.json}: records and tokens as exported, answer lengths, and how often the
 * answers use each stock phrase of {@code filters.yaml}. Like the manifest it holds no
 * timestamp, so the same run gives the same comparison.
 */
public final class TwinComparison {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final List<Row> rows;
  private final List<String> phrases;

  private TwinComparison(List<Row> rows, List<String> phrases) {
    this.rows = List.copyOf(rows);
    this.phrases = List.copyOf(phrases);
  }

  /** Collects the figures of each twin as the twins come out of their exports. */
  public static final class Builder {
    private final TokenCounter counter;
    private final List<StockPhrase> stockPhrases;
    private final List<Pattern> patterns;
    private final List<Row> rows = new ArrayList<>();

    public Builder(TokenCounter counter, List<StockPhrase> stockPhrases) {
      this.counter = Objects.requireNonNull(counter, "counter");
      this.stockPhrases = List.copyOf(stockPhrases);
      this.patterns = this.stockPhrases.stream().map(StockPhrase::pattern).toList();
    }

    /** Adds a twin: its manifest and the examples it exported. */
    public Builder add(Twin twin, Manifest manifest, List<Example> exported) {
      long[] answerTokens = new long[exported.size()];
      long[] answerWords = new long[exported.size()];
      int[] uses = new int[patterns.size()];
      int withAny = 0;
      for (int i = 0; i < exported.size(); i++) {
        String answer = exported.get(i).assistantMessage();
        answerTokens[i] = counter.count(answer);
        answerWords[i] = answer.isBlank() ? 0 : answer.strip().split("\\s+").length;
        boolean any = false;
        for (int p = 0; p < patterns.size(); p++) {
          if (patterns.get(p).matcher(answer).find()) {
            uses[p]++;
            any = true;
          }
        }
        withAny += any ? 1 : 0;
      }
      Map<String, Double> rates = new LinkedHashMap<>();
      for (int p = 0; p < patterns.size(); p++) {
        rates.put(stockPhrases.get(p).phrase(), share(uses[p], exported.size()));
      }
      rows.add(new Row(twin, manifest.records(), manifest.tokens(), mean(answerTokens),
          median(answerTokens), mean(answerWords), share(withAny, exported.size()), rates));
      return this;
    }

    public TwinComparison build() {
      return new TwinComparison(rows, stockPhrases.stream().map(StockPhrase::phrase).toList());
    }
  }

  /**
   * One twin's figures.
   *
   * @param anyStockPhrase share of answers using at least one stock phrase
   * @param phraseRates stock phrase to the share of answers using it, in file order
   */
  public record Row(Twin twin, long records, long tokens, double meanAnswerTokens,
      long medianAnswerTokens, double meanAnswerWords, double anyStockPhrase,
      Map<String, Double> phraseRates) {}

  public List<Row> rows() {
    return rows;
  }

  /** The section the run's card and each twin's card end with. */
  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("## Matched twins\n\n")
        .append("Datasets from one plan and one run that differ only in one intervention: the ")
        .append("same spec ids, the same realized chats, system prompts and tools, the same ")
        .append("budget selection (made on `full`). Each is in `twins/<name>/`.\n\n")
        .append("| twin | what the answers are | records | tokens | mean answer tokens |")
        .append(" median answer tokens | mean answer words | answers with a stock phrase |\n")
        .append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Row row : rows) {
      md.append("| `").append(row.twin().id()).append("` | ").append(row.twin().description())
          .append(" | ").append(row.records()).append(" | ").append(row.tokens())
          .append(" | ").append(String.format(Locale.ROOT, "%.1f", row.meanAnswerTokens()))
          .append(" | ").append(row.medianAnswerTokens())
          .append(" | ").append(String.format(Locale.ROOT, "%.1f", row.meanAnswerWords()))
          .append(" | ").append(percent(row.anyStockPhrase())).append(" |\n");
    }
    if (!phrases.isEmpty()) {
      md.append("\nStock phrases (`filters.yaml`), share of answers using each:\n\n| phrase |");
      rows.forEach(row -> md.append(" `").append(row.twin().id()).append("` |"));
      md.append("\n| --- |");
      rows.forEach(row -> md.append(" ---: |"));
      md.append('\n');
      for (String phrase : phrases) {
        md.append("| ").append(phrase.replace("|", "\\|")).append(" |");
        rows.forEach(row ->
            md.append(' ').append(percent(row.phraseRates().get(phrase))).append(" |"));
        md.append('\n');
      }
    }
    md.append('\n');
    return md.toString();
  }

  /** {@code twins/comparison.json}: the same figures, ending in a newline. */
  public byte[] toJsonBytes() {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode twins = root.putObject("twins");
    for (Row row : rows) {
      ObjectNode node = twins.putObject(row.twin().id());
      node.put("description", row.twin().description());
      node.put("records", row.records());
      node.put("tokens", row.tokens());
      node.put("mean_answer_tokens", row.meanAnswerTokens());
      node.put("median_answer_tokens", row.medianAnswerTokens());
      node.put("mean_answer_words", row.meanAnswerWords());
      node.put("answers_with_a_stock_phrase", row.anyStockPhrase());
      ObjectNode rates = node.putObject("stock_phrase_rates");
      row.phraseRates().forEach(rates::put);
    }
    try {
      return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("twin comparison not writable as JSON", e);
    }
  }

  /**
   * A twin's card: the dataset card of its manifest, titled with the twin and what it is, and
   * the comparison at the end.
   */
  public String cardOf(Twin twin, Manifest manifest) {
    String card = new DatasetCard(manifest).markdown();
    String title = "# difficult-advice\n\n";
    String twinTitle = "# difficult-advice, twin `" + twin.id() + "`\n\n"
        + "A matched ablation twin: " + twin.description() + ". See the table at the end.\n\n";
    int at = card.indexOf(title);
    String titled = at < 0 ? twinTitle + card
        : card.substring(0, at) + twinTitle + card.substring(at + title.length());
    return titled + markdown();
  }

  /** The run's own card with the comparison at the end. */
  public String cardOfRun(Manifest manifest) {
    return new DatasetCard(manifest).markdown() + markdown();
  }

  private static double share(int count, int of) {
    return of == 0 ? 0 : count / (double) of;
  }

  private static double mean(long[] values) {
    return values.length == 0 ? 0 : Arrays.stream(values).average().orElse(0);
  }

  private static long median(long[] values) {
    if (values.length == 0) {
      return 0;
    }
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(sorted.length - 1) / 2];
  }

  private static String percent(Double share) {
    return String.format(Locale.ROOT, "%.1f%%", share == null ? 0 : share * 100);
  }
}
