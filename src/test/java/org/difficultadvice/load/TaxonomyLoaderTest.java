package org.difficultadvice.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyLoaderTest {
  @TempDir Path dir;

  private Taxonomy load(String text, Diagnostics diagnostics) throws Exception {
    Path file = Files.writeString(dir.resolve("taxonomy.yaml"), text);
    return new TaxonomyLoader().load(file, diagnostics);
  }

  private Diagnostic onlyProblem(String text) throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    assertNull(load(text, diagnostics));
    try {
      diagnostics.throwIfAny();
    } catch (InvalidInputException e) {
      assertEquals(1, e.diagnostics().size(), e.getMessage());
      return e.diagnostics().get(0);
    }
    throw new AssertionError("expected a problem");
  }

  @Test
  void readsDomainsAndTemptationsInFileOrder() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Taxonomy taxonomy = load("""
        domains:
          workplace: Jobs
          housing: Renting
        temptations:
          deception: Lying
        """, diagnostics);
    assertTrue(diagnostics.isEmpty());
    assertEquals(List.of("workplace", "housing"), List.copyOf(taxonomy.domains().keySet()));
    assertEquals("Lying", taxonomy.temptations().get("deception"));
  }

  @Test
  void reportsAnUnknownKeyAtItsLine() throws Exception {
    Diagnostic d = onlyProblem("domains:\n  a: A\ntemptations:\n  b: B\nthemes:\n  c: C\n");
    assertEquals(5, d.line());
    assertEquals("unknown key 'themes'", d.message());
    assertTrue(d.fix().contains("domains, temptations"), d.fix());
  }

  @Test
  void reportsAnEmptySection() throws Exception {
    Diagnostic d = onlyProblem("domains:\n  a: A\ntemptations: {}\n");
    assertEquals(3, d.line());
    assertEquals("no temptations are listed", d.message());
  }

  @Test
  void reportsANameThatIsNotLowercaseWords() throws Exception {
    Diagnostic d = onlyProblem("domains:\n  a: A\ntemptations:\n  Bad Name: B\n");
    assertEquals(4, d.line());
    assertEquals("'Bad Name' is not a valid name", d.message());
  }

  @Test
  void reportsADuplicateName() throws Exception {
    Diagnostic d = onlyProblem("domains:\n  a: A\n  a: again\ntemptations:\n  b: B\n");
    assertEquals(3, d.line());
    assertTrue(d.message().contains("Duplicate field 'a'"), d.message());
  }

  @Test
  void reportsBrokenYamlAtItsLine() throws Exception {
    Diagnostic d = onlyProblem("domains:\n  a: A\ntemptations:\n  b: \"unclosed\n");
    assertTrue(d.line() >= 3, d.toString());
    assertTrue(d.message().startsWith("not valid YAML"), d.message());
  }
}
