package org.difficultadvice.augment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.difficultadvice.load.Diagnostic;
import org.difficultadvice.load.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoolLoadingTest {
  @TempDir Path dir;

  private List<String> problems(String fileName, String content, boolean tools)
      throws IOException {
    Path file = dir.resolve(fileName);
    Files.writeString(file, content);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> {
          if (tools) {
            ToolPool.load(file);
          } else {
            SystemPromptPool.load(file);
          }
        });
    return e.diagnostics().stream().map(Diagnostic::toString)
        .map(s -> s.replace(dir.toString(), "D")).toList();
  }

  @Test
  void systemPromptProblemsNameFileAndLineInLineOrder() throws IOException {
    List<String> problems = problems("sp.jsonl", """
        {"id": "a", "text": "Fine."}

        {"id": "b", "text": ""}
        {"id": "a", "text": "Again."}
        {"text": "No id."}
        {"id": "c", "text": "unterminated}
        [1, 2]
        """, false);

    assertEquals(List.of(
        "D/sp.jsonl:3: error: prompt 'b' has a missing or empty \"text\"; put the system "
            + "prompt in \"text\" as a string",
        "D/sp.jsonl:4: error: duplicate id 'a' (first on line 1); give each prompt its own id",
        "D/sp.jsonl:5: error: missing or empty \"id\"; give every prompt a unique string id"),
        problems.subList(0, 3));
    assertEquals(5, problems.size(), problems.toString());
    assertEquals(true, problems.get(3).startsWith("D/sp.jsonl:6:"), problems.get(3));
    assertEquals(true, problems.get(4).startsWith("D/sp.jsonl:7:"), problems.get(4));
  }

  @Test
  void malformedJsonLinesCarryLineAndColumn() throws IOException {
    List<String> problems = problems("sp.jsonl", """
        {"id": "a", "text": "Fine."}
        {"id": "c", "text": "unterminated}
        [1, 2]
        """, false);

    assertEquals(2, problems.size(), problems.toString());
    assertEquals(true, problems.get(0).startsWith("D/sp.jsonl:2:"), problems.get(0));
    assertEquals(true, problems.get(0).contains("not valid JSON"), problems.get(0));
    assertEquals("D/sp.jsonl:3: error: line is not a JSON object; write one {...} object "
        + "per line", problems.get(1));
  }

  @Test
  void toolProblemsNameFileLineAndTheExpectedShape() throws IOException {
    List<String> problems = problems("tools.jsonl", String.join("\n",
        "{\"type\":\"function\",\"function\":{\"name\":\"ok_tool\",\"parameters\":{\"type\":\"object\"}}}",
        "{\"type\":\"tool\",\"function\":{\"name\":\"x\"}}",
        "{\"type\":\"function\",\"function\":{\"name\":\"has space\"}}",
        "{\"type\":\"function\",\"function\":{\"name\":\"p\",\"parameters\":{\"type\":\"array\"}}}",
        "{\"type\":\"function\",\"function\":{\"name\":\"ok_tool\"}}"), true);

    assertEquals(4, problems.size(), problems.toString());
    assertEquals(true, problems.get(0).startsWith(
        "D/tools.jsonl:2: error: \"type\" must be \"function\"; write an OpenAI tool"),
        problems.get(0));
    assertEquals(true, problems.get(1).startsWith(
        "D/tools.jsonl:3: error: function.name must be 1-64 letters"), problems.get(1));
    assertEquals(true, problems.get(2).startsWith(
        "D/tools.jsonl:4: error: function.parameters must be a JSON schema"), problems.get(2));
    assertEquals("D/tools.jsonl:5: error: duplicate tool name 'ok_tool' (first on line 1); "
        + "give each tool its own name", problems.get(3));
  }

  @Test
  void anEmptyPoolIsAnError() throws IOException {
    assertEquals(List.of("D/empty.jsonl: error: system prompts pool is empty; add at least one "
        + "entry, one JSON object per line"), problems("empty.jsonl", "\n\n", false));
  }
}
