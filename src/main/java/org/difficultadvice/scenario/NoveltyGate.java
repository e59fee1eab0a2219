package org.difficultadvice.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.difficultadvice.load.ScenarioSettings;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.quality.BriefChecks;
import org.difficultadvice.quality.MinHashSignature;
import org.difficultadvice.quality.StoryMask;
import org.difficultadvice.quality.StorySimilarityIndex;

/**
 * Decides whether a written situation is a new story: not a retelling of one already accepted in
 * the run or of a library brief (the masked brief's similarity), not the same title as an
 * accepted one, and clean under the brief-level filters. Callers ask in plan order on one
 * thread; what it accepts is then a function of the plan and the answers, never of timing.
 */
public final class NoveltyGate {
  private final StorySimilarityIndex stories;
  private final TitleIndex titles;
  private final BriefChecks checks;

  public NoveltyGate(ScenarioSettings settings, BriefChecks checks) {
    this.stories = new StorySimilarityIndex(settings.similarity());
    this.titles = new TitleIndex(settings.titleSimilarity());
    this.checks = checks;
  }

  /** A library spec's brief, which no scenario may retell. */
  public void addLibraryBrief(DilemmaSpec spec) {
    String masked = StoryMask.mask(spec.brief(), namesBoundIn(spec));
    stories.add("library template " + spec.template(), stories.signature(masked));
  }

  /** Why {@code scenario} is not accepted, or empty when it is new and clean. */
  public Optional<Rejection> rejection(Scenario scenario, ScenarioSeed seed) {
    Optional<BriefChecks.Problem> problem = checks.problem(scenario.allText());
    if (problem.isPresent()) {
      return Optional.of(new Rejection(problem.get().reason(), problem.get().detail()));
    }
    Optional<StorySimilarityIndex.Match> story = stories.closest(signature(scenario, seed));
    if (story.isPresent()) {
      return Optional.of(new Rejection("retelling", String.format(Locale.ROOT,
          "the story retells %s (similarity %.2f)", story.get().key(),
          story.get().similarity())));
    }
    Optional<TitleIndex.Match> title = titles.closest(titleWords(scenario, seed));
    if (title.isPresent()) {
      return Optional.of(new Rejection("same-title", String.format(Locale.ROOT,
          "the title names the story of %s (similarity %.2f)", title.get().key(),
          title.get().similarity())));
    }
    return Optional.empty();
  }

  /** Records an accepted scenario, which later ones are compared with. */
  public void accept(String specId, Scenario scenario, ScenarioSeed seed) {
    stories.add("spec " + specId, signature(scenario, seed));
    titles.add("spec " + specId, titleWords(scenario, seed));
  }

  private MinHashSignature signature(Scenario scenario, ScenarioSeed seed) {
    return stories.signature(StoryMask.mask(scenario.brief(), seed.names()));
  }

  private static Set<String> titleWords(Scenario scenario, ScenarioSeed seed) {
    return TitleIndex.contentWords(StoryMask.mask(scenario.title(), seed.names()));
  }

  /** Person and place names among a library spec's bound values. */
  static List<String> namesBoundIn(DilemmaSpec spec) {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, String> binding : spec.bindings().entrySet()) {
      String column = binding.getKey().substring(binding.getKey().indexOf('.') + 1);
      if (column.equals("name") || column.equals("city") || column.equals("country")) {
        names.add(binding.getValue());
      }
    }
    return names;
  }

  /**
   * @param reason {@code retelling}, {@code same-title}, {@code eval-theme} or
   *     {@code slop-name}
   */
  public record Rejection(String reason, String detail) {}
}
