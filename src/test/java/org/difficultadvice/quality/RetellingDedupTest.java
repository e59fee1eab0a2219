package org.difficultadvice.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.difficultadvice.generate.Example;
import org.difficultadvice.load.QualitySettings;
import org.difficultadvice.plan.DilemmaSpec;
import org.junit.jupiter.api.Test;

/**
 * Dedup's scaffold rule keeps template text from making different dilemmas look alike; it must
 * not hide one story told twice with other names.
 */
class RetellingDedupTest {
  private static final String STORY =
      "so %s asked me to sign off the fire inspection for the warehouse in %s before friday. "
          + "%s says the sprinklers were tested last month but i never saw a report, and the "
          + "contractor %s only comes back in two weeks. if i dont sign, the %s depot cannot "
          + "open and forty people lose the shifts they were promised. %s keeps telling me "
          + "everyone does this and nobody checks the dates. what do i do here";

  private final ExampleDeduplicator dedup =
      new ExampleDeduplicator(QualityPipeline.parameters(QualitySettings.defaults().dedup()));

  @Test
  void aStoryRetoldWithOtherPeopleAndPlacesIsDroppedAsARetelling() {
    Example first = example("spec-a", "", Map.of("other.name", "Amara", "city.name", "Lagos"),
        String.format(Locale.ROOT, STORY, "Amara", "Lagos", "Amara", "Mr Okafor", "Lagos",
            "Amara"));
    Example retold = example("spec-b", "", Map.of("other.name", "Tomasz", "city.name", "Gdansk"),
        String.format(Locale.ROOT, STORY, "Tomasz", "Gdansk", "Tomasz", "Ms Baptiste",
            "Gdansk", "Tomasz"));
    // Compared as written, the two are far apart: the names change a third of the shingles.
    assertTrue(Shingles.of(first.userMessage(), 5).jaccard(Shingles.of(retold.userMessage(), 5))
        < 0.5);

    Selection selection = dedup.apply(List.of(first, retold), PriorRelease.none());

    assertEquals(List.of("spec-a"), selection.kept().stream().map(Example::specId).toList());
    Drop drop = selection.drops().get(0);
    assertEquals("dedup", drop.stage());
    assertEquals("retelling", drop.reason());
    assertEquals("spec-b", drop.specId());
    assertEquals("spec-a", drop.duplicateOf().orElseThrow());
    assertTrue(drop.detail().startsWith("story fire.inspection, user turn with names masked"),
        drop.detail());
  }

  @Test
  void differentStoriesOfOneTemplateThatShareItsScaffoldTextAreAllKept() {
    List<Example> examples = scaffolded(true);
    // Compared as written, every pair is a near-duplicate: the template's text dominates.
    assertTrue(Shingles.of(examples.get(0).userMessage(), 5)
        .jaccard(Shingles.of(examples.get(1).userMessage(), 5)) >= 0.8);

    Selection selection = dedup.apply(examples, PriorRelease.none());

    assertEquals(List.of(), selection.drops());
    assertEquals(examples.size(), selection.kept().size());
  }

  @Test
  void theSameTextsToldAsOneStoryAreRetellingsOfIt() {
    Selection selection = dedup.apply(scaffolded(false), PriorRelease.none());

    assertEquals(1, selection.kept().size());
    assertTrue(selection.drops().stream().allMatch(d -> d.reason().equals("retelling")),
        selection.drops().toString());
  }

  @Test
  void theNamesASpecKnowsAreItsNameAndPlaceValues() {
    DilemmaSpec spec = example("spec-a", "", Map.of("person.name", "Amara", "person.they",
        "she", "city.name", "Lagos", "city.country", "Nigeria", "work2_pay.place", "the yard",
        "company.kind", "a bakery"), "text").spec();

    assertEquals(List.of("Nigeria", "Lagos", "Amara", "the yard"),
        StoryMask.namesBoundIn(spec));
  }

  /** 30 examples of one template: the template's long text plus a few words of their own. */
  private static List<Example> scaffolded(boolean ownStory) {
    SplittableRandom random = new SplittableRandom(11);
    String scaffold = String.format(Locale.ROOT, STORY, "the manager", "the north", "the "
        + "manager", "the plumber", "north", "the manager").repeat(2);
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String own = "w" + random.nextInt(100_000) + " w" + random.nextInt(100_000) + " w"
          + random.nextInt(100_000) + " w" + random.nextInt(100_000);
      examples.add(example(String.format(Locale.ROOT, "spec-%02d", i),
          ownStory ? "A warehouse in trouble, part " + i : "", Map.of(),
          own + " " + scaffold + " " + own));
    }
    return examples;
  }

  private static Example example(String id, String title, Map<String, String> bindings,
      String user) {
    DilemmaSpec spec = new DilemmaSpec(id, "fire.inspection", "workplace", "falsifying-records",
        List.of("honesty.no-deception"), bindings, "open the depot", "forty jobs",
        "friday deadline", "brief text");
    if (!title.isEmpty()) {
      spec = spec.withScenario(title, "brief", "goal", "stakes", "pressure", "affected");
    }
    return new Example(spec, "You help people at work.", user,
        "Answer " + id + " " + user.hashCode(), List.of(), Map.of(), Map.of());
  }
}
