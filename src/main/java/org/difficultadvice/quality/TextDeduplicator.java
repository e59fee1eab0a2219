package org.difficultadvice.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.difficultadvice.generate.Example;

/**
 * Dedup for the text kinds: exact, then near duplicates (MinHash LSH over word shingles) of the
 * text itself, against an earlier release's answers too. Texts of one kind and form share a
 * group, so the phrasing every text of a form repeats (an FAQ's "Q:") is left out of the
 * comparison as scaffolding.
 */
final class TextDeduplicator implements Deduplication {
  private final DuplicateFinder<String> finder;

  TextDeduplicator(DedupParameters parameters) {
    this.finder = new DuplicateFinder<>(parameters);
  }

  @Override
  public Selection apply(List<Example> examples, PriorRelease prior) {
    Map<String, DuplicateMatch<String>> matches = finder
        .find(prior.assistantTurns(), examples.stream()
            .map(e -> new KeyedText<>(e.specId(), e.assistantMessage(), e.spec().template()))
            .toList())
        .stream().collect(Collectors.toMap(DuplicateMatch::key, m -> m));
    List<Example> kept = new ArrayList<>();
    List<Drop> drops = new ArrayList<>();
    for (Example example : examples) {
      DuplicateMatch<String> match = matches.get(example.specId());
      if (match == null) {
        kept.add(example);
      } else {
        drops.add(new Drop("dedup", match.kind().label() + "-duplicate-text", example.specId(),
            String.format(Locale.ROOT, "text: Jaccard %.3f", match.similarity()),
            Optional.of(match.survivor())));
      }
    }
    return new Selection(kept, drops);
  }
}
