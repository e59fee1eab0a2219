package org.difficultadvice.quality;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The brief-level filters of {@code filters.yaml} on a situation before any chat is written
 * from it: the evaluation themes and the overused names of generated text. A situation that
 * fails here would make an example the quality stage drops, after three more paid calls.
 */
public final class BriefChecks {
  private final List<Theme> themes;
  private final SlopNameFilter names;

  public BriefChecks(FilterPatterns patterns) {
    this.themes = patterns.themes();
    this.names = new SlopNameFilter(patterns.slopNames());
  }

  /** Why {@code text} may not be used (a reason id and what was found), or empty. */
  public Optional<Problem> problem(String text) {
    for (Theme theme : themes) {
      if (theme.presentIn(text)) {
        return Optional.of(new Problem("eval-theme", "matches evaluation theme '"
            + theme.name() + "'"));
      }
    }
    return names.firstIn(text)
        .map(name -> new Problem("slop-name", "names '" + name + "'"));
  }

  /** @param reason a short machine-friendly id, as in the drop report */
  public record Problem(String reason, String detail) {}
}
