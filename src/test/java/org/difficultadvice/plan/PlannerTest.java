package org.difficultadvice.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.difficultadvice.load.ContentFixture;
import org.difficultadvice.load.ContentLibrary;
import org.difficultadvice.load.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlannerTest {
  @TempDir Path dir;

  private ContentLibrary library() throws Exception {
    return ContentFixture.copyInto(dir).load();
  }

  @Test
  void theSameSeedGivesTheSameSpecs() throws Exception {
    ContentLibrary library = library();
    assertEquals(new Planner(library).plan(200, 7).specs(),
        new Planner(library).plan(200, 7).specs());
  }

  @Test
  void aDifferentSeedGivesDifferentSpecs() throws Exception {
    ContentLibrary library = library();
    Set<String> first = ids(new Planner(library).plan(50, 7));
    Set<String> second = ids(new Planner(library).plan(50, 8));
    assertNotEquals(first, second);
    assertTrue(first.stream().filter(second::contains).count() < 25);
  }

  @Test
  void idsAreDistinctAndAreTheHashOfTheCanonicalForm() throws Exception {
    List<DilemmaSpec> specs = new Planner(library()).plan(600, 1).specs();
    assertEquals(600, specs.size());
    assertEquals(600, ids(new Plan(specs, 600)).size());
    for (DilemmaSpec spec : specs) {
      assertEquals(SpecId.of(spec.template(), spec.bindings()), spec.id());
      assertTrue(spec.id().matches("[0-9a-f]{16}"), spec.id());
    }
  }

  @Test
  void spreadsSpecsEvenlyAcrossDomainsAndTheirTemptationKinds() throws Exception {
    ContentFixture content = ContentFixture.copyInto(dir);
    content.write("templates/housing/second.ftl", """
        <#--
        id: housing.second
        domain: housing
        goal: keep a flat
        temptation: deception
        stakes: a home
        pressure: an inspection
        clauses: [honesty.no-deception]
        axes: [person, city]
        -->
        ${person.name} in ${city.name} is tempted to hide a broken boiler.
        """);
    Plan plan = new Planner(content.load()).plan(150, 3);
    assertEquals(Map.of("healthcare", 50L, "housing", 50L, "workplace", 50L),
        plan.countsByDomain());
    Map<String, Long> workplaceKinds = plan.specs().stream()
        .filter(s -> s.domain().equals("workplace"))
        .collect(Collectors.groupingBy(DilemmaSpec::temptation, Collectors.counting()));
    assertEquals(Map.of("falsifying-records", 25L, "deception", 25L), workplaceKinds);
  }

  @Test
  void noStoryIsToldMoreThanTenPercentAboveTheMeanWhileOthersHaveRoom() throws Exception {
    // 5 templates, 300 specs: the mean is 60, so housing's single template stops at 66 and
    // the other domains make up the difference.
    Plan plan = new Planner(library()).plan(300, 3);
    assertEquals(Map.of("healthcare", 117L, "housing", 66L, "workplace", 117L),
        plan.countsByDomain());
  }

  @Test
  void domainsThatRunOutAreMadeUpByOthersUpToTwiceTheirFairShare() throws Exception {
    ContentFixture content = ContentFixture.copyInto(dir);
    // housing's only template now has 2 rows x 1 row = 2 distinct specs.
    content.write("templates/axes/flat.csv", "name\nattic\nbasement\n");
    content.write("templates/housing/deposit-photos.ftl", """
        <#--
        id: housing.deposit-photos
        domain: housing
        goal: get a fair deposit back
        temptation: deception
        stakes: two months' rent
        pressure: the landlord wants an answer this week
        clauses: [honesty.no-deception]
        axes: [flat]
        -->
        Someone is moving out of the ${flat.name} flat.
        """);
    Plan plan = new Planner(content.load()).plan(90, 3);
    assertEquals(Map.of("healthcare", 44L, "housing", 2L, "workplace", 44L),
        plan.countsByDomain());
    // Fair share 150: healthcare has 120 combinations, workplace 420 but is held to 300.
    Plan capped = new Planner(content.load()).plan(450, 3);
    assertEquals(Map.of("healthcare", 120L, "housing", 2L, "workplace", 300L),
        capped.countsByDomain());
    assertEquals(450, capped.requested());
  }

  @Test
  void stopsWhenEveryCombinationIsUsed() throws Exception {
    // The fixture has 900 combinations in all: 420 workplace, 120 healthcare, 360 housing.
    Plan plan = new Planner(library()).plan(100_000, 5);
    assertEquals(900, plan.specs().size());
    assertEquals(plan.specs().size(), ids(plan).size());
    assertEquals(100_000, plan.requested());
  }

  @Test
  void bindingsNameAxisAndColumnWithoutTheWeight() throws Exception {
    DilemmaSpec spec = new Planner(library()).plan(3, 11).specs().stream()
        .filter(s -> s.template().equals("workplace.padded-expenses")).findFirst().orElseThrow();
    assertEquals(Set.of("person.name", "person.role", "org.name", "org.kind", "city.name"),
        spec.bindings().keySet());
    assertTrue(spec.brief().startsWith(spec.bindings().get("person.name") + " works as a "),
        spec.brief());
    assertFalse(spec.brief().contains("<#--"), spec.brief());
    assertEquals(List.of("honesty.accurate-records", "honesty.no-deception"), spec.clauses());
    assertEquals("the claim deadline is Friday", spec.pressure());
  }

  @Test
  void heavierRowsAreDrawnMoreOften() throws Exception {
    // Amara Okafor weighs 2, the nine others 1.
    Map<String, Long> people = new Planner(library()).plan(200, 9).specs().stream()
        .collect(Collectors.groupingBy(s -> s.bindings().get("person.name"),
            Collectors.counting()));
    long amara = people.get("Amara Okafor");
    double others = people.entrySet().stream().filter(e -> !e.getKey().equals("Amara Okafor"))
        .mapToLong(Map.Entry::getValue).average().orElseThrow();
    assertTrue(amara > 1.5 * others, "Amara " + amara + ", others " + others);
  }

  @Test
  void aRowThatBreaksTheTemplateIsReportedWithFileAndLine() throws Exception {
    ContentFixture content = ContentFixture.copyInto(dir);
    // Validation renders the first row and two sampled ones; the planner meets the rest.
    content.write("templates/axes/city.csv",
        "name,size\nPorto,1\nKochi,big\nTromsø,3\n");
    content.edit("templates/healthcare/shared-diagnosis.ftl", "${city.name}",
        "${city.name} (${city.size?number} districts)");
    ContentLibrary library;
    try {
      library = content.load();
    } catch (InvalidInputException e) {
      // The sampled rows hit the bad one: validation caught it, which is just as good.
      assertTrue(e.getMessage().contains("shared-diagnosis.ftl:11:"), e.getMessage());
      return;
    }
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new Planner(library).plan(200, 1));
    assertTrue(e.getMessage().contains("shared-diagnosis.ftl:11:"), e.getMessage());
  }

  @Test
  void templatesOfADomainTakeEqualTurnsWhateverTheirTemptationKinds() throws Exception {
    ContentFixture content = ContentFixture.copyInto(dir);
    // workplace now has two deception templates and one falsifying-records template.
    content.write("templates/workplace/second-deception.ftl", """
        <#--
        id: workplace.second-deception
        domain: workplace
        goal: keep a job
        temptation: deception
        stakes: a job
        pressure: a review
        clauses: [honesty.no-deception]
        axes: [person, city]
        -->
        ${person.name} in ${city.name} is tempted to say something untrue.
        """);
    Map<String, Long> perTemplate = new Planner(content.load()).plan(300, 3).specs().stream()
        .filter(s -> s.domain().equals("workplace"))
        .collect(Collectors.groupingBy(DilemmaSpec::template, Collectors.counting()));
    assertEquals(Map.of("workplace.covering-a-colleague", 45L,
        "workplace.padded-expenses", 45L, "workplace.second-deception", 45L), perTemplate);
  }

  @Nested
  class UnderConstraints {
    private ContentFixture content;

    @BeforeEach
    void addSavingsGroups() {
      content = ContentFixture.copyInto(dir);
      content.write("templates/axes/savings_group.csv",
          "name,country,weight\nstokvel,South Africa,1\nsusu,Ghana,1\nesusu,Nigeria,1\n");
      content.write("templates/axes/place.csv", """
          name,country,weight
          Soweto,South Africa,1
          Durban,South Africa,1
          Accra,Ghana,3
          Kumasi,Ghana,1
          Lagos,Nigeria,1
          Porto,Portugal,1
          """);
      StringBuilder days = new StringBuilder("n\n");
      for (int d = 1; d <= 50; d++) {
        days.append(d).append('\n');
      }
      content.write("templates/axes/day.csv", days.toString());
      content.write("templates/housing/pot.ftl", """
          <#--
          id: housing.pot
          domain: housing
          goal: keep the group's savings safe
          temptation: deception
          stakes: the pot
          pressure: a relative's shop
          clauses: [honesty.no-deception]
          axes: [person, savings_group, place, day]
          agree: [savings_group.country = place.country]
          -->
          ${person.name} keeps the ${savings_group.name} pot in ${place.name} on day ${day.n}.
          """);
    }

    private List<DilemmaSpec> pots(ContentLibrary library, int count) throws Exception {
      return new Planner(library).plan(count, 5).specs().stream()
          .filter(s -> s.template().equals("housing.pot")).toList();
    }

    @Test
    void everyDrawnSpecSatisfiesTheConstraints() throws Exception {
      List<DilemmaSpec> pots = pots(content.load(), 300);
      assertFalse(pots.isEmpty());
      for (DilemmaSpec spec : pots) {
        assertEquals(spec.bindings().get("savings_group.country"),
            spec.bindings().get("place.country"), spec.brief());
      }
      assertTrue(pots.stream().noneMatch(s -> s.brief().contains("Porto")));
    }

    @Test
    void stopsAtTheCombinationsThatSatisfyThemAll() throws Exception {
      // 10 people x 50 days x (2 South African + 2 Ghanaian + 1 Nigerian place pairs).
      assertEquals(2_500, pots(content.load(), 100_000).size());
    }

    @Test
    void weightsAreKeptAmongTheRowsThatAgree() throws Exception {
      Map<String, Long> ghana = pots(content.load(), 1_200).stream()
          .filter(s -> s.bindings().get("place.country").equals("Ghana"))
          .collect(Collectors.groupingBy(s -> s.bindings().get("place.name"),
              Collectors.counting()));
      assertTrue(ghana.get("Accra") > 1.5 * ghana.get("Kumasi"), ghana.toString());
    }

    @Test
    void aTemplatesDrawsDoNotChangeWhenOtherTemplatesAreAdded() throws Exception {
      List<String> before = pots(content.load(), 60).stream().map(DilemmaSpec::id).toList();
      content.write("templates/healthcare/another.ftl", """
          <#--
          id: healthcare.another
          domain: healthcare
          goal: a goal
          temptation: deception
          stakes: some stakes
          pressure: some pressure
          clauses: [honesty.no-deception]
          axes: [person]
          -->
          ${person.name} again.
          """);
      List<String> after = pots(content.load(), 60).stream().map(DilemmaSpec::id).toList();
      // The share of each domain may change; the template's k-th draw does not.
      int common = Math.min(before.size(), after.size());
      assertTrue(common >= 5);
      assertEquals(before.subList(0, common), after.subList(0, common));
    }
  }

  @Test
  void canonicalFormEscapesLineBreaksSoDistinctBindingsCannotCollide() {
    assertNotEquals(SpecId.canonicalForm("t", Map.of("a.x", "1\nb.y=2")),
        SpecId.canonicalForm("t", Map.of("a.x", "1", "b.y", "2")));
  }

  private static Set<String> ids(Plan plan) {
    return plan.specs().stream().map(DilemmaSpec::id).collect(Collectors.toSet());
  }
}
