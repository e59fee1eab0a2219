package org.difficultadvice.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One well-formed line of a dataset.
 *
 * @param metadata the line's {@code metadata} object when it has one (our own exports do)
 * @param labels each turn's role label as written in the file ({@code human}, {@code gpt}...):
 *     what the token count's framing counts
 * @param toolsJson the record's tool definitions as compact JSON, or empty when it has none
 */
public record ChatRecord(ChatFormat format, List<Turn> turns, Optional<ObjectNode> metadata,
    List<String> labels, String toolsJson) {
  public ChatRecord {
    Objects.requireNonNull(format, "format");
    turns = List.copyOf(turns);
    Objects.requireNonNull(metadata, "metadata");
    labels = List.copyOf(labels);
    Objects.requireNonNull(toolsJson, "toolsJson");
    if (labels.size() != turns.size()) {
      throw new IllegalArgumentException(labels.size() + " labels for " + turns.size() + " turns");
    }
  }

  /** A record without tools whose labels are its roles. */
  public ChatRecord(ChatFormat format, List<Turn> turns, Optional<ObjectNode> metadata) {
    this(format, turns, metadata, turns.stream().map(Turn::role).toList(), "");
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
