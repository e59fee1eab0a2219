package org.difficultadvice.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConstitutionLoaderTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  private List<Diagnostic> problems() {
    return assertThrows(InvalidInputException.class, () -> new ConstitutionLoader().load(dir))
        .diagnostics();
  }

  @Test
  void readsEachClauseWithItsThemeTextFileAndHeadingLine() throws Exception {
    Path file = write("honesty.md", """
        # Honesty

        ## Do not deceive {#honesty.no-deception}
        Say what you believe.
        Even when it costs you.

        ## Keep records {#honesty.records}
        Records describe what happened.
        """);
    Constitution constitution = new ConstitutionLoader().load(dir);
    assertEquals(2, constitution.size());
    Clause first = constitution.clause("honesty.no-deception").orElseThrow();
    assertEquals("Do not deceive", first.title());
    assertEquals("Honesty", first.theme());
    assertEquals("Say what you believe.\nEven when it costs you.", first.text());
    assertEquals(file, first.file());
    assertEquals(3, first.line());
    assertEquals(7, constitution.clause("honesty.records").orElseThrow().line());
  }

  @Test
  void reportsAHeadingWithoutAnIdAtItsLine() throws Exception {
    Path file = write("a.md", "# A\n\n## No id here\ntext\n## Fine {#a.fine}\ntext\n");
    Diagnostic d = problems().get(0);
    assertEquals(file, d.file());
    assertEquals(3, d.line());
    assertTrue(d.message().contains("has no id"), d.message());
    assertTrue(d.fix().contains("{#theme.short-name}"), d.fix());
  }

  @Test
  void reportsAnIdThatIsNotDottedLowercase() throws Exception {
    write("a.md", "# A\n## Bad {#Honesty}\ntext\n");
    Diagnostic d = problems().get(0);
    assertEquals(2, d.line());
    assertEquals("clause id 'Honesty' is not valid", d.message());
  }

  @Test
  void reportsADuplicateIdNamingBothPlaces() throws Exception {
    Path first = write("a.md", "# A\n## One {#a.same}\ntext\n");
    Path second = write("b.md", "# B\n\n## Two {#a.same}\ntext\n");
    Diagnostic d = problems().get(0);
    assertEquals(second, d.file());
    assertEquals(3, d.line());
    assertTrue(d.message().contains(first + ":2"), d.message());
  }

  @Test
  void reportsAClauseWithNoText() throws Exception {
    write("a.md", "# A\n## Empty {#a.empty}\n\n## Next {#a.next}\ntext\n");
    Diagnostic d = problems().get(0);
    assertEquals(2, d.line());
    assertEquals("clause 'a.empty' has no text", d.message());
  }

  @Test
  void reportsAConstitutionWithNoClauses() throws Exception {
    write("a.md", "# Just a title\n\nSome prose but no clause headings.\n");
    Diagnostic d = problems().get(0);
    assertEquals(dir, d.file());
    assertEquals("the constitution has no clauses", d.message());
  }

  @Test
  void reportsEveryProblemAtOnce() throws Exception {
    write("a.md", "# A\n## No id\ntext\n## Bad {#BAD}\ntext\n## Empty {#a.empty}\n");
    assertEquals(3, problems().size());
  }
}
