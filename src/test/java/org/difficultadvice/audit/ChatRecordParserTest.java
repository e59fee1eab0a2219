package org.difficultadvice.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChatRecordParserTest {
  private final ChatRecordParser parser = new ChatRecordParser(Chats.JSON);

  @Test
  void readsOpenAiShareGptAndTextLines() {
    assertEquals(ChatFormat.OPENAI, parser.parse("f", 1, Chats.openai("u", "a")).record().get().format());
    ChatRecord share = parser.parse("f", 2, Chats.sharegpt("hi", "hello")).record().get();
    assertEquals(List.of(new Turn("user", "hi"), new Turn("assistant", "hello")), share.turns());
    assertEquals(ChatFormat.TEXT, parser.parse("f", 3, Chats.text("doc")).record().get().format());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "NOT_JSON          | {\"messages\": [",
        "NOT_JSON          | [1, 2]",
        "UNKNOWN_FORMAT    | {\"prompt\": \"x\", \"completion\": \"y\"}",
        "MISSING_ROLE      | {\"messages\": [{\"content\": \"x\"}, {\"role\": \"assistant\", \"content\": \"y\"}]}",
        "UNKNOWN_ROLE      | {\"conversations\": [{\"from\": \"wizard\", \"value\": \"x\"}, {\"from\": \"gpt\", \"value\": \"y\"}]}",
        "EMPTY_CONTENT     | {\"messages\": [{\"role\": \"user\", \"content\": \"  \"}, {\"role\": \"assistant\", \"content\": \"y\"}]}",
        "EMPTY_CONTENT     | {\"text\": \"\"}",
        "NO_ASSISTANT_TURN | {\"messages\": [{\"role\": \"system\", \"content\": \"s\"}, {\"role\": \"user\", \"content\": \"x\"}]}",
      })
  void namesTheProblemOfABadLine(SchemaProblem problem, String line) {
    ParsedLine parsed = parser.parse("data.jsonl", 7, line);
    assertTrue(parsed.record().isEmpty());
    assertEquals(List.of(problem), parsed.errors().stream().map(SchemaError::problem).toList());
    assertEquals(7, parsed.errors().get(0).line());
  }

  @Test
  void keepsAnAssistantTurnThatOnlyCallsTools() {
    String line = "{\"messages\": [{\"role\": \"user\", \"content\": \"x\"},"
        + " {\"role\": \"assistant\", \"content\": null, \"tool_calls\": []},"
        + " {\"role\": \"tool\", \"content\": \"42\"}, {\"role\": \"assistant\", \"content\": \"done\"}]}";
    assertTrue(parser.parse("f", 1, line).record().isPresent());
  }

  @Test
  void errorMessageSaysFileLineAndFix() {
    SchemaError error = parser.parse("data/train.jsonl", 12, "{\"prompt\": 1}").errors().get(0);
    assertEquals(
        "data/train.jsonl:12: error: not a known chat format (keys [prompt]); use {\"messages\":"
            + " [...]}, {\"conversations\": [...]} or {\"text\": ...}",
        error.toString());
  }
}
