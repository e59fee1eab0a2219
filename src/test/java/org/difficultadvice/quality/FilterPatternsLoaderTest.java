package org.difficultadvice.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.difficultadvice.load.Diagnostic;
import org.difficultadvice.load.InvalidInputException;
import org.junit.jupiter.api.Test;

class FilterPatternsLoaderTest {
  private static final Path FILE = Path.of("generator/filters.yaml");
  private final FilterPatternsLoader loader = new FilterPatternsLoader();

  @Test
  void loadsTheShippedFile() throws Exception {
    FilterPatterns patterns = loader.load(FILE);
    assertEquals(List.of("Chen", "Johnson", "Miller", "Smith", "Martinez", "Sarah", "Emily"),
        patterns.slopNames());
    assertTrue(patterns.themes().size() >= 6);
    assertTrue(patterns.stockPhrases().stream().anyMatch(p -> p.phrase().equals("Ultimately,")));
  }

  @Test
  void reportsEveryBadRegexWithItsLine() {
    String yaml = """
        refusal:
          - '(?i)fine'
          - '(unclosed'
        themes:
          - name: t
            all_of:
              - 'ok'
              - '[z-a]'
        """;
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> loader.parse(FILE, yaml));
    List<Diagnostic> problems = e.diagnostics();
    assertEquals(2, problems.size(), e.getMessage());
    assertEquals(3, problems.get(0).line());
    assertTrue(problems.get(0).toString().startsWith(
        "generator/filters.yaml:3: error: regex does not compile: Unclosed group"),
        problems.get(0).toString());
    assertEquals(8, problems.get(1).line());
  }

  @Test
  void rejectsUnknownKeysWithTheirLine() {
    String yaml = "refusal: []\nstock_phrases:\n  - phrase: x\n    max_shar: 0.1\n    max_share: 0.1\n";
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> loader.parse(FILE, yaml));
    Diagnostic problem = e.diagnostics().get(0);
    assertEquals(4, problem.line(), problem.toString());
    assertTrue(problem.message().contains("unknown key 'max_shar'"), problem.toString());
    assertTrue(problem.fix().contains("max_share"), problem.toString());
  }

  @Test
  void rejectsAnOutOfRangeShare() {
    String yaml = "stock_phrases:\n  - phrase: delve\n    max_share: 3\n";
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> loader.parse(FILE, yaml));
    assertEquals(2, e.diagnostics().get(0).line(), e.getMessage());
  }
}
