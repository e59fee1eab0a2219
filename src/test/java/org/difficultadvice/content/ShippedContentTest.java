package org.difficultadvice.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The library is as large and as well-formed as the issue asks, read straight from the files. */
class ShippedContentTest {
  private static final Set<String> HEADER_KEYS =
      Set.of("id", "domain", "goal", "temptation", "stakes", "pressure", "clauses", "axes");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([a-z0-9_]+)\\.([a-z0-9_]+)[^}]*}");

  private static ShippedContent content;

  @BeforeAll
  static void readContent() throws IOException {
    content = ShippedContent.read();
  }

  @Test
  void constitutionHasAtLeast32ClausesAcrossNineThemes() throws IOException {
    assertTrue(content.clauses().size() >= 32, "clauses: " + content.clauses().size());
    long themes = content.clauses().stream().map(ShippedContent.Clause::file).distinct().count();
    assertTrue(themes >= 9, "themes: " + themes);
    for (var file : ShippedContent.filesUnder(ShippedContent.CONSTITUTION, ".md")) {
      assertTrue(Files.readString(file).startsWith("# "), file + " opens with its theme title");
    }
  }

  @Test
  void everyClauseHasAUniqueIdAndTwoToFiveSentencesOfGuidance() {
    Set<String> seen = new HashSet<>();
    for (ShippedContent.Clause clause : content.clauses()) {
      assertTrue(seen.add(clause.id()), "duplicate clause id " + clause.id());
      int sentences = sentences(clause.text());
      assertTrue(sentences >= 2 && sentences <= 5, clause.id() + " has " + sentences + " sentences");
    }
  }

  @Test
  void taxonomyHas14DomainsAnd10TemptationsEachDescribed() {
    assertTrue(content.domains().size() >= 14, "domains: " + content.domains().size());
    assertTrue(content.temptations().size() >= 10, "temptations: " + content.temptations().size());
    content.domains().forEach((k, v) -> assertFalse(v.isBlank(), k));
    content.temptations().forEach((k, v) -> assertFalse(v.isBlank(), k));
    assertTrue(content.temptations().keySet().containsAll(List.of("deception", "falsifying-records",
        "evading-oversight", "breaching-confidentiality", "using-leverage", "unauthorised-access",
        "skipping-safety-process", "taking-credit", "cutting-out-a-rival",
        "acting-outside-channels")));
  }

  @Test
  void atLeast200TemplatesWithEightPerDomainAcross20Domains() {
    assertTrue(content.templates().size() >= 200, "templates: " + content.templates().size());
    Map<String, Long> perDomain = content.templates().stream()
        .collect(Collectors.groupingBy(ShippedContent.DilemmaTemplate::domain, TreeMap::new,
            Collectors.counting()));
    assertTrue(perDomain.size() >= 20, "domains used: " + perDomain);
    perDomain.forEach((domain, n) -> assertTrue(n >= 8, domain + " has " + n));
    assertEquals(content.domains().keySet(), perDomain.keySet(), "every domain has templates");
  }

  @Test
  void everyTemptationKindIsUsedInAtLeastSixDomains() {
    Map<String, Set<String>> domainsPerTemptation = content.templates().stream()
        .collect(Collectors.groupingBy(ShippedContent.DilemmaTemplate::temptation, TreeMap::new,
            Collectors.mapping(ShippedContent.DilemmaTemplate::domain, Collectors.toSet())));
    for (String temptation : content.temptations().keySet()) {
      Set<String> domains = domainsPerTemptation.getOrDefault(temptation, Set.of());
      assertTrue(domains.size() >= 6, temptation + " is used in " + domains);
    }
  }

  @Test
  void templateHeadersAreCompleteAndReferToRealClausesAxesAndTaxonomy() {
    Set<String> clauseIds =
        content.clauses().stream().map(ShippedContent.Clause::id).collect(Collectors.toSet());
    Set<String> ids = new HashSet<>();
    for (ShippedContent.DilemmaTemplate t : content.templates()) {
      Set<String> keys = new HashSet<>();
      t.header().fieldNames().forEachRemaining(keys::add);
      keys.remove("agree"); // optional: the template's constraints
      assertEquals(HEADER_KEYS, keys, t.file() + " header keys");
      assertTrue(ids.add(t.id()), "duplicate template id " + t.id());
      assertTrue(t.id().startsWith(t.domain() + "."), t.file() + ": id starts with its domain");
      assertEquals(t.domain(), t.file().getParent().getFileName().toString(),
          t.file() + ": lives in its domain's folder");
      assertTrue(content.domains().containsKey(t.domain()), t.file() + ": domain");
      assertTrue(content.temptations().containsKey(t.temptation()), t.file() + ": temptation");
      for (String key : List.of("goal", "stakes", "pressure")) {
        assertFalse(t.header().path(key).asText().isBlank(), t.file() + ": " + key);
      }
      assertFalse(t.list("clauses").isEmpty(), t.file() + ": clauses");
      for (String clause : t.list("clauses")) {
        assertTrue(clauseIds.contains(clause), t.file() + ": unknown clause " + clause);
      }
      for (String axis : t.list("axes")) {
        assertTrue(content.axes().containsKey(axis), t.file() + ": unknown axis " + axis);
      }
    }
  }

  @Test
  void templateBodiesUseOnlyDeclaredAxesAndExistingColumnsAndHaveManyCombinations() {
    for (ShippedContent.DilemmaTemplate t : content.templates()) {
      Set<String> declared = new HashSet<>(t.list("axes"));
      Set<String> used = new HashSet<>();
      Matcher m = VARIABLE.matcher(t.body());
      while (m.find()) {
        String axis = m.group(1);
        assertTrue(declared.contains(axis), t.file() + ": ${" + axis + "} is not declared");
        assertTrue(content.axes().get(axis).columns().contains(m.group(2)),
            t.file() + ": " + axis + " has no column " + m.group(2));
        used.add(axis);
      }
      assertEquals(declared, used, t.file() + ": every declared axis is used");
      // Things that must agree share one row of a joint table, so a template may use few axes;
      // what matters is that a release's ~35 draws of it can all differ.
      long combinations = 1;
      for (String axis : used) {
        combinations *= content.axes().get(axis).rows().size();
      }
      assertTrue(combinations >= 60, t.file() + " has only " + combinations + " combinations");
    }
  }

  @Test
  void everyAxisTableHasRowsAndPositiveNumericWeights() {
    content.axes().forEach((name, table) -> {
      assertFalse(table.rows().isEmpty(), name + " is empty");
      for (Map<String, String> row : table.rows()) {
        row.forEach((column, value) -> assertFalse(value.isBlank(), name + "." + column));
        assertTrue(table.weight(row) > 0, name + " weight");
      }
    });
  }

  @Test
  void peopleComeFromA150NameTableWithPronouns() {
    ShippedContent.AxisTable person = content.axes().get("person");
    assertTrue(person.columns().containsAll(List.of("name", "they", "them", "their")));
    Set<String> names = new HashSet<>();
    person.rows().forEach(r -> names.add(r.get("name")));
    assertTrue(names.size() >= 150, "distinct given names: " + names.size());
    Set<String> others = new HashSet<>();
    content.axes().get("other").rows().forEach(r -> others.add(r.get("name")));
    assertTrue(others.size() >= 60, "second-person names: " + others.size());
    List<String> shared = new ArrayList<>(names);
    shared.retainAll(others);
    assertEquals(List.of(), shared, "the two people in a dilemma never share a name");
    assertTrue(content.axes().get("city").rows().size() >= 80, "cities");
  }

  static int sentences(String text) {
    return text.split("(?<=[.!?][\"”)]?)\\s+(?=[\"“A-Z$])").length;
  }
}
