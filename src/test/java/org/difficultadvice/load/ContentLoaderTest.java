package org.difficultadvice.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
  private static final String EXPENSES = "templates/workplace/padded-expenses.ftl";

  @TempDir Path dir;

  private List<Diagnostic> problems(ContentFixture content) {
    return assertThrows(InvalidInputException.class, content::load).diagnostics();
  }

  @Test
  void loadsTheWholeLibrary() throws Exception {
    ContentLibrary library = ContentFixture.copyInto(dir).load();
    assertEquals(4, library.constitution().size());
    assertEquals(3, library.taxonomy().domains().size());
    assertEquals(List.of("city", "org", "person"), List.copyOf(library.axes().keySet()));
    assertEquals(5, library.templates().size());
    assertEquals("healthcare.backdated-chart", library.templates().get(0).id());
  }

  @Test
  void reportsAnUnknownClauseIdAtTheClausesLine() throws Exception {
    ContentFixture content = ContentFixture.copyInto(dir);
    Path file = content.edit(EXPENSES, "honesty.no-deception]", "honesty.no-such]");
    Diagnostic d = problems(content).get(0);
    assertEquals(file, d.file());
    assertEquals(8, d.line());
    assertEquals("unknown clause id 'honesty.no-such'", d.message());
  }

  @Test
  void reportsAnUnknownAxisAtTheAxesLine() throws Exception {
    ContentFixture content = ContentFixture.copyInto(dir);
    Path file = content.edit(EXPENSES, "axes: [person, org, city]", "axes: [person, org, town]");
    content.edit(EXPENSES, "${city.name}", "${town.name}");
    Diagnostic d = problems(content).get(0);
    assertEquals(file, d.file());
    assertEquals(9, d.line());
    assertEquals("unknown axis 'town'", d.message());
    assertTrue(d.fix().contains("templates/axes/town.csv"), d.fix());
  }

  @Test
  void reportsADomainAndTemptationMissingFromTheTaxonomy() throws Exception {
    ContentFixture content = ContentFixture.copyInto(dir);
    content.edit(EXPENSES, "domain: workplace", "domain: sports");
    content.edit(EXPENSES, "id: workplace.", "id: sports.");
    content.edit(EXPENSES, "temptation: falsifying-records", "temptation: bribery");
    List<Diagnostic> problems = problems(content);
    assertEquals("unknown domain 'sports'", problems.get(0).message());
    assertEquals(3, problems.get(0).line());
    assertEquals("unknown temptation 'bribery'", problems.get(1).message());
    assertEquals(5, problems.get(1).line());
  }

  @Test
  void reportsAnUndefinedVariableAtItsLineInTheFile() throws Exception {
    ContentFixture content = ContentFixture.copyInto(dir);
    Path file = content.edit(EXPENSES, "made-up one.", "made-up one by ${manager.name}.");
    Diagnostic d = problems(content).get(0);
    assertEquals(file, d.file());
    assertEquals(13, d.line());
    assertTrue(d.column() > 0, d.toString());
    assertEquals("undefined variable 'manager'", d.message());
    assertTrue(d.toString().startsWith(file + ":13:"), d.toString());
  }

  @Test
  void suggestsTheColumnsOfAnAxisForAMisspeltColumn() throws Exception {
    ContentFixture content = ContentFixture.copyInto(dir);
    content.edit(EXPENSES, "${person.role}", "${person.job}");
    Diagnostic d = problems(content).get(0);
    assertEquals(11, d.line());
    assertEquals("undefined variable 'person.job'", d.message());
    assertTrue(d.fix().contains("[name, role]"), d.fix());
  }

  @Test
  void reportsADuplicateTemplateIdNamingBothFiles() throws Exception {
    ContentFixture content = ContentFixture.copyInto(dir);
    Path other = content.edit("templates/workplace/covering-a-colleague.ftl",
        "id: workplace.covering-a-colleague", "id: workplace.padded-expenses");
    Diagnostic d = problems(content).get(0);
    // Files are read in sorted order, so covering-a-colleague.ftl is the first of the two.
    assertEquals(content.file(EXPENSES), d.file());
    assertEquals(2, d.line());
    assertEquals("duplicate template id 'workplace.padded-expenses' (also in " + other + ":2)",
        d.message());
  }

  @Test
  void collectsProblemsFromEveryFileAtOnce() throws Exception {
    ContentFixture content = ContentFixture.copyInto(dir);
    content.edit("constitution/care.md", "# Care for others", "# Care\n## No id\ntext\n");
    content.edit("templates/axes/city.csv", "Accra", "Accra,Ghana");
    content.edit("templates/housing/deposit-photos.ftl", "${person.name}", "${person.name");
    content.edit("templates/taxonomy.yaml", "domains:", "domain:");
    List<String> files = problems(content).stream()
        .map(d -> dir.relativize(d.file()).toString().replace('\\', '/')).distinct().toList();
    assertEquals(List.of("constitution/care.md", "templates/taxonomy.yaml",
        "templates/axes/city.csv", "templates/housing/deposit-photos.ftl"), files);
  }

  @Test
  void loadingWritesNothing() throws Exception {
    ContentFixture content = ContentFixture.copyInto(dir);
    List<Path> before = content.files();
    content.load();
    content.edit(EXPENSES, "${person.role}", "${person.job}");
    assertThrows(InvalidInputException.class, content::load);
    assertEquals(before, content.files());
  }
}
