package org.difficultadvice.quality;

import java.util.List;
import org.difficultadvice.generate.Example;

/** Which turns of an example a filter reads. */
public enum Turn {
  SYSTEM,
  USER,
  ASSISTANT;

  public static final List<Turn> ALL = List.of(SYSTEM, USER, ASSISTANT);

  public String of(Example example) {
    return switch (this) {
      case SYSTEM -> example.systemPrompt();
      case USER -> example.userMessage();
      case ASSISTANT -> example.assistantMessage();
    };
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
