package org.difficultadvice.quality;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.difficultadvice.generate.Example;

/** Drops an example that uses one of the overused names of generated text, in any turn. */
public final class SlopNameFilter implements RecordFilter {
  private final Optional<Pattern> names;

  public SlopNameFilter(List<String> names) {
    this.names = names.isEmpty()
        ? Optional.empty()
        : Optional.of(Pattern.compile("\\b(?:"
            + names.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\b"));
  }

  /** The first overused name in {@code text}, if any. */
  Optional<String> firstIn(String text) {
    if (names.isEmpty()) {
      return Optional.empty();
    }
    Matcher matcher = names.get().matcher(text);
    return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
  }

  @Override
  public Optional<Drop> check(Example example) {
    if (names.isEmpty()) {
      return Optional.empty();
    }
    for (Turn turn : Turn.ALL) {
      Matcher matcher = names.get().matcher(turn.of(example));
      if (matcher.find()) {
        return Optional.of(Drop.of("filter", "slop-name", example.specId(),
            turn.label() + " turn names '" + matcher.group() + "'"));
      }
    }
    return Optional.empty();
  }
}
