package org.difficultadvice.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Template;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, "templates that never finish": a render is stopped when it passes its time, output
 * or memory limit, or recurses without end, and says where in the file it was.
 */
class RenderLimitsTest {
  private static final Map<String, Object> MODEL = Map.of("name", "Ayo");

  private static Template compile(String source) throws IOException {
    return SafeFreemarker.compile("t.ftl", source, SafeFreemarker.newConfiguration());
  }

  @Test
  void anEndlessListIsStoppedByTheTimeLimitAtItsLine() throws IOException {
    Template endless = compile("${name} waits.\n<#list 1.. as i></#list>\n");
    RenderLimits quick = new RenderLimits(Duration.ofMillis(50), 1_000_000, Long.MAX_VALUE);

    RenderLimitException e =
        assertThrows(RenderLimitException.class, () -> SafeFreemarker.render(endless, MODEL, quick));

    assertEquals("the template did not finish within 50 ms", e.what());
    assertEquals(2, e.getLineNumber());
    assertTrue(e.fix().contains("#list over an open range"), e.fix());
  }

  /** Limits small enough that no test waits on them; only memory can stop these renders. */
  private static final RenderLimits SMALL_MEMORY =
      new RenderLimits(Duration.ofHours(1), Long.MAX_VALUE, 16L << 20);

  @Test
  void anEndlessListIsStoppedByTheMemoryLimitToo() throws IOException {
    Template endless = compile("${name} waits.\n<#list 1.. as i></#list>\n");

    RenderLimitException e = assertThrows(
        RenderLimitException.class, () -> SafeFreemarker.render(endless, MODEL, SMALL_MEMORY));

    assertEquals("the template did not finish: it used more than 16 MB of memory", e.what());
    assertEquals(2, e.getLineNumber());
  }

  @Test
  void aDoublingStringIsStoppedBeforeItFillsTheHeap() throws IOException {
    Template doubling = compile("<#assign s = \"xy\">\n"
        + "<#list 1..64 as i><#assign s = s + s></#list>${s?length}\n");

    RenderLimitException e = assertThrows(
        RenderLimitException.class, () -> SafeFreemarker.render(doubling, MODEL, SMALL_MEMORY));

    assertEquals("the template did not finish: it used more than 16 MB of memory", e.what());
    assertEquals(2, e.getLineNumber());
  }

  @Test
  void endlessRecursionNamesTheFunctionAndItsLine() throws IOException {
    Template recursive = compile("${name}\n<#function f n><#return f(n + 1)></#function>\n"
        + "${f(1)}\n");

    RenderLimitException e =
        assertThrows(RenderLimitException.class, () -> SafeFreemarker.render(recursive, MODEL));

    assertEquals("the template calls 'f' within itself without end", e.what());
    assertEquals(2, e.getLineNumber());
  }

  @Test
  void endlessMacroRecursionIsStoppedToo() throws IOException {
    Template recursive = compile("<#macro m><@m/></#macro>\n<@m/>\n");

    RenderLimitException e =
        assertThrows(RenderLimitException.class, () -> SafeFreemarker.render(recursive, MODEL));

    assertEquals("the template calls 'm' within itself without end", e.what());
    assertEquals(1, e.getLineNumber());
  }

  @Test
  void outputPastTheCapIsStoppedAtTheLineWritingIt() throws IOException {
    Template flood = compile("${name}\n<#list 1.. as i>${i} </#list>\n");
    RenderLimits small = new RenderLimits(Duration.ofMinutes(1), 1_000, Long.MAX_VALUE);

    RenderLimitException e =
        assertThrows(RenderLimitException.class, () -> SafeFreemarker.render(flood, MODEL, small));

    assertEquals("the template writes more than 1000 characters", e.what());
    assertEquals(2, e.getLineNumber());
  }

  @Test
  void theDiagnosticNamesFileLineWhatAndFix() throws IOException {
    Template endless = compile("${name} waits.\n<#list 1.. as i></#list>\n");
    RenderLimits quick = new RenderLimits(Duration.ofMillis(50), 1_000_000, Long.MAX_VALUE);
    RenderLimitException e =
        assertThrows(RenderLimitException.class, () -> SafeFreemarker.render(endless, MODEL, quick));

    Diagnostic diagnostic = FreemarkerDiagnostics.of(java.nio.file.Path.of("t.ftl"), e, Map.of());

    assertEquals(2, diagnostic.line());
    assertEquals("the template did not finish within 50 ms", diagnostic.message());
    assertEquals(RenderWatchdog.FIX, diagnostic.fix());
  }

  @Test
  void aStoppedRenderLeavesTheThreadUninterrupted() throws IOException {
    Template endless = compile("<#list 1.. as i></#list>");
    RenderLimits quick = new RenderLimits(Duration.ofMillis(20), 1_000_000, Long.MAX_VALUE);

    assertThrows(RenderLimitException.class, () -> SafeFreemarker.render(endless, MODEL, quick));

    assertFalse(Thread.currentThread().isInterrupted());
  }

  @Test
  void anInterruptPendingBeforeTheRenderIsNeitherMistakenForALimitNorLost() throws Exception {
    Template fine = compile("<#list 1..3 as i>${name} </#list>");
    Thread.currentThread().interrupt();
    try {
      assertEquals("Ayo Ayo Ayo ", SafeFreemarker.render(fine, MODEL));
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void anUndefinedVariableIsStillAnOrdinaryTemplateError() throws IOException {
    Template typo = compile("${nmae}");

    freemarker.template.TemplateException e = assertThrows(
        freemarker.template.TemplateException.class, () -> SafeFreemarker.render(typo, MODEL));

    assertFalse(e instanceof RenderLimitException);
  }
}
