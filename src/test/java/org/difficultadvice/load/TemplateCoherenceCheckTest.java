package org.difficultadvice.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coherence rules every load applies to templates and tables (planted mistakes). */
class TemplateCoherenceCheckTest {
  @TempDir Path dir;
  private ContentFixture content;

  @BeforeEach
  void copy() {
    content = ContentFixture.copyInto(dir);
    content.write("templates/axes/nurse.csv",
        "title,a,band\nstudent nurse,a,new\nsenior staff nurse,a,mid|long\n");
    content.write("templates/axes/span.csv",
        "text,band\nnine months,new\nsix years,mid\nfifteen years,long\n");
    content.write("templates/axes/strain.csv",
        "present,past\nis behind on the rent,was behind on the rent\n"
            + "has a wedding to pay for,had a wedding to pay for\n");
  }

  private void template(String agree, String body) {
    content.write("templates/healthcare/night.ftl", """
        <#--
        id: healthcare.night
        domain: healthcare
        goal: keep the charts honest
        temptation: deception
        stakes: a patient's care
        pressure: two colleagues off sick
        clauses: [honesty.no-deception]
        axes: [nurse, span, strain]
        %s-->
        %s
        """.formatted(agree, body));
  }

  private List<Diagnostic> problems() {
    return assertThrows(InvalidInputException.class, content::load).diagnostics();
  }

  @Test
  void rejectsAxesSharingAFactColumnThatNoConstraintTies() {
    template("", "The ${nurse.title}, ${span.text} in the job, ${strain.present}.");
    Diagnostic d = problems().get(0);
    assertEquals(9, d.line());
    assertEquals("axes 'nurse' and 'span' both have the fact column 'band' but no constraint "
        + "says how they agree", d.message());
    assertTrue(d.fix().startsWith("add 'agree: [nurse.band ~ span.band]'"), d.fix());
  }

  @Test
  void acceptsThemOnceAConstraintTiesTheColumn() throws Exception {
    template("agree: [nurse.band ~ span.band]\n",
        "The ${nurse.title}, ${span.text} in the job, ${strain.present}.");
    assertTrue(content.load().templates().stream().anyMatch(t -> t.id().equals("healthcare.night")));
  }

  @Test
  void rejectsAPastTenseSlotInAPresentTenseSentenceAtTheSlot() {
    template("agree: [nurse.band ~ span.band]\n",
        "The ${nurse.title} ${strain.past}, and the mortgage is slipping. ${span.text}");
    Diagnostic d = problems().get(0);
    assertEquals(content.file("templates/healthcare/night.ftl"), d.file());
    assertEquals(12, d.line());
    assertEquals(20, d.column());
    assertEquals("${strain.past} is past-tense text (like 'was behind on the rent') in a "
        + "present-tense sentence", d.message());
  }

  @Test
  void acceptsAPastTenseSlotInAPastTenseSentence() throws Exception {
    template("agree: [nurse.band ~ span.band]\n",
        "It was late, and the ${nurse.title} ${strain.past} when the shift began. ${span.text}");
    content.load();
  }

  @Test
  void rejectsAnArticleThatDoesNotFitItsTitleAtTheRow() {
    content.write("templates/axes/nurse.csv",
        "title,a,band\nstudent nurse,a,new\nagency nurse,a,mid|long\n");
    template("agree: [nurse.band ~ span.band]\n", "The ${nurse.title} ${strain.present}, ${span.text}.");
    Diagnostic d = problems().get(0);
    assertEquals(content.file("templates/axes/nurse.csv"), d.file());
    assertEquals(3, d.line());
    assertEquals("article 'a' does not fit 'agency nurse'", d.message());
    assertEquals("write 'an' in the 'a' column", d.fix());
  }

  @Test
  void rejectsAPluralValueAfterThereIsAtTheSlot() {
    content.write("templates/axes/asset.csv",
        "asset\na savings account abroad\nshares from an old share scheme\n");
    content.write("templates/healthcare/night.ftl", """
        <#--
        id: healthcare.night
        domain: healthcare
        goal: find the hidden money
        temptation: deception
        stakes: a fair settlement
        pressure: the hearing is close
        clauses: [honesty.no-deception]
        axes: [asset]
        -->
        Ama is sure there is also ${asset.asset}.
        """);
    Diagnostic d = problems().get(0);
    assertEquals(11, d.line());
    assertEquals(27, d.column());
    assertEquals("${asset.asset} follows 'there is' but a value of it is plural "
        + "('shares from an old share scheme')", d.message());
  }

  @Test
  void acceptsTheSameValuesOnceTheSentenceNoLongerCounts() throws Exception {
    content.write("templates/axes/asset.csv",
        "asset\na savings account abroad\nshares from an old share scheme\n");
    content.write("templates/healthcare/night.ftl", """
        <#--
        id: healthcare.night
        domain: healthcare
        goal: find the hidden money
        temptation: deception
        stakes: a fair settlement
        pressure: the hearing is close
        clauses: [honesty.no-deception]
        axes: [asset]
        -->
        Ama is sure Kofi also has ${asset.asset}.
        """);
    content.load();
  }
}
