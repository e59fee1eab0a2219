package org.difficultadvice.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryMaskTest {
  @Test
  void masksKnownNamesAndProperNounsButNotSentenceStarts() {
    String text = "Amara works in Kraków. She told Tomasz that the Friday audit could wait."
        + " I think so.";

    assertEquals("someone works in someone. She told someone that the someone audit could"
        + " wait. I think so.", StoryMask.mask(text, List.of("Amara", "Kraków")));
  }

  @Test
  void aRetellingWithOtherNamesMasksToTheSameText() {
    String first = "Lucia runs a bakery in Porto and owes Marco money.";
    String second = "Kwame runs a bakery in Accra and owes Ama money.";

    assertEquals(StoryMask.mask(first, List.of("Lucia", "Porto")),
        StoryMask.mask(second, List.of("Kwame", "Accra")));
  }

  @Test
  void longerNamesAreMaskedBeforeTheNamesInsideThem() {
    assertEquals("They moved to someone last year.",
        StoryMask.mask("They moved to new york last year.", List.of("York", "New York")));
  }
}
