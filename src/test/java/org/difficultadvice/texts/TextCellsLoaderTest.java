package org.difficultadvice.texts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.difficultadvice.load.DataKind;
import org.difficultadvice.load.Diagnostic;
import org.difficultadvice.load.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextCellsLoaderTest {
  @TempDir Path dir;

  @Test
  void reportsEveryBadFormAndDrawWithItsLine() throws Exception {
    Path file = dir.resolve("cells.yaml");
    Files.writeString(file, String.join("\n",
        "forms:",
        "  - id: essay",
        "    name: an essay",
        "    guide: a guide",
        "  - id: essay",
        "    name: another essay",
        "    guide: another guide",
        "  - id: Letter Form",
        "    name: a letter",
        "    guide: a guide",
        "draws:",
        "  audience: []",
        ""));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new TextCellsLoader().load(DataKind.DOCUMENTS, file));
    List<Diagnostic> problems = e.diagnostics();
    assertEquals(List.of(5, 8, 12), problems.stream().map(Diagnostic::line).toList(),
        problems.toString());
    assertEquals("form id 'essay' appears twice", problems.get(0).message());
    assertEquals("draw 'audience' has no values", problems.get(2).message());
  }

  @Test
  void anUnknownKeyNamesItsLineAndTheKnownOnes() throws Exception {
    Path file = dir.resolve("cells.yaml");
    Files.writeString(file, "forms:\n  - id: essay\n    name: n\n    guide: g\nsettings: []\n");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new TextCellsLoader().load(DataKind.STORIES, file));
    Diagnostic problem = e.diagnostics().get(0);
    assertEquals(5, problem.line());
    assertEquals("unknown key 'settings'", problem.message());
  }

  @Test
  void aMissingFileSaysWhereTheShippedOneIs() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new TextCellsLoader().load(DataKind.STORIES, dir.resolve("cells.yaml")));
    assertEquals("the stories kind needs its cells file", e.diagnostics().get(0).message());
  }
}
