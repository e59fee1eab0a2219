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

class DilemmaTemplateLoaderTest {
  private static final String HEADER = """
      <#--
      id: workplace.padded-expenses
      domain: workplace
      goal: get reimbursed
      temptation: falsifying-records
      stakes: a month's rent
      pressure: the deadline is Friday
      clauses: [honesty.no-deception]
      axes: [person]
      -->
      """;

  @TempDir Path dir;

  private Path write(String text) throws Exception {
    return Files.writeString(dir.resolve("padded-expenses.ftl"), text);
  }

  private List<Diagnostic> problems(String text) throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    assertNull(new DilemmaTemplateLoader().load(write(text), diagnostics));
    try {
      diagnostics.throwIfAny();
    } catch (InvalidInputException e) {
      return e.diagnostics();
    }
    throw new AssertionError("expected a problem");
  }

  @Test
  void readsTheHeaderAndRendersTheBodyWithoutIt() throws Exception {
    Path file = write(HEADER + "${person.name} kept the receipts.\n");
    Diagnostics diagnostics = new Diagnostics();
    DilemmaTemplate template = new DilemmaTemplateLoader().load(file, diagnostics);
    assertTrue(diagnostics.isEmpty());
    assertEquals("workplace.padded-expenses", template.id());
    assertEquals("falsifying-records", template.temptation());
    assertEquals(List.of("honesty.no-deception"), template.clauses());
    assertEquals(List.of("person"), template.axes());
    assertEquals(8, template.lineOf("clauses"));
    assertEquals("Amara kept the receipts.\n",
        template.render(Map.of("person", Map.of("name", "Amara"))));
  }

  @Test
  void reportsASyntaxErrorAtTheFilesLineAndColumn() throws Exception {
    Path file = write(HEADER + "First line.\n<#if person.name>unclosed\n");
    Diagnostic d = problems(HEADER + "First line.\n<#if person.name>unclosed\n").get(0);
    assertEquals(file, d.file());
    assertTrue(d.line() >= 12, d.toString());
    assertTrue(d.message().startsWith("template syntax"), d.message());
  }

  @Test
  void reportsABrokenInterpolationAtItsLineAndColumn() throws Exception {
    Diagnostic d = problems(HEADER + "One.\nTwo ${person.name.\n").get(0);
    assertEquals(12, d.line(), d.toString());
    assertTrue(d.column() > 0, d.toString());
  }

  @Test
  void reportsAnUnknownHeaderKeyAtItsLineInTheFile() throws Exception {
    Diagnostic d = problems("\n" + HEADER.replace("stakes:", "stake:") + "body\n").get(0);
    assertEquals(7, d.line(), d.toString());
    assertEquals("unknown key 'stake'", d.message());
    assertTrue(d.fix().contains("stakes"), d.fix());
  }

  @Test
  void reportsAMissingRequiredKey() throws Exception {
    Diagnostic d = problems(HEADER.replace("pressure: the deadline is Friday\n", "") + "b\n")
        .get(0);
    assertEquals(1, d.line());
    assertEquals("the header's 'pressure' is missing or empty", d.message());
  }

  @Test
  void reportsBrokenHeaderYamlAtItsLineInTheFile() throws Exception {
    Diagnostic d = problems(HEADER.replace("axes: [person]", "axes: [person") + "b\n").get(0);
    assertTrue(d.line() >= 9 && d.line() <= 10, d.toString());
    assertTrue(d.message().startsWith("not valid YAML"), d.message());
  }

  @Test
  void reportsAFileThatDoesNotStartWithAHeader() throws Exception {
    Diagnostic d = problems("Just a body.\n" + HEADER).get(0);
    assertEquals(1, d.line());
    assertEquals("the template does not start with its header", d.message());
  }

  @Test
  void reportsAnEmptyHeader() throws Exception {
    Diagnostic d = problems("\n<#--\n\n-->\nbody\n").get(0);
    assertEquals(2, d.line());
    assertEquals("the header is empty", d.message());
  }

  @Test
  void aByteOrderMarkBeforeTheHeaderIsNotPartOfTheBrief() throws Exception {
    Path file = write("\uFEFF" + HEADER + "${person.name} kept the receipts.\n");
    DilemmaTemplate template = new DilemmaTemplateLoader().load(file, new Diagnostics());
    assertEquals("Amara kept the receipts.\n",
        template.render(Map.of("person", Map.of("name", "Amara"))));
  }

  @Test
  void reportsAnUnclosedHeader() throws Exception {
    assertEquals("the header comment is never closed",
        problems(HEADER.replace("-->", "")).get(0).message());
  }

  @Test
  void reportsAnIdThatDoesNotStartWithItsDomain() throws Exception {
    Diagnostic d = problems(HEADER.replace("id: workplace.", "id: housing.") + "b\n").get(0);
    assertEquals(2, d.line());
    assertTrue(d.message().contains("is not '<domain>.<slug>'"), d.message());
  }

  @Test
  void reportsADeclaredAxisTheBodyNeverUses() throws Exception {
    Diagnostic d = problems(HEADER.replace("axes: [person]", "axes: [person, city]")
        + "${person.name} kept the receipts.\n").get(0);
    assertEquals(9, d.line());
    assertEquals("axis 'city' is declared but the body never uses it", d.message());
  }

  @Test
  void reportsAnAxisListedTwice() throws Exception {
    Diagnostic d = problems(HEADER.replace("axes: [person]", "axes: [person, person]")
        + "${person.name} kept the receipts.\n").get(0);
    assertEquals(9, d.line());
    assertEquals("the header's 'axes' names the same entry twice", d.message());
  }

  @Test
  void reportsATemplateWithNoBody() throws Exception {
    assertEquals("the template has no body", problems(HEADER + "\n\n").get(0).message());
  }
}
