package org.difficultadvice.audit;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.difficultadvice.generate.Example;
import org.difficultadvice.quality.FilterPatterns;
import org.difficultadvice.quality.PatternFilter;
import org.difficultadvice.quality.RecordFilter;
import org.difficultadvice.quality.SlopNameFilter;
import org.difficultadvice.quality.Turn;

/**
 * The filter stage's refusal, leaked-instruction and slop-name checks (from {@code
 * filters.yaml}), turned from drop decisions into flags: the audit counts, it drops nothing.
 */
public final class PatternFlagger implements ContentFlagger {
  private final RecordFilter refusal;
  private final RecordFilter leaked;
  private final RecordFilter slopNames;

  public PatternFlagger(FilterPatterns patterns) {
    // The same turns as the filter chain: refusals in the answer, leaks and names anywhere.
    this.refusal = new PatternFilter("audit", "refusal", List.of(Turn.ASSISTANT), patterns.refusal());
    this.leaked = new PatternFilter("audit", "leaked-instructions", Turn.ALL, patterns.leakedInstructions());
    this.slopNames = new SlopNameFilter(patterns.slopNames());
  }

  @Override
  public Set<ContentFlag> flags(ChatRecord record) {
    Example example = ExampleView.of(record);
    Set<ContentFlag> flags = EnumSet.noneOf(ContentFlag.class);
    if (refusal.check(example).isPresent()) {
      flags.add(ContentFlag.REFUSAL_BOILERPLATE);
    }
    if (leaked.check(example).isPresent()) {
      flags.add(ContentFlag.LEAKED_INSTRUCTION);
    }
    if (slopNames.check(example).isPresent()) {
      flags.add(ContentFlag.SLOP_NAME);
    }
    return flags;
  }
}
