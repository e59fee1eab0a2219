package org.difficultadvice.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFreemarkerTest {
  private static final String EXPENSES = "templates/workplace/padded-expenses.ftl";

  @TempDir Path dir;

  private static String render(String source, Map<String, ?> model) throws Exception {
    Template template =
        new Template("t", new StringReader(source), SafeFreemarker.newConfiguration());
    StringWriter out = new StringWriter();
    template.process(model, out);
    return out.toString();
  }

  @Test
  void newBuiltinCannotInstantiateAnyClass() {
    TemplateException e = assertThrows(TemplateException.class, () -> render(
        "<#assign ex = 'freemarker.template.utility.Execute'?new()>${ex('id')}", Map.of()));
    assertTrue(e.getMessage().contains("Execute"), e.getMessage());
  }

  @Test
  void apiBuiltinIsDisabled() {
    TemplateException e = assertThrows(TemplateException.class,
        () -> render("${person?api.getClass()}", Map.of("person", Map.of("name", "Amara"))));
    assertTrue(e.getMessage().contains("api"), e.getMessage());
  }

  @Test
  void aMissingVariableIsAnErrorNotABlank() {
    assertThrows(TemplateException.class, () -> render("Hello ${nobody}", Map.of()));
  }

  @Test
  void validationReportsATemplateUsingNewAtItsLine() throws Exception {
    ContentFixture content = ContentFixture.copyInto(dir);
    Path file = content.edit(EXPENSES, "made-up one.",
        "made-up one.\n${'freemarker.template.utility.ObjectConstructor'?new()('java.io.File', '/')}");
    Diagnostic d = assertThrows(InvalidInputException.class, content::load).diagnostics().get(0);
    assertEquals(file, d.file());
    assertEquals(14, d.line());
    assertTrue(d.message().startsWith("template error"), d.message());
  }

  @Test
  void validationReportsATemplateUsingApiAtItsLine() throws Exception {
    ContentFixture content = ContentFixture.copyInto(dir);
    Path file = content.edit(EXPENSES, "${org.name}", "${org?api.get('name')}");
    Diagnostic d = assertThrows(InvalidInputException.class, content::load).diagnostics().get(0);
    assertEquals(file, d.file());
    assertEquals(11, d.line());
  }

  @Test
  void validationReportsAnIncludeAsAnErrorBecauseNoFileCanBeReached() throws Exception {
    ContentFixture content = ContentFixture.copyInto(dir);
    Path file = content.edit(EXPENSES, "made-up one.", "made-up one.\n<#include \"/etc/passwd\">");
    Diagnostic d = assertThrows(InvalidInputException.class, content::load).diagnostics().get(0);
    assertEquals(file, d.file());
    assertEquals(14, d.line());
  }
}
