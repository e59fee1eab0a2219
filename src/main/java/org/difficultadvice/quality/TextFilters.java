package org.difficultadvice.quality;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The heuristic filters for a text kind, on the text: blank, truncated, too short or long,
 * refusal boilerplate, leaked generation instructions (and quoted clause text), stock names.
 * The chat-only checks (a blank user turn, the user's voice) do not apply.
 */
final class TextFilters {
  private TextFilters() {}

  static FilterChain of(FilterPatterns patterns, int minWords, int maxWords,
      Map<String, String> clauseTexts) {
    return new FilterChain(List.of(
        example -> example.assistantMessage().isBlank()
            ? Optional.of(Drop.of("filter", "empty-text", example.specId(), "text is blank"))
            : Optional.empty(),
        new TruncationFilter(patterns.truncatedEndings()),
        new WordBoundsFilter(minWords, maxWords),
        new PatternFilter("filter", "refusal", List.of(Turn.ASSISTANT), patterns.refusal()),
        new PatternFilter("filter", "leaked-instructions", List.of(Turn.ASSISTANT),
            patterns.leakedInstructions()),
        new InjectedClauseFilter(clauseTexts, 8),
        new SlopNameFilter(patterns.slopNames())));
  }
}
