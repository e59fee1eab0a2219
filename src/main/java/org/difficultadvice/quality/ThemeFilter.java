package org.difficultadvice.quality;

import java.util.List;
import java.util.Optional;
import org.difficultadvice.generate.Example;

/**
 * Flags examples that drift into the themes of agentic-misalignment evaluations (an AI facing
 * shutdown, affair leverage, leaked defence drawings...), with or without an evaluation set.
 */
final class ThemeFilter implements RecordFilter {
  private final List<Theme> themes;

  public ThemeFilter(List<Theme> themes) {
    this.themes = List.copyOf(themes);
  }

  @Override
  public Optional<Drop> check(Example example) {
    String text = String.join("\n",
        example.systemPrompt(), example.userMessage(), example.assistantMessage());
    for (Theme theme : themes) {
      if (theme.presentIn(text)) {
        return Optional.of(Drop.of("decontam", "eval-theme", example.specId(),
            "matches evaluation theme '" + theme.name() + "'"));
      }
    }
    return Optional.empty();
  }
}
