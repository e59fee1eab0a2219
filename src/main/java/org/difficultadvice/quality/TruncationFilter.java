package org.difficultadvice.quality;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.difficultadvice.generate.Example;

/**
 * Drops an answer that looks cut off although the model reported a natural stop (answers
 * stopped by the token limit never get this far): it ends on one of the configured endings (a
 * comma, a dangling "and"), or its last line is prose that stops without closing punctuation.
 * A last line that is a list item or heading may end without a full stop.
 */
final class TruncationFilter implements RecordFilter {
  private static final Pattern LIST_OR_HEADING = Pattern.compile("^\\s*(?:[-*+\u2022#>]|\\d+[.)])");
  private static final Pattern CLOSED = Pattern.compile("[.!?\u2026)\\]\"'\u201d\u2019*_`:~]\\s*$|\\p{So}\\s*$");

  private final List<Pattern> truncatedEndings;

  public TruncationFilter(List<Pattern> truncatedEndings) {
    this.truncatedEndings = List.copyOf(truncatedEndings);
  }

  @Override
  public Optional<Drop> check(Example example) {
    String answer = example.assistantMessage().stripTrailing();
    if (answer.isEmpty()) {
      return Optional.empty(); // the empty-turn filter's case
    }
    String tail = answer.substring(Math.max(0, answer.length() - 200));
    for (Pattern ending : truncatedEndings) {
      if (ending.matcher(tail).find()) {
        return Optional.of(drop(example, tail));
      }
    }
    String lastLine = answer.substring(answer.lastIndexOf('\n') + 1);
    if (!LIST_OR_HEADING.matcher(lastLine).find() && !CLOSED.matcher(lastLine).find()) {
      return Optional.of(drop(example, tail));
    }
    return Optional.empty();
  }

  private static Drop drop(Example example, String tail) {
    String end = tail.substring(Math.max(0, tail.length() - 40)).strip();
    return Drop.of("filter", "truncated", example.specId(), "answer ends '..." + end + "'");
  }
}
