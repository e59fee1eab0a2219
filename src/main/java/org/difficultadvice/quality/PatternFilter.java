package org.difficultadvice.quality;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.difficultadvice.generate.Example;

/**
 * Drops an example when any pattern matches one of the given turns: refusal boilerplate in the
 * answer, leaked instructions anywhere, a greeting in the user's turn.
 */
public final class PatternFilter implements RecordFilter {
  private final String stage;
  private final String reason;
  private final List<Turn> turns;
  private final List<Pattern> patterns;

  public PatternFilter(String stage, String reason, List<Turn> turns, List<Pattern> patterns) {
    this.stage = stage;
    this.reason = reason;
    this.turns = List.copyOf(turns);
    this.patterns = List.copyOf(patterns);
  }

  @Override
  public Optional<Drop> check(Example example) {
    for (Turn turn : turns) {
      String text = turn.of(example);
      for (Pattern pattern : patterns) {
        Matcher matcher = pattern.matcher(text);
        if (matcher.find()) {
          return Optional.of(Drop.of(stage, reason, example.specId(),
              turn.label() + " turn matches '" + matcher.group().strip() + "'"));
        }
      }
    }
    return Optional.empty();
  }
}
