package org.difficultadvice.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.difficultadvice.export.TestExamples;
import org.difficultadvice.generate.Example;
import org.junit.jupiter.api.Test;

class ExampleTokensTest {
  private final TokenCounter o200k = JtokkitTokenCounter.o200kBase();

  @Test
  void countsEachTurnWithItsFramingAndTheReplyPriming() {
    Example example = TestExamples.example("a", "workplace", "Be brief.", "hello world",
        "Tell your manager.");

    long expected = 3
        + 3 + o200k.count("system") + o200k.count("Be brief.")
        + 3 + o200k.count("user") + o200k.count("hello world")
        + 3 + o200k.count("assistant") + o200k.count("Tell your manager.");
    assertEquals(expected, new ExampleTokens(o200k, ChatFormat.OPENAI).count(example));
  }

  @Test
  void anEmptySystemPromptIsNoTurnAndToolsCountAsTheirJson() {
    Example bare = TestExamples.example("a", "workplace", "", "hi", "ok");
    Example tooled = bare.withTools(List.of(TestExamples.tool("get_weather")));
    ExampleTokens tokens = new ExampleTokens(o200k, ChatFormat.OPENAI);

    assertEquals(3 + 3 + o200k.count("user") + o200k.count("hi")
        + 3 + o200k.count("assistant") + o200k.count("ok"), tokens.count(bare));
    assertEquals(tokens.count(bare) + o200k.count(ChatFormat.OPENAI.toolsJson(tooled.tools())),
        tokens.count(tooled));
  }

  @Test
  void shareGptCountsItsOwnRoleLabels() {
    Example example = TestExamples.example("a", "workplace", "Sys", "hi", "ok");

    long openAi = new ExampleTokens(o200k, ChatFormat.OPENAI).count(example);
    long shareGpt = new ExampleTokens(o200k, ChatFormat.SHAREGPT).count(example);

    assertEquals(openAi - o200k.count("user") - o200k.count("assistant")
        + o200k.count("human") + o200k.count("gpt"), shareGpt);
  }
}
