package org.difficultadvice.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * The JSON object in a structured answer, read defensively: models without strict structured
 * output sometimes wrap it in prose or a code fence, so the outermost braces are taken.
 */
public final class JsonAnswer {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonAnswer() {}

  /** The object, or empty when there is none or it is not valid JSON. */
  public static Optional<JsonNode> object(String answer) {
    int start = answer.indexOf('{');
    int end = answer.lastIndexOf('}');
    if (start < 0 || end <= start) {
      return Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(answer.substring(start, end + 1));
      return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
