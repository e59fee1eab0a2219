package org.difficultadvice.texts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.difficultadvice.load.DataKind;
import org.difficultadvice.load.Diagnostic;
import org.difficultadvice.load.InvalidInputException;

/**
 * Reads a text kind's {@code cells.yaml}. Unknown keys, bad YAML, missing or repeated form ids
 * and empty draws are reported together, each with its line.
 */
public final class TextCellsLoader {
  /** The file name, in the kind's prompt folder. */
  public static final String FILE = "cells.yaml";

  private static final String FIX =
      "see the comments at the top of generator/documents/cells.yaml";

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  record FormEntry(@JsonProperty("id") String id, @JsonProperty("name") String name,
      @JsonProperty("guide") String guide) {}

  record CellsFile(@JsonProperty("forms") List<FormEntry> forms,
      @JsonProperty("draws") LinkedHashMap<String, List<String>> draws) {}

  public TextCells load(DataKind kind, Path file) throws InvalidInputException {
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(Diagnostic.at(file, 0,
          "the " + kind.id() + " kind needs its cells file",
          "create it (see generator/" + kind.id() + "/" + FILE
              + "), or point paths.prompts at the kind's prompt folder"));
    }
    String text;
    CellsFile raw;
    try {
      text = Files.readString(file);
      raw = yaml.readValue(text, CellsFile.class);
    } catch (UnrecognizedPropertyException e) {
      int line = lineOfText(text(file), e.getPropertyName() + ":", 1);
      throw new InvalidInputException(Diagnostic.at(file, line == 0 ? lineOf(e) : line,
          "unknown key '" + e.getPropertyName() + "'", "use forms and draws; " + FIX));
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(Diagnostic.at(file, lineOf(e),
          "not a valid cells file: " + e.getOriginalMessage().lines().findFirst().orElse(""),
          FIX));
    } catch (IOException e) {
      throw new InvalidInputException(Diagnostic.at(file, 0,
          "cannot read the cells file: " + e.getMessage(), "check the file's permissions"));
    }
    List<Diagnostic> problems = new ArrayList<>();
    List<TextForm> forms = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Map<String, Integer> seen = new java.util.HashMap<>();
    List<FormEntry> entries = raw == null || raw.forms() == null ? List.of() : raw.forms();
    if (entries.isEmpty()) {
      problems.add(Diagnostic.at(file, 0, "no forms", "list at least one form under forms:"));
    }
    for (FormEntry entry : entries) {
      String needle = entry.id() == null ? "forms:" : "id: " + entry.id();
      int line = lineOfText(text, needle, seen.merge(needle, 1, Integer::sum));
      if (isBlank(entry.id()) || !entry.id().matches("[a-z0-9][a-z0-9-]*")) {
        problems.add(Diagnostic.at(file, line, "form id '" + entry.id() + "' is missing or not"
            + " lower-case words joined by hyphens", "give every form an id like case-commentary"));
      } else if (!ids.add(entry.id())) {
        problems.add(Diagnostic.at(file, line, "form id '" + entry.id() + "' appears twice",
            "give every form its own id"));
      } else if (isBlank(entry.name()) || isBlank(entry.guide())) {
        problems.add(Diagnostic.at(file, line, "form '" + entry.id() + "' needs a name and a"
            + " guide", "add name: (how prompts name it) and guide: (what a good one does)"));
      } else {
        forms.add(new TextForm(entry.id(), entry.name().strip(), entry.guide().strip()));
      }
    }
    Map<String, List<String>> draws = new LinkedHashMap<>();
    if (raw != null && raw.draws() != null) {
      raw.draws().forEach((name, values) -> {
        List<String> kept = values == null ? List.of()
            : values.stream().filter(v -> !isBlank(v)).map(String::strip).toList();
        if (kept.isEmpty()) {
          problems.add(Diagnostic.at(file, lineOfText(text, name + ":", 1),
              "draw '" + name + "' has no values", "list at least one value, or remove it"));
        } else {
          draws.put(name, kept);
        }
      });
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new TextCells(kind, forms, draws);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static int lineOf(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return at == null ? 0 : Math.max(0, at.getLineNr());
  }

  private static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "";
    }
  }

  /** The 1-based line of the {@code occurrence}-th line holding {@code needle}, 0 if none. */
  private static int lineOfText(String text, String needle, int occurrence) {
    String[] lines = text.split("\n", -1);
    int found = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle) && ++found == occurrence) {
        return i + 1;
      }
    }
    return 0;
  }
}
