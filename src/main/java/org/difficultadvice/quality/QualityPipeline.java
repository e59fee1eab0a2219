package org.difficultadvice.quality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.difficultadvice.generate.Example;
import org.difficultadvice.load.DedupSettings;
import org.difficultadvice.load.OverLimitAction;
import org.difficultadvice.load.QualitySettings;

/**
 * The quality stages between generation and budgeting, in order: heuristic filters,
 * decontamination, deduplication (user turn, then whole example; against an earlier release
 * too), style collapse. A pure function of its inputs: examples are considered by spec id, so
 * the same examples give the same result in any order.
 */
public final class QualityPipeline {
  private final Optional<FilterChain> filters;
  private final Optional<FilterChain> decontam;
  private final Optional<Deduplication> dedup;
  private final PriorRelease prior;
  private final Optional<StockPhraseCap> style;
  private final OverLimitAction onStyleCap;

  QualityPipeline(Optional<FilterChain> filters, Optional<FilterChain> decontam,
      Optional<? extends Deduplication> dedup, PriorRelease prior, Optional<StockPhraseCap> style,
      OverLimitAction onStyleCap) {
    this.filters = filters;
    this.decontam = decontam;
    this.dedup = dedup.map(d -> (Deduplication) d);
    this.prior = prior;
    this.style = style;
    this.onStyleCap = onStyleCap;
  }

  /**
   * The stages as the config switches them.
   *
   * @param clauseTexts clause id to text, for the leaked-instructions filter
   * @param evalSet items of {@code --eval-set}, or empty
   * @param prior records of {@code --dedup-against}, or {@link PriorRelease#none()}
   */
  public static QualityPipeline of(QualitySettings settings, FilterPatterns patterns,
      Map<String, String> clauseTexts, List<EvalItem> evalSet, PriorRelease prior) {
    Optional<FilterChain> filters = settings.filter().enabled()
        ? Optional.of(FilterChain.heuristics(patterns, settings.filter().minAnswerWords(),
            settings.filter().maxAnswerWords(), clauseTexts))
        : Optional.empty();
    Optional<FilterChain> decontam = Optional.empty();
    if (settings.decontam().enabled()) {
      List<RecordFilter> checks = new ArrayList<>();
      if (settings.decontam().themes()) {
        checks.add(new ThemeFilter(patterns.themes()));
      }
      if (!evalSet.isEmpty()) {
        checks.add(new Decontaminator(evalSet, settings.decontam().ngramWords(),
            DedupParameters.forThreshold(
                settings.dedup().shingleWords(), settings.dedup().permutations(),
                settings.decontam().jaccard())));
      }
      decontam = Optional.of(new FilterChain(checks));
    }
    Optional<ExampleDeduplicator> dedup = settings.dedup().enabled()
        ? Optional.of(new ExampleDeduplicator(parameters(settings.dedup())))
        : Optional.empty();
    Optional<StockPhraseCap> style = settings.style().enabled()
        ? Optional.of(new StockPhraseCap(patterns.stockPhrases()))
        : Optional.empty();
    return new QualityPipeline(filters, decontam, dedup, prior, style, settings.style().onCap());
  }

  /**
   * The stages for a text kind (documents, stories), on the text: its own heuristic filters
   * (see {@link TextFilters}), the same decontamination (themes, evaluation n-grams), dedup of
   * the text, style caps.
   */
  public static QualityPipeline ofText(QualitySettings settings, FilterPatterns patterns,
      Map<String, String> clauseTexts, List<EvalItem> evalSet, PriorRelease prior) {
    QualityPipeline chats = of(settings, patterns, clauseTexts, evalSet, prior);
    Optional<FilterChain> filters = settings.filter().enabled()
        ? Optional.of(TextFilters.of(patterns, settings.filter().minAnswerWords(),
            settings.filter().maxAnswerWords(), clauseTexts))
        : Optional.empty();
    Optional<TextDeduplicator> dedup = settings.dedup().enabled()
        ? Optional.of(new TextDeduplicator(parameters(settings.dedup())))
        : Optional.empty();
    return new QualityPipeline(filters, chats.decontam, dedup, prior, chats.style,
        settings.style().onCap());
  }

  /** Dedup parameters from the config section. */
  public static DedupParameters parameters(DedupSettings settings) {
    DedupParameters chosen = DedupParameters.forThreshold(
        settings.shingleWords(), settings.permutations(), settings.threshold());
    int bands = settings.bands() == null ? chosen.bands() : settings.bands();
    return new DedupParameters(settings.shingleWords(), settings.permutations(), bands,
        settings.threshold(), settings.scaffoldShare(), settings.scaffoldMinGroup(),
        chosen.seed());
  }

  public QualityResult run(List<Example> examples) {
    List<Example> ordered = new ArrayList<>(examples);
    ordered.sort(java.util.Comparator.comparing(Example::specId));
    List<Drop> drops = new ArrayList<>();
    List<Example> current = ordered;
    if (filters.isPresent()) {
      current = collect(filters.get().apply(current), drops);
    }
    if (decontam.isPresent()) {
      current = collect(decontam.get().apply(current), drops);
    }
    if (dedup.isPresent()) {
      current = collect(dedup.get().apply(current, prior), drops);
    }
    List<PhraseRate> rates = List.of();
    List<Example> revise = List.of();
    if (style.isPresent()) {
      StockPhraseCap.Outcome outcome = style.get().apply(current);
      rates = outcome.rates();
      if (onStyleCap == OverLimitAction.REVISE) {
        Set<String> over = new HashSet<>();
        outcome.selection().drops().forEach(d -> over.add(d.specId()));
        revise = current.stream().filter(e -> over.contains(e.specId())).toList();
      } else {
        drops.addAll(outcome.selection().drops());
      }
      current = outcome.selection().kept();
    }
    QualityReport report =
        new QualityReport(examples.size(), current.size(), revise.size(), drops, rates);
    return new QualityResult(current, revise, report);
  }

  private static List<Example> collect(Selection selection, List<Drop> drops) {
    drops.addAll(selection.drops());
    return selection.kept();
  }
}
