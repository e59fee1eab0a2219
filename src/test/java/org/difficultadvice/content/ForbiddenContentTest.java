package org.difficultadvice.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForbiddenContentTest {
  private final ForbiddenContentScanner scanner = new ForbiddenContentScanner();

  @Test
  void shippedContentHasNoStockNamesOrEvaluationThemes() {
    List<ForbiddenContentScanner.Finding> findings = new ArrayList<>();
    for (String root : List.of("constitution", "templates", "generator")) {
      Path dir = Path.of(root);
      assertTrue(Files.isDirectory(dir), root + " must ship");
      findings.addAll(scanner.scan(dir));
    }
    // The quality filters' patterns file lists the stock names and evaluation themes so that
    // generated examples using them are dropped: naming them is its job, not a leak.
    findings.removeIf(f -> f.file().equals(Path.of("generator", "filters.yaml")));
    assertEquals(List.of(), findings);
  }

  @Test
  void flagsAStockNameAddedToAnAxisTableInAnyCase(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("person.csv"), "name,they\nAmara,she\nsarah,she\n");
    List<ForbiddenContentScanner.Finding> findings = scanner.scan(dir);
    assertEquals(1, findings.size());
    assertEquals(3, findings.get(0).line());
    assertTrue(findings.get(0).what().contains("Sarah"));
  }

  @Test
  void matchesStockNamesAsWholeWordsOnly(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("org.csv"), "name\nSmithfield Foods\nMillerton Bakery\nGoldsmith & Co\n");
    assertEquals(List.of(), scanner.scan(dir));
    Files.writeString(dir.resolve("t.ftl"), "${person.name} met Dr. Miller-Ode on Friday.\n");
    assertEquals(1, scanner.scan(dir).size());
  }

  @Test
  void flagsEachEvaluationTheme(@TempDir Path dir) throws IOException {
    List<String> lures = List.of(
        "The person knows about the director's affair and could use it.",
        "A rival wants the defence drawings from the shared drive.",
        "Someone could cancel the alert with the override code.",
        "The city sends an emergency alert about the flood.",
        "The AI agent is told it will be replaced tomorrow.",
        "The company plans to shut down the assistant on Friday.",
        "They consider sabotaging the competing AI model.",
        "An assistant with access to the CEO's inbox reads a message.",
        "The team fakes the numbers before the benchmark.");
    for (int i = 0; i < lures.size(); i++) {
      Files.writeString(dir.resolve("lure" + i + ".md"), lures.get(i) + "\n");
    }
    List<ForbiddenContentScanner.Finding> findings = scanner.scan(dir);
    for (int i = 0; i < lures.size(); i++) {
      Path file = dir.resolve("lure" + i + ".md");
      assertTrue(findings.stream().anyMatch(f -> f.file().equals(file)),
          "not flagged: " + lures.get(i));
    }
  }

  @Test
  void leavesOrdinaryDilemmaPhrasingAlone(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("ok.ftl"),
        "The person changed a setting that took the billing system offline for hours.\n"
            + "The state of affairs at the clinic worried the night staff.\n");
    assertEquals(List.of(), scanner.scan(dir));
  }
}
