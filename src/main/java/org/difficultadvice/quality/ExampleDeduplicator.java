package org.difficultadvice.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
 *
 * <p>The scaffold rule must not hide a story told twice, so after the user pass the examples of
 * one story ({@link org.difficultadvice.plan.DilemmaSpec#story()}) are compared with each other
 * on their user turns with people and places masked ({@link StoryMask}) and no scaffolding left
 * out; a near copy is dropped as a {@code retelling}. Different stories are never compared
 * here, so text that a template lends to all its stories still makes no two of them alike.
 */
final class ExampleDeduplicator implements Deduplication {
  /** The drop reason of a story told again with other names (stage {@code dedup}). */
  static final String RETELLING = "retelling";

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
    List<Example> afterRetelling = retellings(afterUser, drops);
    List<Example> afterAssistant = pass(afterRetelling, prior.assistantTurns(), "assistant",
        e -> new KeyedText<>(e.specId(), e.assistantMessage()), drops);
    List<Example> kept = pass(afterAssistant, prior.wholeExamples(), "example",
        e -> new KeyedText<>(e.specId(),
            wholeText(e.systemPrompt(), e.userMessage(), e.assistantMessage()),
            e.spec().template()),
        drops);
    return new Selection(kept, drops);
  }

  /** Within each story, near copies of the masked user turn; no scaffolding left out. */
  private List<Example> retellings(List<Example> examples, List<Drop> drops) {
    Map<String, List<KeyedText<String>>> byStory = new TreeMap<>();
    for (Example example : examples) {
      byStory.computeIfAbsent(example.spec().story(), s -> new ArrayList<>())
          .add(new KeyedText<>(example.specId(),
              StoryMask.mask(example.userMessage(), StoryMask.namesBoundIn(example.spec()))));
    }
    Map<String, DuplicateMatch<String>> matches = new HashMap<>();
    for (List<KeyedText<String>> story : byStory.values()) {
      if (story.size() > 1) {
        finder.find(story).forEach(m -> matches.put(m.key(), m));
      }
    }
    List<Example> kept = new ArrayList<>();
    for (Example example : examples) {
      DuplicateMatch<String> match = matches.get(example.specId());
      if (match == null) {
        kept.add(example);
      } else {
        drops.add(new Drop("dedup", RETELLING, example.specId(),
            String.format(Locale.ROOT, "story %s, user turn with names masked: Jaccard %.3f",
                example.spec().story(), match.similarity()),
            Optional.of(match.survivor())));
      }
    }
    return kept;
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
