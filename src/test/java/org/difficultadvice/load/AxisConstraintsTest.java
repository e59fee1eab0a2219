package org.difficultadvice.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code agree:} header: row-level constraints between axes, checked when content loads. */
class AxisConstraintsTest {
  @TempDir Path dir;
  private ContentFixture content;

  @BeforeEach
  void addSavingsGroups() {
    content = ContentFixture.copyInto(dir);
    content.write("templates/axes/savings_group.csv",
        "name,country\nstokvel,South Africa\nsusu,Ghana\n");
    content.write("templates/axes/place.csv",
        "name,country\nSoweto,South Africa\nAccra,Ghana\nKumasi,Ghana\nPorto,Portugal\n");
    content.write("templates/axes/role.csv",
        "title,work\ncompliance officer,licensing|audit\nparalegal,litigation\n");
  }

  private Path template(String agree) {
    return content.write("templates/housing/pot.ftl", """
        <#--
        id: housing.pot
        domain: housing
        goal: keep the group's savings safe
        temptation: deception
        stakes: the pot
        pressure: a relative's shop
        clauses: [honesty.no-deception]
        axes: [savings_group, place, role]
        agree: %s
        -->
        The ${role.title} keeps the ${savings_group.name} pot in ${place.name}.
        """.formatted(agree));
  }

  private List<Diagnostic> problems(String agree) {
    template(agree);
    return assertThrows(InvalidInputException.class, content::load).diagnostics();
  }

  @Test
  void loadsConstraintsWithTheirRelationAndPlace() throws Exception {
    template("[savings_group.country = place.country, role.work ~ 'licensing']");
    DilemmaTemplate pot = content.load().templates().stream()
        .filter(t -> t.id().equals("housing.pot")).findFirst().orElseThrow();
    assertEquals(2, pot.constraints().size());
    AxisConstraint first = pot.constraints().get(0);
    assertEquals(AxisConstraint.Relation.EQUALS, first.relation());
    assertEquals("savings_group.country = place.country", first.text());
    assertEquals(10, first.line());
    assertEquals(9, first.column());
    assertEquals(List.of("licensing"), pot.constraints().get(1).literal());
  }

  @Test
  void rejectsAConstraintNamingAnUnknownAxisAtItsLineAndColumn() {
    Diagnostic d = problems("[savings_group.country = town.country]").get(0);
    assertEquals(content.file("templates/housing/pot.ftl"), d.file());
    assertEquals(10, d.line());
    assertEquals(9, d.column());
    assertEquals("constraint 'savings_group.country = town.country' names unknown axis 'town'",
        d.message());
  }

  @Test
  void rejectsAConstraintNamingAnAxisTheTemplateDoesNotDeclare() {
    Diagnostic d = problems("[savings_group.country = city.name]").get(0);
    assertEquals("constraint 'savings_group.country = city.name' names axis 'city', which the "
        + "template does not declare", d.message());
    assertTrue(d.fix().startsWith("add 'city' to 'axes'"), d.fix());
  }

  @Test
  void rejectsAnUnknownColumnNamingTheColumnsThereAre() {
    Diagnostic d = problems("[savings_group.nation = place.country]").get(0);
    assertEquals("constraint 'savings_group.nation = place.country': axis 'savings_group' has "
        + "no column 'nation'", d.message());
    assertTrue(d.fix().contains("[name, country]"), d.fix());
  }

  @Test
  void rejectsAQuotedValueThatOccursInNoRow() {
    Diagnostic d = problems("[savings_group.country = place.country, role.work ~ 'licencing']")
        .get(0);
    assertEquals(10, d.line());
    assertEquals("constraint 'role.work ~ 'licencing'': value 'licencing' occurs in no row of "
        + "role.work", d.message());
  }

  @Test
  void rejectsAValueThatOccursInNoRowOfTheOtherTableAtTheRowsLine() {
    content.write("templates/axes/savings_group.csv",
        "name,country\nstokvel,South Africa\ntanda,Mexico\n");
    Diagnostic d = problems("[savings_group.country = place.country]").get(0);
    assertEquals(content.file("templates/axes/savings_group.csv"), d.file());
    assertEquals(3, d.line());
    assertTrue(d.message().startsWith("value 'Mexico' of savings_group.country occurs in no row "
        + "of place.country"), d.message());
    assertTrue(d.fix().contains("add a row with country 'Mexico'"), d.fix());
  }

  @Test
  void rejectsAListItemThatOccursInNoRowOfTheOtherTable() {
    content.write("templates/axes/place.csv",
        "name,country,kinds\nSoweto,South Africa,stokvel\nAccra,Ghana,susu|esusu\n");
    Diagnostic d = problems("[place.kinds ~ savings_group.name]").get(0);
    assertEquals(content.file("templates/axes/place.csv"), d.file());
    assertEquals(3, d.line());
    assertTrue(d.message().startsWith("value 'esusu' of place.kinds occurs in no row of "
        + "savings_group.name"), d.message());
  }

  @Test
  void reportsARowThatNoRowOfTheOtherAxisCanMatchUnderAllConstraints() {
    // Each constraint alone is satisfiable for susu, but no Ghanaian place is also coastal.
    content.write("templates/axes/place.csv", """
        name,country,coast
        Soweto,South Africa,no
        Durban,South Africa,yes
        Kumasi,Ghana,no
        """);
    content.write("templates/axes/savings_group.csv",
        "name,country,coast\nstokvel,South Africa,yes\nsusu,Ghana,yes\n");
    Diagnostic d = problems(
        "[savings_group.country = place.country, savings_group.coast = place.coast]").get(0);
    assertEquals(content.file("templates/axes/savings_group.csv"), d.file());
    assertEquals(3, d.line());
    assertTrue(d.message().startsWith("no row of place.country can be drawn with this row in "
        + "housing.pot"), d.message());
  }

  @Test
  void rejectsConstraintsThatNoCombinationSatisfies() {
    Diagnostic d = problems("[role.work ~ 'litigation', role.work ~ 'audit']").get(0);
    assertEquals("no combination of rows satisfies every constraint together", d.message());
    assertEquals(10, d.line());
  }

  @Test
  void rejectsAMalformedConstraintWithTheSyntax() {
    Diagnostic d = problems("[savings_group.country == place.country]").get(0);
    assertEquals("constraint 'savings_group.country == place.country' is not of the form "
        + "'axis.column <op> other.column'", d.message());
    assertTrue(d.fix().contains("'axis.column ~ other.column'"), d.fix());
  }

  @Test
  void theErrorPrintsAsFileLineColumn() {
    Diagnostic d = problems("[savings_group.country = town.country]").get(0);
    assertTrue(d.toString().startsWith(content.file("templates/housing/pot.ftl") + ":10:9: error: "
        + "constraint"), d.toString());
  }
}
