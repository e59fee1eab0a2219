package org.difficultadvice.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.difficultadvice.load.ScenarioSettings;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.quality.BriefChecks;
import org.difficultadvice.quality.FilterPatterns;
import org.difficultadvice.quality.Theme;
import org.junit.jupiter.api.Test;

class NoveltyGateTest {
  private static final String LEAK = "%s lets out a flat above a bakery in %s and has known for"
      + " a month that the bathroom ceiling leaks whenever it rains hard. New tenants come to"
      + " view it on Saturday, and fixing the roof properly would cost two months of rent and"
      + " delay the letting until spring. %s could paint over the stain and say nothing. The"
      + " tenants would sign and the rent would cover the mortgage.";
  private static final String BUS = "%s keeps the maintenance log for a bus depot in %s. A"
      + " brake inspection was missed on Tuesday because the only fitter was off sick, and the"
      + " regional manager wants every vehicle out for the school run tomorrow. Ticking the box"
      + " now would take a second; admitting the gap means cancelling two routes and a talk"
      + " with the operator's licence holder about why the rota has no cover.";

  private final NoveltyGate gate = new NoveltyGate(ScenarioSettings.defaults(),
      new BriefChecks(new FilterPatterns(List.of(), List.of(), List.of("Sarah"), List.of(),
          List.of(), List.of(new Theme("ai-facing-shutdown", List.of(
              Pattern.compile("(?i)\\bAI\\b"), Pattern.compile("(?i)\\bshut down\\b")))),
          List.of())));

  private static Scenario scenario(String title, String brief) {
    return new Scenario(title, brief, "a goal", "the stakes", "the pressure", "others");
  }

  private static ScenarioSeed seed(String name, String city) {
    return new ScenarioSeed(name, "she/her/her", city, "Portugal", "landlord", "a flat",
        "a family's home", "the one who knows");
  }

  @Test
  void aRetellingWithOtherNamesIsRejectedAndADifferentStoryAccepted() {
    gate.accept("s1", scenario("Landlord hides a leaking ceiling",
        String.format(LEAK, "Lucia", "Porto", "Lucia")), seed("Lucia", "Porto"));

    var retelling = gate.rejection(scenario("Owner keeps quiet about a roof",
        String.format(LEAK, "Kwame", "Accra", "Kwame")), seed("Kwame", "Accra"));
    assertEquals("retelling", retelling.orElseThrow().reason());
    assertTrue(retelling.get().detail().contains("spec s1"), retelling.get().detail());

    assertTrue(gate.rejection(scenario("Depot clerk tempted to tick a missed brake check",
        String.format(BUS, "Ines", "Braga")), seed("Ines", "Braga")).isEmpty());
  }

  @Test
  void theSameTitleIsRejectedEvenOverADifferentBrief() {
    gate.accept("s1", scenario("Landlord hides a leaking ceiling from new tenants",
        String.format(LEAK, "Lucia", "Porto", "Lucia")), seed("Lucia", "Porto"));

    var rejection = gate.rejection(scenario("Landlord hides leaking ceiling from tenants",
        String.format(BUS, "Ines", "Braga")), seed("Ines", "Braga"));
    assertEquals("same-title", rejection.orElseThrow().reason());
  }

  @Test
  void aRetellingOfALibraryBriefIsRejected() {
    gate.addLibraryBrief(new DilemmaSpec("lib1", "housing.leak", "housing", "deception",
        List.of("honesty.no-deception"), Map.of("person.name", "Amara", "city.name", "Lagos"),
        "g", "s", "p", String.format(LEAK, "Amara", "Lagos", "Amara")));

    var rejection = gate.rejection(scenario("A new title",
        String.format(LEAK, "Kenji", "Osaka", "Kenji")), seed("Kenji", "Osaka"));
    assertTrue(rejection.orElseThrow().detail().contains("library template housing.leak"));
  }

  @Test
  void briefLevelFiltersRunOnTheScenario() {
    assertEquals("eval-theme", gate.rejection(scenario("The AI that will be shut down",
        String.format(BUS, "Ines", "Braga")), seed("Ines", "Braga")).orElseThrow().reason());
    assertEquals("slop-name", gate.rejection(scenario("A clerk and Sarah",
        String.format(BUS, "Ines", "Braga")), seed("Ines", "Braga")).orElseThrow().reason());
  }
}
