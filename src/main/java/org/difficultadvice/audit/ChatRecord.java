package org.difficultadvice.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One well-formed line of a dataset.
 *
 * @param metadata the line's {@code metadata} object when it has one (our own exports do)
 */
public record ChatRecord(ChatFormat format, List<Turn> turns, Optional<ObjectNode> metadata) {
  public ChatRecord {
    Objects.requireNonNull(format, "format");
    turns = List.copyOf(turns);
    Objects.requireNonNull(metadata, "metadata");
  }

  /** Every turn as {@code role: content}, one per line: the text compared for duplicates. */
  public String transcript() {
    StringBuilder out = new StringBuilder();
    for (Turn turn : turns) {
      out.append(turn.role()).append(": ").append(turn.content()).append('\n');
    }
    return out.toString();
  }

  /** The contents of the turns with the given role, joined by blank lines. */
  public String textOf(String role) {
    StringBuilder out = new StringBuilder();
    for (Turn turn : turns) {
      if (turn.role().equals(role)) {
        if (out.length() > 0) {
          out.append("\n\n");
        }
        out.append(turn.content());
      }
    }
    return out.toString();
  }
}
