package org.difficultadvice.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.FinishReason;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.Role;
import org.difficultadvice.provider.Sampling;
import org.difficultadvice.provider.Usage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedExampleGeneratorTest {
  private static final String CLAUSE_TEXT = "Say what you believe to be true.";

  @TempDir Path dir;
  private StagedExampleGenerator generator;
  private final DilemmaSpec spec = new DilemmaSpec("abc123", "work.padding", "workplace",
      "falsifying-records", List.of("honesty.truth"), Map.of("person.name", "Amara"),
      "get reimbursed", "rent", "deadline", "Amara wants to pad an expense claim.");

  /** Answers from a queue and remembers every request, like a scripted server. */
  static final class ScriptedProvider implements Provider {
    final Deque<Completion> answers = new ArrayDeque<>();
    final List<ChatRequest> requests = new ArrayList<>();

    ScriptedProvider answer(String text, FinishReason reason) {
      answers.add(new Completion(text, reason, new Usage(10, 5), "m-" + answers.size(), "r"));
      return this;
    }

    @Override
    public Completion complete(ChatRequest request) {
      requests.add(request);
      return answers.removeFirst();
    }

    @Override
    public String name() {
      return "scripted";
    }
  }

  @BeforeEach
  void writePrompts() throws Exception {
    Files.writeString(dir.resolve("realize.system.ftl"), "Write a chat for ${spec.domain}.");
    Files.writeString(dir.resolve("realize.user.ftl"), "Brief: ${spec.brief}");
    Files.writeString(dir.resolve("respond.system.ftl"),
        "${system_prompt}\n<#list clauses as c>${c.id}: ${c.text}\n</#list>");
    Files.writeString(dir.resolve("revise.system.ftl"),
        "Rewrite.<#list clauses as c> ${c.text}</#list>");
    Files.writeString(dir.resolve("revise.user.ftl"), "${user_message}\n---\n${draft}");
    StagePrompts prompts =
        StagePrompts.load(dir, List.of(Stage.REALIZE, Stage.RESPOND, Stage.REVISE));
    generator = new StagedExampleGenerator(prompts,
        Map.of("honesty.truth", new Excerpt("honesty.truth", "Truth", CLAUSE_TEXT)),
        new GenerationSettings("model-x", new Sampling(0.7, 0.9, 256, null), 42, 3));
  }

  @Test
  void storesRealizedPromptsAndTheRevisedAnswerWithoutTheExcerpts() throws Exception {
    ScriptedProvider provider = new ScriptedProvider()
        .answer("{\"system_prompt\":\"Be a budgeting coach.\",\"user_message\":\"ugh, my"
            + " claim\"}", FinishReason.STOP)
        .answer("draft answer", FinishReason.STOP)
        .answer("  revised answer\n", FinishReason.STOP);

    Example example = generator.generate(spec, provider);

    assertEquals("Be a budgeting coach.", example.systemPrompt());
    assertEquals("ugh, my claim", example.userMessage());
    assertEquals("  revised answer\n", example.assistantMessage());
    assertFalse(example.systemPrompt().contains(CLAUSE_TEXT));
    ChatRequest respond = provider.requests.get(1);
    assertEquals("respond", respond.stage());
    assertTrue(respond.systemPrompt().orElseThrow().contains(CLAUSE_TEXT));
    assertEquals(Role.USER, respond.messages().get(1).role());
    assertEquals("ugh, my claim", respond.messages().get(1).content());
    assertTrue(provider.requests.get(2).messages().get(1).content().contains("draft answer"));
    assertTrue(provider.requests.get(0).outputSchema().isPresent());
    assertEquals(Map.of("realize", "m-0", "respond", "m-1", "revise", "m-2"), example.models());
  }

  @Test
  void asksAgainWithANewSeedWhenRealizeIsNotJson() throws Exception {
    ScriptedProvider provider = new ScriptedProvider()
        .answer("Sure! Here is the chat", FinishReason.STOP)
        .answer("```json\n{\"system_prompt\":\"\",\"user_message\":\"hm\"}\n```", FinishReason.STOP)
        .answer("draft", FinishReason.STOP)
        .answer("final", FinishReason.STOP);

    Example example = generator.generate(spec, provider);

    assertEquals("hm", example.userMessage());
    assertEquals("", example.systemPrompt());
    assertNotEquals(provider.requests.get(0).sampling().seed(),
        provider.requests.get(1).sampling().seed());
  }

  @Test
  void givesUpOnTheSpecAfterEveryAttemptIsTruncated() {
    ScriptedProvider provider = new ScriptedProvider()
        .answer("{\"system_prompt\":\"\",\"user_message\":\"hm\"}", FinishReason.STOP);
    for (int i = 0; i < 3; i++) {
      provider.answer("cut off mid", FinishReason.LENGTH);
    }

    GenerationFailedException e =
        assertThrows(GenerationFailedException.class, () -> generator.generate(spec, provider));

    assertEquals("respond", e.stage());
    assertEquals("truncated", e.reason());
    assertEquals(4, provider.requests.size());
  }

  @Test
  void sameSpecAndSeedGiveTheSameRequests() throws Exception {
    ScriptedProvider first = scriptedHappyPath();
    ScriptedProvider second = scriptedHappyPath();
    generator.generate(spec, first);
    generator.generate(spec, second);
    assertEquals(first.requests, second.requests);
  }

  private static ScriptedProvider scriptedHappyPath() {
    return new ScriptedProvider()
        .answer("{\"system_prompt\":\"s\",\"user_message\":\"u\"}", FinishReason.STOP)
        .answer("d", FinishReason.STOP)
        .answer("r", FinishReason.STOP);
  }
}
