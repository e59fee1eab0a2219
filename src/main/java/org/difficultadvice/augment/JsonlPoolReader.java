package org.difficultadvice.augment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.difficultadvice.load.Diagnostic;

/**
 * Reads a JSONL pool file line by line; a line that is not one JSON object is a diagnostic
 * with its line and column. Blank lines are skipped.
 */
final class JsonlPoolReader {
  /** Enough to show a pattern without flooding the terminal. */
  static final int MAX_DIAGNOSTICS = 50;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonlPoolReader() {}

  /** One parsed line and where it was. */
  record Line(int number, JsonNode node) {}

  static List<Line> read(Path file, String what, List<Diagnostic> problems) {
    if (!Files.isRegularFile(file)) {
      problems.add(Diagnostic.at(file, 0, what + " pool not found",
          "create it (one JSON object per line) or point augment." + what.replace(' ', '_')
              + " at it"));
      return List.of();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (MalformedInputException e) {
      problems.add(Diagnostic.at(file, 0, "not UTF-8 text", "save the file as UTF-8"));
      return List.of();
    } catch (IOException e) {
      problems.add(Diagnostic.at(file, 0, "cannot read: " + e.getMessage(), "check the file"));
      return List.of();
    }
    List<Line> parsed = new ArrayList<>();
    for (int i = 0; i < lines.size() && problems.size() < MAX_DIAGNOSTICS; i++) {
      String text = lines.get(i);
      if (text.isBlank()) {
        continue;
      }
      try {
        JsonNode node = JSON.readTree(text);
        if (!node.isObject()) {
          problems.add(Diagnostic.at(file, i + 1, "line is not a JSON object",
              "write one {...} object per line"));
        } else {
          parsed.add(new Line(i + 1, node));
        }
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        problems.add(new Diagnostic(file, i + 1, column,
            "not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""),
            "write one complete JSON object per line"));
      }
    }
    if (parsed.isEmpty() && problems.isEmpty()) {
      problems.add(Diagnostic.at(file, 0, what + " pool is empty",
          "add at least one entry, one JSON object per line"));
    }
    return parsed;
  }
}
