package org.difficultadvice.quality;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.difficultadvice.load.Diagnostic;
import org.difficultadvice.load.InvalidInputException;

/**
 * Reads an evaluation set, one item a line: a JSON object with a {@code text}, {@code prompt}
 * or {@code messages} field (the messages' contents joined), or else the line itself as plain
 * text. Blank lines are skipped. A line that starts like JSON but does not parse, or has none
 * of those fields, is an error with its line.
 */
public final class EvalSetReader {
  private static final int MAX_PROBLEMS = 20;
  private final ObjectMapper json = new ObjectMapper();

  public List<EvalItem> read(Path file) throws InvalidInputException {
    List<EvalItem> items = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
          continue;
        }
        String source = file.getFileName() + ":" + number;
        if (!trimmed.startsWith("{")) {
          items.add(new EvalItem(source, trimmed));
          continue;
        }
        try {
          String text = textOf(json.readTree(trimmed));
          if (text.isBlank()) {
            problems.add(Diagnostic.at(file, number,
                "evaluation item has no text, prompt or messages field",
                "give each JSON line a \"text\", \"prompt\" or \"messages\" field"));
          } else {
            items.add(new EvalItem(source, text));
          }
        } catch (JsonProcessingException e) {
          problems.add(Diagnostic.at(file, number, "not valid JSON: "
              + e.getOriginalMessage().lines().findFirst().orElse(""),
              "fix the line, or make it plain text that does not start with '{'"));
        }
        if (problems.size() >= MAX_PROBLEMS) {
          break;
        }
      }
    } catch (IOException e) {
      throw new InvalidInputException(Diagnostic.at(file, 0,
          "cannot read evaluation set: " + e.getMessage(), "pass an existing file to --eval-set"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return items;
  }

  private static String textOf(JsonNode node) {
    for (String field : List.of("text", "prompt")) {
      if (node.path(field).isTextual()) {
        return node.get(field).asText();
      }
    }
    JsonNode messages = node.path("messages");
    if (messages.isArray()) {
      List<String> parts = new ArrayList<>();
      messages.forEach(m -> {
        if (m.path("content").isTextual()) {
          parts.add(m.get("content").asText());
        }
      });
      return String.join("\n", parts);
    }
    return "";
  }
}
