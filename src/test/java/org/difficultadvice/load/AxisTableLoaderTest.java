package org.difficultadvice.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AxisTableLoaderTest {
  @TempDir Path dir;

  private AxisTable load(String text, Diagnostics diagnostics) throws Exception {
    Path file = Files.writeString(dir.resolve("person.csv"), text);
    return new AxisTableLoader().load(file, diagnostics);
  }

  private List<Diagnostic> problems(String text) throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    assertNull(load(text, diagnostics));
    try {
      diagnostics.throwIfAny();
    } catch (InvalidInputException e) {
      return e.diagnostics();
    }
    throw new AssertionError("expected a problem");
  }

  @Test
  void readsRowsWithWeightsAndTheLineEachRowStartsOn() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    AxisTable table = load("""
        name,note,weight
        Amara,"spans
        two lines",2.5
        Kwame,plain,1
        """, diagnostics);
    assertTrue(diagnostics.isEmpty());
    assertEquals("person", table.name());
    assertEquals(List.of("name", "note"), table.columns());
    assertEquals(Map.of("name", "Amara", "note", "spans\ntwo lines"), table.rows().get(0).values());
    assertEquals(2.5, table.rows().get(0).weight());
    assertEquals(2, table.rows().get(0).line());
    assertEquals(4, table.rows().get(1).line());
  }

  @Test
  void rowsWeighOneWithoutAWeightColumn() throws Exception {
    AxisTable table = load("name\nAmara\nKwame\n", new Diagnostics());
    assertEquals(List.of(1.0, 1.0), table.rows().stream().map(AxisRow::weight).toList());
  }

  @Test
  void reportsARaggedRowAtItsLine() throws Exception {
    Diagnostic d = problems("name,role\nAmara,clerk\nKwame\nIngrid,lead\n").get(0);
    assertEquals(3, d.line());
    assertEquals("row has 1 values but the header has 2", d.message());
  }

  @Test
  void countsSkippedBlankLinesInTheLineOfARow() throws Exception {
    Diagnostic d = problems("name,role\nAmara,clerk\n\n\nKwame\n").get(0);
    assertEquals(5, d.line());
  }

  @Test
  void reportsAnEmptyTable() throws Exception {
    assertEquals("the table is empty", problems("").get(0).message());
  }

  @Test
  void reportsATableWithOnlyAHeader() throws Exception {
    assertEquals("the table has a header but no rows", problems("name,role\n").get(0).message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"heavy", "0", "-1", "NaN", "Infinity", ""})
  void reportsAWeightThatIsNotAPositiveNumber(String weight) throws Exception {
    Diagnostic d = problems("name,weight\nAmara,1\nKwame," + weight + "\n").get(0);
    assertEquals(3, d.line());
    assertEquals("weight '" + weight + "' is not a positive number", d.message());
  }

  @Test
  void reportsADuplicateColumn() throws Exception {
    Diagnostic d = problems("name,role,name\nA,b,c\n").get(0);
    assertEquals(1, d.line());
    assertTrue(d.message().startsWith("bad header row"), d.message());
  }

  @Test
  void reportsAColumnNameATemplateCannotUse() throws Exception {
    Diagnostic d = problems("first name\nAmara\n").get(0);
    assertEquals("column 'first name' cannot be used as a variable", d.message());
  }

  @Test
  void reportsAnUnterminatedQuoteWithALine() throws Exception {
    Diagnostic d = problems("name,role\nAmara,clerk\nKwame,\"lead\n").get(0);
    assertTrue(d.line() >= 3, d.toString());
    assertTrue(d.message().startsWith("not valid CSV"), d.message());
  }
}
