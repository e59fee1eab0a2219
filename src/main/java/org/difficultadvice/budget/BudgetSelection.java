package org.difficultadvice.budget;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.difficultadvice.generate.Example;

/**
 * The examples the budget kept, sorted by spec id, each with its exported tokens, and how close
 * they came.
 *
 * @param counted the selected examples with the tokens the budget counted for them, which the
 *     export writes as they are
 * @param format the chat format the tokens were counted in (its role labels are counted)
 * @param tokensByDomain exported tokens of the selected examples per domain
 * @param shortfall present when the kept examples could not reach the target
 */
public record BudgetSelection(
    List<CountedExample> counted,
    ChatFormat format,
    long targetTokens,
    long selectedTokens,
    Map<String, Long> tokensByDomain,
    Optional<Shortfall> shortfall) {

  public BudgetSelection {
    counted = List.copyOf(counted);
    Objects.requireNonNull(format, "format");
    tokensByDomain = Collections.unmodifiableMap(new TreeMap<>(tokensByDomain));
    Objects.requireNonNull(shortfall, "shortfall");
  }

  /** The selected examples, sorted by spec id. */
  public List<Example> selected() {
    return counted.stream().map(CountedExample::example).toList();
  }

  /** The selected tokens' distance from the target, as a fraction of it (negative: under). */
  public double deviation() {
    return (selectedTokens - targetTokens) / (double) targetTokens;
  }

  public double shareOf(String domain) {
    return selectedTokens == 0 ? 0 : tokensByDomain.getOrDefault(domain, 0L)
        / (double) selectedTokens;
  }

  /**
   * What was missing and what to do about it.
   *
   * @param missingTokens target minus selected tokens
   * @param moreSpecsToPlan how many more specs a rerun should plan, from the mean tokens per
   *     example and the measured drop rate, so that the scarcest domain reaches its share; -1
   *     when nothing was generated to estimate from
   */
  public record Shortfall(long missingTokens, long moreSpecsToPlan) {}
}
