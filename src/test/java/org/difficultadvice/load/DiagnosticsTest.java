package org.difficultadvice.load;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {
  private static final Path FILE = Path.of("t.csv");

  @Test
  void keepsTheFirstProblemsUpToTheCapAndCountsTheRest() {
    Diagnostics diagnostics = new Diagnostics(3);
    for (int line = 1; line <= 5; line++) {
      diagnostics.add(Diagnostic.at(FILE, line, "bad row", "fix it"));
    }
    assertEquals(5, diagnostics.count());
    List<Diagnostic> thrown =
        assertThrows(InvalidInputException.class, diagnostics::throwIfAny).diagnostics();
    assertEquals(List.of(1, 2, 3, 0), thrown.stream().map(Diagnostic::line).toList());
    assertEquals("t.csv: error: 2 more problems not shown; fix the ones above and run again",
        thrown.get(3).toString());
  }

  @Test
  void throwsNothingWhenNothingWasFound() {
    assertDoesNotThrow(new Diagnostics()::throwIfAny);
  }
}
