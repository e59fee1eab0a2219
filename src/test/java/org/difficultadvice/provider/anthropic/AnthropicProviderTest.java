package org.difficultadvice.provider.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.difficultadvice.provider.ApiKey;
import org.difficultadvice.provider.ChatMessage;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.FinishReason;
import org.difficultadvice.provider.HttpClientSettings;
import org.difficultadvice.provider.OutputSchema;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.Sampling;
import org.difficultadvice.provider.Usage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnthropicProviderTest {
  private static final String SECRET = "sk-ant-test-7Hq2SECRET";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer server = new MockWebServer();
  private final OkHttpClient client =
      HttpClientSettings.forCallTimeout(Duration.ofSeconds(10), 4).newClient();
  private ApiKey key;

  @BeforeEach
  void start() throws Exception {
    server.start();
    key = ApiKey.fromEnvironment("ANTHROPIC_API_KEY", Map.of("ANTHROPIC_API_KEY", SECRET));
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private AnthropicProvider provider() {
    return new AnthropicProvider(client, server.url("/"), key, CLOCK);
  }

  private static ChatRequest request(Optional<OutputSchema> schema) {
    return new ChatRequest(
        "respond",
        "claude-sonnet-4-5",
        List.of(
            ChatMessage.system("You give difficult advice."),
            ChatMessage.user("Should I tell my boss?"),
            ChatMessage.assistant("Tell me more."),
            ChatMessage.user("It's about a mistake.")),
        new Sampling(0.7, 0.95, 1024, 42L),
        schema);
  }

  private static ChatRequest plainRequest() {
    return request(Optional.empty());
  }

  private static OutputSchema schema() throws Exception {
    ObjectNode schema =
        (ObjectNode)
            JSON.readTree(
                "{\"type\":\"object\",\"properties\":{\"score\":{\"type\":\"integer\"}},"
                    + "\"required\":[\"score\"]}");
    return new OutputSchema("judge_scores", schema);
  }

  private static MockResponse answer(String contentJson, String stopReason) {
    return new MockResponse()
        .setHeader("Content-Type", "application/json")
        .setHeader("request-id", "req_011abc")
        .setBody(
            """
{"id":"msg_01","type":"message","role":"assistant","model":"claude-sonnet-4-5-20250929",
 "content":%s,"stop_reason":"%s","stop_sequence":null,
 "usage":{"input_tokens":57,"output_tokens":21}}"""
                .formatted(contentJson, stopReason));
  }

  private static MockResponse textAnswer(String text, String stopReason) {
    return answer("[{\"type\":\"text\",\"text\":" + quote(text) + "}]", stopReason);
  }

  private static String quote(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Prompt caching: the cache mark on a long shared system prefix, and the cache usage counts. */
  @Nested
  class PromptCaching {
    /** About 1,300 tokens at four characters a token: past the 1,024 of Sonnet-class models. */
    private final String instructions = "Write the person's first message plainly. ".repeat(125);

    private ChatRequest realize(String model, ChatMessage system) {
      return new ChatRequest("realize", model,
          List.of(system, ChatMessage.user("Brief: a lapsed gas certificate.")),
          new Sampling(0.7, 0.95, 1024, 42L), Optional.empty());
    }

    @Test
    void marksALongSharedSystemPromptForCaching() throws Exception {
      server.enqueue(textAnswer("ok", "end_turn"));
      provider().complete(realize("claude-sonnet-4-5",
          ChatMessage.system(instructions, instructions.length())));
      JsonNode body = JSON.readTree(server.takeRequest().getBody().readUtf8());
      assertEquals(
          JSON.readTree(
              """
              [{"type":"text","text":%s,"cache_control":{"type":"ephemeral"}}]"""
                  .formatted(quote(instructions))),
          body.get("system"));
    }

    @Test
    void marksOnlyTheSharedPartOfASystemPromptThatEndsPerSpec() throws Exception {
      server.enqueue(textAnswer("ok", "end_turn"));
      String perSpec = "\n---\nTheir aim, roughly: keep the tenancy.";
      provider().complete(realize("claude-sonnet-4-5",
          ChatMessage.system(instructions + perSpec, instructions.length())));
      JsonNode body = JSON.readTree(server.takeRequest().getBody().readUtf8());
      assertEquals(
          JSON.readTree(
              """
              [{"type":"text","text":%s,"cache_control":{"type":"ephemeral"}},
               {"type":"text","text":%s}]"""
                  .formatted(quote(instructions), quote(perSpec))),
          body.get("system"));
    }

    @Test
    void sendsAShortSharedSystemPromptAsPlainText() throws Exception {
      server.enqueue(textAnswer("ok", "end_turn"));
      String shortPrompt = "You give difficult advice.";
      provider().complete(realize("claude-sonnet-4-5",
          ChatMessage.system(shortPrompt, shortPrompt.length())));
      JsonNode body = JSON.readTree(server.takeRequest().getBody().readUtf8());
      assertEquals(shortPrompt, body.get("system").asText());
      assertFalse(body.toString().contains("cache_control"));
    }

    @Test
    void asksMoreOfAHaikuModelBeforeMarking() throws Exception {
      server.enqueue(textAnswer("ok", "end_turn"));
      provider().complete(realize("claude-haiku-4-5",
          ChatMessage.system(instructions, instructions.length())));
      JsonNode body = JSON.readTree(server.takeRequest().getBody().readUtf8());
      assertTrue(body.get("system").isTextual(), "1,300 tokens is under Haiku's 2,048");
    }

    @Test
    void marksNothingWhenNothingIsKnownToBeShared() throws Exception {
      server.enqueue(textAnswer("ok", "end_turn"));
      provider().complete(realize("claude-sonnet-4-5", ChatMessage.system(instructions)));
      JsonNode body = JSON.readTree(server.takeRequest().getBody().readUtf8());
      assertTrue(body.get("system").isTextual());
    }

    @Test
    void countsCacheReadsAndWritesAsPartOfTheInput() throws Exception {
      server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("""
          {"id":"msg_02","type":"message","role":"assistant","model":"claude-sonnet-4-5",
           "content":[{"type":"text","text":"ok"}],"stop_reason":"end_turn",
           "usage":{"input_tokens":50,"cache_creation_input_tokens":248,
                    "cache_read_input_tokens":100000,"output_tokens":503}}"""));
      Completion completion = provider().complete(plainRequest());
      assertEquals(new Usage(100_298, 503, 100_000, 248, 0), completion.usage());
    }
  }

  @Nested
  class Requests {
    @Test
    void postsTheDocumentedMessagesBody() throws Exception {
      server.enqueue(textAnswer("ok", "end_turn"));
      provider().complete(plainRequest());
      RecordedRequest recorded = server.takeRequest();
      assertEquals("POST", recorded.getMethod());
      assertEquals("/v1/messages", recorded.getPath());
      assertEquals(
          JSON.readTree(
              """
              {"model":"claude-sonnet-4-5","max_tokens":1024,
               "system":"You give difficult advice.",
               "messages":[{"role":"user","content":"Should I tell my boss?"},
                           {"role":"assistant","content":"Tell me more."},
                           {"role":"user","content":"It's about a mistake."}],
               "temperature":0.7}"""),
          JSON.readTree(recorded.getBody().readUtf8()));
    }

    @Test
    void sendsTheKeyAndApiVersionHeaders() throws Exception {
      server.enqueue(textAnswer("ok", "end_turn"));
      provider().complete(plainRequest());
      RecordedRequest recorded = server.takeRequest();
      assertEquals(SECRET, recorded.getHeader("x-api-key"));
      assertEquals("2023-06-01", recorded.getHeader("anthropic-version"));
      assertTrue(recorded.getHeader("content-type").startsWith("application/json"));
      assertEquals(null, recorded.getHeader("Authorization"));
    }

    @Test
    void asksForStructuredOutputWithAForcedToolCall() throws Exception {
      server.enqueue(
          answer(
              "[{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"judge_scores\",\"input\":{\"score\":4}}]",
              "tool_use"));
      provider().complete(request(Optional.of(schema())));
      var body = JSON.readTree(server.takeRequest().getBody().readUtf8());
      assertEquals(
          JSON.readTree(
              """
              [{"name":"judge_scores",
                "description":"Record your answer as a JSON object that matches the input schema.",
                "input_schema":{"type":"object","properties":{"score":{"type":"integer"}},
                                "required":["score"]}}]"""),
          body.get("tools"));
      assertEquals(
          JSON.readTree("{\"type\":\"tool\",\"name\":\"judge_scores\"}"), body.get("tool_choice"));
    }

    @Test
    void leavesOutSystemWhenThereIsNoSystemTurn() throws Exception {
      server.enqueue(textAnswer("ok", "end_turn"));
      provider()
          .complete(
              new ChatRequest(
                  "revise",
                  "m",
                  List.of(ChatMessage.user("hi")),
                  new Sampling(1, 1, 8, null),
                  Optional.empty()));
      assertFalse(JSON.readTree(server.takeRequest().getBody().readUtf8()).has("system"));
    }

    @Test
    void acceptsABaseUrlThatAlreadyEndsInV1() throws Exception {
      server.enqueue(textAnswer("ok", "end_turn"));
      new AnthropicProvider(client, server.url("/v1/"), key).complete(plainRequest());
      assertEquals("/v1/messages", server.takeRequest().getPath());
    }

    @Test
    void rejectsARequestWithOnlyASystemPrompt() {
      ChatRequest systemOnly =
          new ChatRequest(
              "respond",
              "m",
              List.of(ChatMessage.system("alone")),
              new Sampling(1, 1, 8, null),
              Optional.empty());
      assertThrows(IllegalArgumentException.class, () -> provider().complete(systemOnly));
      assertEquals(0, server.getRequestCount());
    }

    @Test
    void rejectsASystemTurnAfterTheFirstMessage() {
      ChatRequest late =
          new ChatRequest(
              "respond",
              "m",
              List.of(ChatMessage.user("hi"), ChatMessage.system("late")),
              new Sampling(1, 1, 8, null),
              Optional.empty());
      assertThrows(IllegalArgumentException.class, () -> provider().complete(late));
      assertEquals(0, server.getRequestCount());
    }
  }

  @Nested
  class Answers {
    @Test
    void readsTextUsageModelAndRequestId() throws Exception {
      server.enqueue(
          answer(
              "[{\"type\":\"text\",\"text\":\"First, \"},{\"type\":\"text\",\"text\":\"be"
                  + " honest.\"}]",
              "end_turn"));
      Completion completion = provider().complete(plainRequest());
      assertEquals("First, be honest.", completion.text());
      assertEquals(FinishReason.STOP, completion.finishReason());
      assertEquals(new Usage(57, 21), completion.usage());
      assertEquals("claude-sonnet-4-5-20250929", completion.model());
      assertEquals("req_011abc", completion.requestId());
    }

    @Test
    void returnsTheToolInputAsJsonText() throws Exception {
      server.enqueue(
          answer(
              "[{\"type\":\"text\",\"text\":\"Scoring now.\"},"
                  + "{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"judge_scores\",\"input\":{\"score\":4}}]",
              "tool_use"));
      Completion completion = provider().complete(request(Optional.of(schema())));
      assertEquals("{\"score\":4}", completion.text());
      assertEquals(FinishReason.STOP, completion.finishReason());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "end_turn, STOP",
      "stop_sequence, STOP",
      "tool_use, STOP",
      "max_tokens, LENGTH",
      "refusal, OTHER",
      "pause_turn, OTHER"
    })
    void mapsStopReasons(String stopReason, FinishReason expected) throws Exception {
      server.enqueue(textAnswer("some text", stopReason));
      assertEquals(expected, provider().complete(plainRequest()).finishReason());
    }

    @Test
    void marksATruncatedAnswer() throws Exception {
      server.enqueue(textAnswer("First, be", "max_tokens"));
      assertTrue(provider().complete(plainRequest()).truncated());
    }
  }

  @Nested
  class Failures {
    @ParameterizedTest(name = "HTTP {0} retryable={1}")
    @CsvSource({
      "400, false",
      "401, false",
      "403, false",
      "404, false",
      "413, false",
      "429, true",
      "500, true",
      "502, true",
      "503, true",
      "504, true",
      "529, true"
    })
    void mapsEachStatusToWhetherRetryingMayHelp(int status, boolean retryable) {
      server.enqueue(error(status, "some_error", "nope"));
      ProviderException e =
          assertThrows(ProviderException.class, () -> provider().complete(plainRequest()));
      assertEquals(status, e.status());
      assertEquals(retryable, e.retryable());
      assertEquals("req_err", e.requestId());
      assertTrue(
          e.getMessage().startsWith("Anthropic returned HTTP " + status + " (some_error: nope); "),
          e.getMessage());
    }

    @Test
    void overloadedIsRetryableAndHonoursRetryAfter() {
      server.enqueue(error(529, "overloaded_error", "Overloaded").setHeader("retry-after", "3"));
      ProviderException e =
          assertThrows(ProviderException.class, () -> provider().complete(plainRequest()));
      assertTrue(e.retryable());
      assertEquals(Optional.of(Duration.ofSeconds(3)), e.retryAfter());
    }

    @Test
    void rateLimitHonoursRetryAfterAsAnHttpDate() {
      server.enqueue(
          error(429, "rate_limit_error", "Number of requests has exceeded your rate limit")
              .setHeader("retry-after", "Mon, 23 Nov 2026 10:00:20 GMT"));
      ProviderException e =
          assertThrows(ProviderException.class, () -> provider().complete(plainRequest()));
      assertTrue(e.retryable());
      assertEquals(Optional.of(Duration.ofSeconds(20)), e.retryAfter());
    }

    @Test
    void aReachedSpendLimitIsNotRetried() {
      server.enqueue(
          new MockResponse()
              .setResponseCode(429)
              .setBody(
                  "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"spend"
                      + " limit\","
                      + "\"details\":{\"error_code\":\"enforced_spend_limit_reached\"}}}"));
      ProviderException e =
          assertThrows(ProviderException.class, () -> provider().complete(plainRequest()));
      assertFalse(e.retryable());
      assertTrue(e.retryAfter().isEmpty());
    }

    @Test
    void unauthorizedNamesTheVariableTheKeyCameFrom() {
      server.enqueue(error(401, "authentication_error", "invalid x-api-key"));
      ProviderException e =
          assertThrows(ProviderException.class, () -> provider().complete(plainRequest()));
      assertFalse(e.retryable());
      assertEquals(
          "Anthropic returned HTTP 401 (authentication_error: invalid x-api-key); the key was read"
              + " from ANTHROPIC_API_KEY; check that it is a valid key for "
              + server.getHostName()
              + " (export the right key, or name another variable with --api-key-env) [request id"
              + " req_err]",
          e.getMessage());
    }

    @Test
    void aBodyThatIsNotJsonIsARetryableFailureNotACrash() {
      server.enqueue(new MockResponse().setHeader("request-id", "req_bad").setBody("<html>oops"));
      ProviderException e =
          assertThrows(ProviderException.class, () -> provider().complete(plainRequest()));
      assertEquals(200, e.status());
      assertTrue(e.retryable());
      assertEquals("req_bad", e.requestId());
    }

    @Test
    void aStructuredAnswerWithoutTheToolCallIsARetryableFailure() throws Exception {
      server.enqueue(textAnswer("I'd rather explain in prose.", "end_turn"));
      ProviderException e =
          assertThrows(
              ProviderException.class, () -> provider().complete(request(Optional.of(schema()))));
      assertTrue(e.retryable());
      assertEquals(
          "Anthropic answered HTTP 200 but the answer has no 'judge_scores' tool call with an"
              + " object input (stop_reason end_turn) [request id req_011abc]",
          e.getMessage());
    }

    @Test
    void anAnswerWithoutTextIsARetryableFailure() {
      server.enqueue(answer("[]", "end_turn"));
      ProviderException e =
          assertThrows(ProviderException.class, () -> provider().complete(plainRequest()));
      assertTrue(e.retryable());
    }

    @Test
    void aConnectionResetMidAnswerIsRetryable() {
      server.enqueue(
          textAnswer("x".repeat(100_000), "end_turn")
              .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
      ProviderException e =
          assertThrows(ProviderException.class, () -> provider().complete(plainRequest()));
      assertEquals(0, e.status());
      assertTrue(e.retryable());
    }

    @Test
    void aReadTimeoutIsRetryable() {
      OkHttpClient impatient =
          new HttpClientSettings(
                  Duration.ofSeconds(2), Duration.ofMillis(200), Duration.ofSeconds(5), 1)
              .newClient();
      // No answer at all: the read times out, and shutting the server down waits for nothing.
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
      ProviderException e =
          assertThrows(
              ProviderException.class,
              () ->
                  new AnthropicProvider(impatient, server.url("/"), key).complete(plainRequest()));
      assertEquals(0, e.status());
      assertTrue(e.retryable());
      assertTrue(e.getCause() instanceof SocketTimeoutException, String.valueOf(e.getCause()));
    }

    @Test
    void theKeyNeverAppearsInAnyFailureMessage() {
      List<MockResponse> failures =
          List.of(
              error(401, "authentication_error", "bad key " + SECRET),
              error(529, "overloaded_error", SECRET),
              new MockResponse().setBody("not json " + SECRET),
              new MockResponse().setBody(SECRET),
              new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
      for (MockResponse failure : failures) {
        // Each case on a fresh connection: a drop on a pooled one makes OkHttp retry silently
        // on a new connection, which found an empty queue and waited out the 10 s read timeout.
        client.connectionPool().evictAll();
        server.enqueue(failure);
        ProviderException e =
            assertThrows(ProviderException.class, () -> provider().complete(plainRequest()));
        for (Throwable t = e; t != null; t = t.getCause()) {
          assertFalse(t.toString().contains(SECRET), t.toString());
        }
      }
    }

    private MockResponse error(int status, String type, String message) {
      return new MockResponse()
          .setResponseCode(status)
          .setHeader("request-id", "req_err")
          .setBody(
              "{\"type\":\"error\",\"error\":{\"type\":\"%s\",\"message\":%s},\"request_id\":\"req_err\"}"
                  .formatted(type, quote(message)));
    }
  }
}
