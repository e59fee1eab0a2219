package org.difficultadvice.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.difficultadvice.generate.Example;

/**
 * Runs filters in order over a list of examples; the first filter that drops an example gives
 * its reason. Each example is judged on its own, so the chain maps onto a parallel engine.
 */
final class FilterChain {
  private final List<RecordFilter> filters;

  public FilterChain(List<RecordFilter> filters) {
    this.filters = List.copyOf(filters);
  }

  /**
   * The heuristic filters of the {@code filter} stage, in the order they are cheapest to run.
   *
   * @param clauseTexts clause id to text, for the leaked-instructions check
   */
  public static FilterChain heuristics(
      FilterPatterns patterns, int minAnswerWords, int maxAnswerWords,
      Map<String, String> clauseTexts) {
    return new FilterChain(List.of(
        new EmptyTurnFilter(),
        new TruncationFilter(patterns.truncatedEndings()),
        new WordBoundsFilter(minAnswerWords, maxAnswerWords),
        new PatternFilter("filter", "refusal", List.of(Turn.ASSISTANT), patterns.refusal()),
        new PatternFilter("filter", "leaked-instructions", Turn.ALL,
            patterns.leakedInstructions()),
        new InjectedClauseFilter(clauseTexts, 8),
        new SlopNameFilter(patterns.slopNames()),
        new PatternFilter("filter", "user-voice", List.of(Turn.USER), patterns.userVoice())));
  }

  public Optional<Drop> check(Example example) {
    for (RecordFilter filter : filters) {
      Optional<Drop> drop = filter.check(example);
      if (drop.isPresent()) {
        return drop;
      }
    }
    return Optional.empty();
  }

  /** Examples kept, in input order, and a drop for each one removed. */
  public Selection apply(List<Example> examples) {
    List<Example> kept = new ArrayList<>();
    List<Drop> drops = new ArrayList<>();
    for (Example example : examples) {
      check(example).ifPresentOrElse(drops::add, () -> kept.add(example));
    }
    return new Selection(kept, drops);
  }
}
