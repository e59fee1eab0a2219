package org.difficultadvice.provider.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.difficultadvice.load.LocalModelSettings;
import org.difficultadvice.provider.ChatMessage;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.FinishReason;
import org.difficultadvice.provider.OutputSchema;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.Sampling;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local provider on {@link TinyGguf}, a model with random weights. These tests check the
 * plumbing (loading through the real native library, the chat template, sampling settings,
 * stopping, token accounting, grammar-constrained JSON, serialised calls), never the quality
 * of an answer: the fixture writes word salad.
 */
class LocalProviderTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalModelSettings SETTINGS =
      new LocalModelSettings(null, null, 1, 1024);

  @TempDir static Path dir;
  private static LocalProvider provider;
  private static LocalProvider neverEnding;

  @BeforeAll
  static void loadFixtures() throws Exception {
    provider = LocalProvider.open(SETTINGS, TinyGguf.write(dir.resolve("tiny-chatml.gguf")));
    neverEnding = LocalProvider.open(
        SETTINGS, TinyGguf.writeNeverEnding(dir.resolve("tiny-never-ending.gguf")));
  }

  @AfterAll
  static void closeFixtures() {
    provider.close();
    neverEnding.close();
  }

  private static ChatRequest request(int maxTokens, Long seed) {
    return new ChatRequest("respond", "tiny", List.of(
            ChatMessage.system("You give advice."),
            ChatMessage.user("My manager asked me to fudge the numbers. What now?")),
        new Sampling(0.8, 0.95, maxTokens, seed), Optional.empty());
  }

  @Test
  void namesTheModelAfterItsFile() {
    assertEquals("tiny-chatml", provider.modelName());
    assertEquals("local", provider.name());
  }

  @Test
  void rendersTheChatTemplateStoredInTheModelFile() throws Exception {
    String prompt = provider.render(new ChatRequest("respond", "tiny", List.of(
            ChatMessage.system("Be brief."),
            ChatMessage.user("Hi"),
            ChatMessage.assistant("Hello."),
            ChatMessage.user("Help?")),
        new Sampling(0.8, 0.95, 8, 1L), Optional.empty()));

    assertEquals("<|im_start|>system\nBe brief.<|im_end|>\n"
        + "<|im_start|>user\nHi<|im_end|>\n"
        + "<|im_start|>assistant\nHello.<|im_end|>\n"
        + "<|im_start|>user\nHelp?<|im_end|>\n"
        + "<|im_start|>assistant\n", prompt);
  }

  @Test
  void answersWithTextAndCountsPromptAndAnswerTokens() throws Exception {
    Completion completion = provider.complete(request(200, 7L));

    assertFalse(completion.text().isBlank(), completion.text());
    assertEquals("tiny-chatml", completion.model());
    long promptTokens = provider.countTokens(provider.render(request(200, 7L)));
    assertEquals(promptTokens, completion.usage().inputTokens());
    assertTrue(completion.usage().outputTokens() > 0);
  }

  @Test
  void sameSeedGivesTheSameAnswerAndAnotherSeedAnother() throws Exception {
    Completion first = provider.complete(request(60, 42L));
    Completion again = provider.complete(request(60, 42L));
    Completion other = provider.complete(request(60, 43L));

    assertEquals(first, again);
    assertNotEquals(first.text(), other.text());
  }

  @Test
  void endsOnTheEndTokenWithFinishReasonStop() throws Exception {
    Completion completion = provider.complete(request(400, 42L));

    assertEquals(FinishReason.STOP, completion.finishReason());
    assertTrue(completion.usage().outputTokens() < 400);
  }

  @Test
  void stopsAtMaxTokensWithFinishReasonLength() throws Exception {
    Completion completion = neverEnding.complete(request(5, 42L));

    assertEquals(FinishReason.LENGTH, completion.finishReason());
    assertTrue(completion.truncated());
    assertEquals(5, completion.usage().outputTokens());
  }

  @Test
  void structuredOutputFollowsTheSchema() throws Exception {
    ObjectNode schema = (ObjectNode) JSON.readTree("""
        {"type": "object",
         "properties": {
           "keep": {"type": "boolean"},
           "verdict": {"enum": ["honest", "shortcut"]}},
         "required": ["keep", "verdict"],
         "additionalProperties": false}""");
    ChatRequest base = request(200, 11L);
    ChatRequest structured = new ChatRequest(base.stage(), base.model(), base.messages(),
        base.sampling(), Optional.of(new OutputSchema("verdict", schema)));

    Completion completion = neverEnding.complete(structured);

    JsonNode answer = JSON.readTree(completion.text());
    assertTrue(answer.get("keep").isBoolean(), completion.text());
    assertTrue(List.of("honest", "shortcut").contains(answer.get("verdict").asText()));
    assertEquals(FinishReason.STOP, completion.finishReason());
  }

  @Test
  void concurrentCallsAreSerialisedAndGiveTheSameAnswersAsOneByOne() throws Exception {
    Completion alone = provider.complete(request(40, 5L));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Completion>> futures = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        futures.add(pool.submit(() -> provider.complete(request(40, 5L))));
      }
      for (Future<Completion> future : futures) {
        assertEquals(alone, future.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void refusesAPromptThatDoesNotFitTheContext() throws Exception {
    try (LocalProvider small = LocalProvider.open(
        new LocalModelSettings(null, null, 1, 32), dir.resolve("tiny-chatml.gguf"))) {
      ProviderException e =
          assertThrows(ProviderException.class, () -> small.complete(request(8, 1L)));
      assertFalse(e.retryable());
      assertTrue(e.getMessage().contains("local.context_size"), e.getMessage());
    }
  }

  @Test
  void failsClearlyForAMissingModelFile() {
    ProviderException e = assertThrows(ProviderException.class,
        () -> LocalProvider.open(SETTINGS, dir.resolve("absent.gguf")));
    assertTrue(e.getMessage().contains("absent.gguf"), e.getMessage());
  }

  @Test
  void refusesCallsAfterClose() throws Exception {
    LocalProvider closing = LocalProvider.open(SETTINGS, dir.resolve("tiny-chatml.gguf"));
    closing.close();
    closing.close();
    assertThrows(IllegalStateException.class, () -> closing.complete(request(4, 1L)));
  }

  @Test
  void zeroThreadsMeansEveryCore() {
    assertEquals(Runtime.getRuntime().availableProcessors(),
        LocalProvider.threadCount(new LocalModelSettings(null, null, 0, null)));
    assertEquals(3, LocalProvider.threadCount(new LocalModelSettings(null, null, 3, null)));
  }

  @Test
  void seedNeverBecomesLlamaCppsRandomSeedMarker() {
    assertNotEquals(-1, LocalProvider.nativeSeed(-1L));
    assertNotEquals(-1, LocalProvider.nativeSeed(0xFFFFFFFFL));
    assertEquals(42, LocalProvider.nativeSeed(42L));
  }
}
