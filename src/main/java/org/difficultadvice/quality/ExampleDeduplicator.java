package org.difficultadvice.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.difficultadvice.generate.Example;

/**
 * The dedup stage: exact and near duplicates first among user turns, then among assistant turns
 * alone, then among whole examples (system, user and answer), each against an earlier release
 * too. Only model-written text is compared: the template's brief is never part of an example,
 * and shingles shared by more than a set share of one template's examples (its scaffolding) are
 * left out of the user and whole-example comparisons.
 *
 * <p>The assistant pass exists because a canned answer (the same advice pasted under different
 * questions) passes the other two: the user turns differ, and a different question and system
 * prompt dilute the whole example below the threshold. It compares answers without a template
 * group: an answer is the model's text, not the template's, and a canned answer given to most
 * of one template's examples would otherwise be mistaken for that template's scaffolding.
 */
final class ExampleDeduplicator implements Deduplication {
  private final DuplicateFinder<String> finder;

  public ExampleDeduplicator(DedupParameters parameters) {
    this.finder = new DuplicateFinder<>(parameters);
  }

  /** The text the whole-example pass compares. */
  public static String wholeText(String systemPrompt, String user, String assistant) {
    return systemPrompt + "\n" + user + "\n" + assistant;
  }

  @Override
  public Selection apply(List<Example> examples, PriorRelease prior) {
    List<Drop> drops = new ArrayList<>();
    List<Example> afterUser = pass(examples, prior.userTurns(), "user",
        e -> new KeyedText<>(e.specId(), e.userMessage(), e.spec().template()), drops);
    List<Example> afterAssistant = pass(afterUser, prior.assistantTurns(), "assistant",
        e -> new KeyedText<>(e.specId(), e.assistantMessage()), drops);
    List<Example> kept = pass(afterAssistant, prior.wholeExamples(), "example",
        e -> new KeyedText<>(e.specId(),
            wholeText(e.systemPrompt(), e.userMessage(), e.assistantMessage()),
            e.spec().template()),
        drops);
    return new Selection(kept, drops);
  }

  private List<Example> pass(List<Example> examples, List<KeyedText<String>> prior, String what,
      java.util.function.Function<Example, KeyedText<String>> text, List<Drop> drops) {
    Map<String, DuplicateMatch<String>> matches = finder
        .find(prior, examples.stream().map(text).toList()).stream()
        .collect(Collectors.toMap(DuplicateMatch::key, m -> m));
    List<Example> kept = new ArrayList<>();
    for (Example example : examples) {
      DuplicateMatch<String> match = matches.get(example.specId());
      if (match == null) {
        kept.add(example);
      } else {
        drops.add(new Drop("dedup", match.kind().label() + "-duplicate-" + what,
            example.specId(),
            String.format(Locale.ROOT, "%s: Jaccard %.3f", what, match.similarity()),
            Optional.of(match.survivor())));
      }
    }
    return kept;
  }
}
