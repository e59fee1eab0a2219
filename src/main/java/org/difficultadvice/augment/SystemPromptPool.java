package org.difficultadvice.augment;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.difficultadvice.load.Diagnostic;
import org.difficultadvice.load.InvalidInputException;

/** The varied system prompts augmentation draws from, in file order. */
public record SystemPromptPool(List<PoolPrompt> prompts) {
  public SystemPromptPool {
    prompts = List.copyOf(prompts);
    if (prompts.isEmpty()) {
      throw new IllegalArgumentException("a system prompt pool needs at least one prompt");
    }
  }

  /**
   * Reads {@code system-prompts.jsonl}: one {@code {"id": ..., "text": ...}} per line, ids
   * unique. Every problem is reported with its line.
   */
  public static SystemPromptPool load(Path file) throws InvalidInputException {
    List<Diagnostic> problems = new ArrayList<>();
    List<PoolPrompt> prompts = new ArrayList<>();
    Map<String, Integer> firstLineOfId = new HashMap<>();
    for (JsonlPoolReader.Line line : JsonlPoolReader.read(file, "system prompts", problems)) {
      JsonNode id = line.node().get("id");
      JsonNode text = line.node().get("text");
      if (id == null || !id.isTextual() || id.asText().isBlank()) {
        problems.add(Diagnostic.at(file, line.number(), "missing or empty \"id\"",
            "give every prompt a unique string id"));
        continue;
      }
      if (text == null || !text.isTextual() || text.asText().isBlank()) {
        problems.add(Diagnostic.at(file, line.number(),
            "prompt '" + id.asText() + "' has a missing or empty \"text\"",
            "put the system prompt in \"text\" as a string"));
        continue;
      }
      Integer earlier = firstLineOfId.putIfAbsent(id.asText(), line.number());
      if (earlier != null) {
        problems.add(Diagnostic.at(file, line.number(),
            "duplicate id '" + id.asText() + "' (first on line " + earlier + ")",
            "give each prompt its own id"));
        continue;
      }
      prompts.add(new PoolPrompt(id.asText(), text.asText()));
    }
    if (!problems.isEmpty()) {
      problems.sort(java.util.Comparator.comparingInt(Diagnostic::line));
      throw new InvalidInputException(problems);
    }
    return new SystemPromptPool(prompts);
  }

  public int size() {
    return prompts.size();
  }

  public PoolPrompt get(int index) {
    return prompts.get(index);
  }
}
