package org.difficultadvice.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.difficultadvice.provider.ChatMessage;
import org.junit.jupiter.api.Test;

class SharedPrefixMarkTest {
  private static String rendered(String before, String after) {
    return before + SharedPrefixMark.withVariable(Map.of()).get(SharedPrefixMark.VARIABLE) + after;
  }

  @Test
  void endsTheSharedPrefixWhereTheMarkWasAndCutsTheMarkOut() {
    ChatMessage turn = SharedPrefixMark.systemTurn(rendered("\n  Rules.\n", "Spec 7.\n"));
    assertEquals("Rules.\nSpec 7.", turn.content());
    assertEquals("Rules.\n", turn.sharedPrefix());
  }

  @Test
  void sharesTheWholeTurnWhenTheMarkEndsIt() {
    ChatMessage turn = SharedPrefixMark.systemTurn(rendered("Rules.\n", "\n"));
    assertEquals("Rules.", turn.content());
    assertEquals(turn.content(), turn.sharedPrefix());
  }

  @Test
  void sharesNothingWithoutAMark() {
    assertEquals(0, SharedPrefixMark.systemTurn("Rules. Spec 7.").sharedPrefixLength());
  }
}
