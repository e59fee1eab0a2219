package org.difficultadvice.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.difficultadvice.load.ContentFixture;
import org.difficultadvice.load.ContentLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coherence check of drawn specs catches planted incoherent content. */
class SpecCoherenceTest {
  @TempDir Path dir;
  private SpecCoherence check;

  @BeforeEach
  void load() throws Exception {
    ContentLibrary library = ContentFixture.copyInto(dir).load();
    check = new SpecCoherence(library);
  }

  private static DilemmaSpec spec(Map<String, String> bindings, String brief) {
    return new DilemmaSpec("0000000000000000", "workplace.padded-expenses", "workplace",
        "falsifying-records", List.of("honesty.no-deception"), bindings, "g", "s", "p", brief);
  }

  @Test
  void aCoherentSpecHasNoProblems() {
    assertEquals(List.of(), check.problems(spec(
        Map.of("person.name", "Ama", "org.name", "Harbourside", "city.name", "Accra"),
        "Ama is an accountant in Accra and has a claim to file.")));
  }

  @Test
  void boundRowsThatShareAFactColumnMustAgree() {
    assertEquals(List.of("city.country 'Egypt' disagrees with org.country 'Ghana'"),
        check.problems(spec(Map.of("org.name", "Harbourside", "org.country", "Ghana",
            "city.name", "Alexandria", "city.country", "Egypt"), "In Alexandria.")));
  }

  @Test
  void aListCellAgreesWithAValueItHolds() {
    assertEquals(List.of(), check.problems(spec(Map.of("person.name", "Ama",
        "person.sector", "retail|food", "org.name", "Harbourside", "org.sector", "food"),
        "Ama works there.")));
    assertEquals(List.of("org.sector 'software' disagrees with person.sector 'retail|food'"),
        check.problems(spec(Map.of("person.name", "Ama", "person.sector", "retail|food",
            "org.name", "Harbourside", "org.sector", "software"), "Ama works there.")));
  }

  @Test
  void twoPeopleInOneSpecHaveDifferentNames() {
    assertEquals(List.of("org and person are both named 'Ama'"),
        check.problems(spec(Map.of("person.name", "Ama", "person.they", "she",
            "org.name", "Ama", "org.they", "she"), "Ama told Ama.")));
  }

  @Test
  void aPastTenseSlotInAPresentTenseSentenceIsCaught() {
    assertEquals(List.of("person.strain 'was behind on the rent' is past-tense in a "
            + "present-tense sentence"),
        check.problems(spec(Map.of("person.name", "Ama", "person.strain",
            "was behind on the rent"), "Ama was behind on the rent, and the mortgage is slipping.")));
  }

  @Test
  void anArticleThatDoesNotFitTheWordAfterItIsCaught() {
    assertEquals(List.of("'a electrician' should read 'an electrician'",
            "'an university' should read 'a university'"),
        check.problems(spec(Map.of("person.name", "Ama"),
            "Ama, a electrician, studied at an university, an hour away, as an IT manager.")));
  }

  @Test
  void aWordDoubledWhereASlotMeetsItsFrameIsAProblem() {
    assertEquals(List.of("'cost the cost' repeats a word", "'in in' repeats a word"),
        check.problems(spec(Map.of("person.name", "Ama"), "Postponing would cost the cost of "
            + "a small car. A new family is due to move in in three days.")));
  }

  @Test
  void aDoubledPlaceNameIsNot() {
    assertEquals(List.of(), check.problems(spec(Map.of("person.name", "Ama"),
        "Ama keeps goats outside Wagga Wagga.")));
  }
}
