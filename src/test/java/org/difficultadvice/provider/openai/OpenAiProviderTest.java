package org.difficultadvice.provider.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
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
import org.difficultadvice.provider.MissingApiKeyException;
import org.difficultadvice.provider.OutputSchema;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.Reasoning;
import org.difficultadvice.provider.Sampling;
import org.difficultadvice.provider.Usage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenAiProviderTest {
  private static final String SECRET = "sk-test-Zq8v1kSECRET";
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
    key = ApiKey.fromEnvironment("OPENAI_API_KEY", Map.of("OPENAI_API_KEY", SECRET));
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private OpenAiProvider provider(TokenLimitField field) {
    return new OpenAiProvider(client, server.url("/v1"), Optional.of(key), field, CLOCK);
  }

  private OpenAiProvider provider() {
    return provider(TokenLimitField.MAX_TOKENS);
  }

  private static ChatRequest request(Optional<OutputSchema> schema) {
    return new ChatRequest(
        "realize",
        "gpt-4o-mini",
        List.of(ChatMessage.system("You write dilemmas."), ChatMessage.user("Write one.")),
        new Sampling(0.8, 0.95, 512, 42L),
        schema);
  }

  private static ChatRequest plainRequest() {
    return request(Optional.empty());
  }

  private static OutputSchema schema() throws Exception {
    ObjectNode schema =
        (ObjectNode)
            JSON.readTree(
                """
                {"type":"object","properties":{"user_message":{"type":"string"}},
                 "required":["user_message"],"additionalProperties":false}""");
    return new OutputSchema("realized_dilemma", schema);
  }

  private static MockResponse answer(String content, String finishReason) {
    return new MockResponse()
        .setHeader("Content-Type", "application/json")
        .setHeader("x-request-id", "req_abc123")
        .setBody(
            """
{"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"gpt-4o-mini-2024-07-18",
 "choices":[{"index":0,"message":{"role":"assistant","content":%s,"refusal":null},
             "logprobs":null,"finish_reason":"%s"}],
 "usage":{"prompt_tokens":31,"completion_tokens":12,"total_tokens":43}}"""
                .formatted(quote(content), finishReason));
  }

  private static String quote(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The requests and usage of OpenAI's reasoning models (o-series, GPT-5) and prompt caching. */
  @Nested
  class ReasoningAndCaching {
    private OpenAiProvider openAiHost(Reasoning reasoning) {
      return new OpenAiProvider(client, server.url("/v1"), Optional.of(key),
          TokenLimitField.MAX_COMPLETION_TOKENS, reasoning, CLOCK);
    }

    private ChatRequest respond(String model, int limit) {
      return new ChatRequest("respond", model,
          List.of(ChatMessage.system("Advise well."), ChatMessage.user("can i fake it")),
          new Sampling(0.8, 0.95, limit, 42L), Optional.empty());
    }

    @Test
    void sendsAReasoningModelNoSamplingFieldsAndItsWholeLimitAsMaxCompletionTokens()
        throws Exception {
      server.enqueue(answer("ok", "stop"));
      // 1024 for the answer + the 4096 reasoning allowance, as ProviderSettings.tokenLimit adds.
      openAiHost(Reasoning.AUTO).complete(respond("o4-mini", 1024 + 4096));
      assertEquals(
          JSON.readTree(
              """
              {"model":"o4-mini",
               "messages":[{"role":"system","content":"Advise well."},
                           {"role":"user","content":"can i fake it"}],
               "max_completion_tokens":5120,"seed":42}"""),
          JSON.readTree(server.takeRequest().getBody().readUtf8()));
    }

    @Test
    void sendsANormalModelItsSamplingAsConfigured() throws Exception {
      server.enqueue(answer("ok", "stop"));
      openAiHost(Reasoning.AUTO).complete(respond("gpt-4o-mini", 1024));
      assertEquals(
          JSON.readTree(
              """
              {"model":"gpt-4o-mini",
               "messages":[{"role":"system","content":"Advise well."},
                           {"role":"user","content":"can i fake it"}],
               "temperature":0.8,"top_p":0.95,"max_completion_tokens":1024,"seed":42}"""),
          JSON.readTree(server.takeRequest().getBody().readUtf8()));
    }

    @Test
    void aReasoningSettingOfTrueWinsOverTheNameOnACompatibleServer() throws Exception {
      server.enqueue(answer("ok", "stop"));
      new OpenAiProvider(client, server.url("/v1"), Optional.empty(), Reasoning.ON)
          .complete(respond("deepseek-r1", 2048));
      ObjectNode body = (ObjectNode) JSON.readTree(server.takeRequest().getBody().readUtf8());
      assertFalse(body.has("temperature") || body.has("top_p") || body.has("max_tokens"), body
          .toString());
      assertEquals(2048, body.get("max_completion_tokens").asInt());
    }

    @Test
    void aReasoningSettingOfFalseSendsSamplingToAnOSeriesName() throws Exception {
      server.enqueue(answer("ok", "stop"));
      openAiHost(Reasoning.OFF).complete(respond("o3", 1024));
      ObjectNode body = (ObjectNode) JSON.readTree(server.takeRequest().getBody().readUtf8());
      assertEquals(0.8, body.get("temperature").asDouble());
    }

    @ParameterizedTest
    @CsvSource({"o1,true", "o1-mini,true", "o3-pro,true", "o4-mini,true", "gpt-5,true",
        "gpt-5-mini,true", "gpt-5.1,true", "openai/o3,true", "gpt-4o,false", "gpt-4.1-mini,false",
        "gpt-oss:20b,false", "orca-mini,false", "qwen2.5:14b,false"})
    void recognisesReasoningModelsByName(String model, boolean reasoning) {
      assertEquals(reasoning, Reasoning.AUTO.appliesTo(model));
    }

    @Test
    void readsCachedAndReasoningTokensFromTheUsageDetails() throws Exception {
      server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("""
          {"id":"chatcmpl-2","model":"o4-mini-2025-04-16",
           "choices":[{"index":0,"message":{"role":"assistant","content":"ok"},
                       "finish_reason":"stop"}],
           "usage":{"prompt_tokens":2006,"completion_tokens":300,"total_tokens":2306,
                    "prompt_tokens_details":{"cached_tokens":1920,"audio_tokens":0},
                    "completion_tokens_details":{"reasoning_tokens":192,"audio_tokens":0,
                        "accepted_prediction_tokens":0,"rejected_prediction_tokens":0}}}"""));
      Completion completion = openAiHost(Reasoning.AUTO).complete(respond("o4-mini", 5120));
      assertEquals(new Usage(2006, 300, 1920, 0, 192), completion.usage());
    }

    @Test
    void readsNoDetailsAsZero() throws Exception {
      server.enqueue(answer("ok", "stop"));
      assertEquals(new Usage(31, 12), provider().complete(plainRequest()).usage());
    }
  }

  @Nested
  class Requests {
    @Test
    void postsTheDocumentedChatCompletionsBody() throws Exception {
      server.enqueue(answer("ok", "stop"));
      provider().complete(plainRequest());
      RecordedRequest recorded = server.takeRequest();
      assertEquals("POST", recorded.getMethod());
      assertEquals("/v1/chat/completions", recorded.getPath());
      assertEquals(
          JSON.readTree(
              """
              {"model":"gpt-4o-mini",
               "messages":[{"role":"system","content":"You write dilemmas."},
                           {"role":"user","content":"Write one."}],
               "temperature":0.8,"top_p":0.95,"max_tokens":512,"seed":42}"""),
          JSON.readTree(recorded.getBody().readUtf8()));
      assertTrue(recorded.getHeader("Content-Type").startsWith("application/json"));
    }

    @Test
    void sendsTheKeyAsABearerToken() throws Exception {
      server.enqueue(answer("ok", "stop"));
      provider().complete(plainRequest());
      assertEquals("Bearer " + SECRET, server.takeRequest().getHeader("Authorization"));
    }

    @Test
    void sendsNoAuthorizationToAServerThatNeedsNoKey() throws Exception {
      server.enqueue(answer("ok", "stop"));
      new OpenAiProvider(client, server.url("/v1/"), Optional.empty()).complete(plainRequest());
      RecordedRequest recorded = server.takeRequest();
      assertNull(recorded.getHeader("Authorization"));
      assertEquals("/v1/chat/completions", recorded.getPath());
    }

    @Test
    void asksForStructuredOutputWithAStrictJsonSchema() throws Exception {
      server.enqueue(answer("{\"user_message\":\"hi\"}", "stop"));
      provider().complete(request(Optional.of(schema())));
      assertEquals(
          JSON.readTree(
              """
              {"type":"json_schema",
               "json_schema":{"name":"realized_dilemma","strict":true,
                 "schema":{"type":"object","properties":{"user_message":{"type":"string"}},
                           "required":["user_message"],"additionalProperties":false}}}"""),
          JSON.readTree(server.takeRequest().getBody().readUtf8()).get("response_format"));
    }

    @Test
    void sendsMaxCompletionTokensWhenAskedInsteadOfMaxTokens() throws Exception {
      server.enqueue(answer("ok", "stop"));
      provider(TokenLimitField.MAX_COMPLETION_TOKENS).complete(plainRequest());
      var body = JSON.readTree(server.takeRequest().getBody().readUtf8());
      assertEquals(512, body.get("max_completion_tokens").asInt());
      assertFalse(body.has("max_tokens"));
    }

    @Test
    void leavesOutTheSeedWhenThereIsNone() throws Exception {
      server.enqueue(answer("ok", "stop"));
      provider()
          .complete(
              new ChatRequest(
                  "respond",
                  "m",
                  List.of(ChatMessage.user("hi")),
                  new Sampling(0, 1, 16, null),
                  Optional.empty()));
      assertFalse(JSON.readTree(server.takeRequest().getBody().readUtf8()).has("seed"));
    }

    @Test
    void requiresAKeyForOpenAiButNotForALocalServer() throws Exception {
      assertThrows(
          MissingApiKeyException.class,
          () ->
              OpenAiProvider.readKey(OpenAiProvider.DEFAULT_BASE_URL, "OPENAI_API_KEY", Map.of()));
      assertTrue(
          OpenAiProvider.readKey(
                  HttpUrl.get("http://localhost:8000/v1"), "OPENAI_API_KEY", Map.of())
              .isEmpty());
      assertEquals(
          Optional.of("VLLM_KEY"),
          OpenAiProvider.readKey(
                  HttpUrl.get("http://localhost:8000/v1"), "VLLM_KEY", Map.of("VLLM_KEY", "k1"))
              .map(ApiKey::variable));
    }

    @Test
    void choosesTheTokenLimitFieldByHost() {
      assertEquals(
          TokenLimitField.MAX_COMPLETION_TOKENS,
          TokenLimitField.forBaseUrl(OpenAiProvider.DEFAULT_BASE_URL));
      assertEquals(
          TokenLimitField.MAX_TOKENS,
          TokenLimitField.forBaseUrl(HttpUrl.get("http://localhost:11434/v1")));
    }
  }

  @Nested
  class Answers {
    @Test
    void readsContentUsageModelAndRequestId() throws Exception {
      server.enqueue(answer("Dear user, ...", "stop"));
      Completion completion = provider().complete(plainRequest());
      assertEquals("Dear user, ...", completion.text());
      assertEquals(FinishReason.STOP, completion.finishReason());
      assertEquals(new Usage(31, 12), completion.usage());
      assertEquals("gpt-4o-mini-2024-07-18", completion.model());
      assertEquals("req_abc123", completion.requestId());
    }

    @Test
    void returnsTheStructuredAnswerAsItsJsonText() throws Exception {
      server.enqueue(answer("{\"user_message\":\"hi\"}", "stop"));
      assertEquals(
          "{\"user_message\":\"hi\"}", provider().complete(request(Optional.of(schema()))).text());
    }

    @Test
    void marksATruncatedAnswer() throws Exception {
      server.enqueue(answer("Dear user, the", "length"));
      Completion completion = provider().complete(plainRequest());
      assertEquals(FinishReason.LENGTH, completion.finishReason());
      assertTrue(completion.truncated());
    }

    @Test
    void anyOtherFinishReasonIsOther() throws Exception {
      server.enqueue(answer("", "content_filter"));
      assertEquals(FinishReason.OTHER, provider().complete(plainRequest()).finishReason());
    }

    @Test
    void fallsBackToTheResponseIdWithoutARequestIdHeader() throws Exception {
      server.enqueue(answer("ok", "stop").removeHeader("x-request-id"));
      assertEquals("chatcmpl-1", provider().complete(plainRequest()).requestId());
    }

    @Test
    void countsMissingUsageAsZero() throws Exception {
      server.enqueue(
          new MockResponse()
              .setBody(
                  "{\"choices\":[{\"message\":{\"content\":\"ok\"},\"finish_reason\":\"stop\"}]}"));
      Completion completion = provider().complete(plainRequest());
      assertEquals(Usage.NONE, completion.usage());
      assertEquals("gpt-4o-mini", completion.model());
    }
  }

  @Nested
  class Concurrency {
    @Test
    void oneProviderServesManyCallsInFlightAtOnce() throws Exception {
      int calls = 48;
      CountDownLatch allArrived = new CountDownLatch(calls);
      server.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
              // Answer no call until every call is in flight: only true concurrency gets past.
              allArrived.countDown();
              if (!allArrived.await(10, TimeUnit.SECONDS)) {
                return new MockResponse().setResponseCode(503);
              }
              return answer("echo " + firstMessage(request), "stop");
            }
          });
      OpenAiProvider provider =
          new OpenAiProvider(
              HttpClientSettings.forCallTimeout(Duration.ofSeconds(20), calls).newClient(),
              server.url("/v1"),
              Optional.of(key));
      ExecutorService pool = Executors.newFixedThreadPool(calls);
      try {
        List<Future<Completion>> answers = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
          ChatRequest request =
              new ChatRequest(
                  "respond",
                  "m",
                  List.of(ChatMessage.user("call " + i)),
                  new Sampling(1, 1, 8, null),
                  Optional.empty());
          answers.add(pool.submit(() -> provider.complete(request)));
        }
        for (int i = 0; i < calls; i++) {
          assertEquals("echo call " + i, answers.get(i).get(30, TimeUnit.SECONDS).text());
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static String firstMessage(RecordedRequest request) {
    try {
      return JSON.readTree(request.getBody().readUtf8()).at("/messages/0/content").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
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
      "422, false",
      "408, true",
      "429, true",
      "500, true",
      "502, true",
      "503, true",
      "504, true",
      "529, true"
    })
    void mapsEachStatusToWhetherRetryingMayHelp(int status, boolean retryable) {
      // OkHttp itself repeats a request once after a 408 (the server dropped an idle request),
      // so a 408 that reaches us is the second one.
      int answers = status == 408 ? 2 : 1;
      for (int i = 0; i < answers; i++) {
        server.enqueue(
            new MockResponse()
                .setResponseCode(status)
                .setHeader("x-request-id", "req_err")
                .setBody("{\"error\":{\"message\":\"nope\",\"type\":\"some_error\"}}"));
      }
      ProviderException e =
          assertThrows(ProviderException.class, () -> provider().complete(plainRequest()));
      assertEquals(status, e.status());
      assertEquals(retryable, e.retryable());
      assertEquals("req_err", e.requestId());
      assertTrue(
          e.getMessage().startsWith("OpenAI returned HTTP " + status + " (some_error: nope); "),
          e.getMessage());
      assertTrue(e.getMessage().endsWith("[request id req_err]"), e.getMessage());
    }

    @Test
    void honoursRetryAfterSecondsOn429() {
      server.enqueue(rateLimited().setHeader("Retry-After", "12"));
      ProviderException e =
          assertThrows(ProviderException.class, () -> provider().complete(plainRequest()));
      assertTrue(e.retryable());
      assertEquals(Optional.of(Duration.ofSeconds(12)), e.retryAfter());
    }

    @Test
    void honoursRetryAfterAsAnHttpDateOn429() {
      server.enqueue(rateLimited().setHeader("Retry-After", "Mon, 23 Nov 2026 10:00:45 GMT"));
      ProviderException e =
          assertThrows(ProviderException.class, () -> provider().complete(plainRequest()));
      assertEquals(Optional.of(Duration.ofSeconds(45)), e.retryAfter());
    }

    @Test
    void prefersRetryAfterMilliseconds() {
      server.enqueue(
          rateLimited().setHeader("Retry-After", "1").setHeader("retry-after-ms", "250"));
      ProviderException e =
          assertThrows(ProviderException.class, () -> provider().complete(plainRequest()));
      assertEquals(Optional.of(Duration.ofMillis(250)), e.retryAfter());
    }

    @Test
    void anExhaustedQuotaIsNotRetried() {
      server.enqueue(
          new MockResponse()
              .setResponseCode(429)
              .setBody(
                  "{\"error\":{\"message\":\"You exceeded your current quota\","
                      + "\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}"));
      ProviderException e =
          assertThrows(ProviderException.class, () -> provider().complete(plainRequest()));
      assertFalse(e.retryable());
      assertTrue(e.getMessage().contains("quota or spend limit is exhausted"), e.getMessage());
    }

    @Test
    void unauthorizedNamesTheVariableTheKeyCameFrom() {
      server.enqueue(
          new MockResponse()
              .setResponseCode(401)
              .setBody(
                  "{\"error\":{\"message\":\"Incorrect API key"
                      + " provided\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}"));
      ProviderException e =
          assertThrows(ProviderException.class, () -> provider().complete(plainRequest()));
      assertFalse(e.retryable());
      assertEquals(
          "OpenAI returned HTTP 401 (invalid_request_error: Incorrect API key provided); the key"
              + " was read from OPENAI_API_KEY; check that it is a valid key for "
              + server.getHostName()
              + " (export the right key, or name another variable with --api-key-env)",
          e.getMessage());
    }

    @Test
    void unauthorizedWithoutAKeySaysNoneWasSent() {
      server.enqueue(new MockResponse().setResponseCode(401).setBody("{}"));
      ProviderException e =
          assertThrows(
              ProviderException.class,
              () ->
                  new OpenAiProvider(client, server.url("/v1"), Optional.empty())
                      .complete(plainRequest()));
      assertTrue(
          e.getMessage().contains("no key was sent because none was set in the environment"),
          e.getMessage());
    }

    @Test
    void keepsAShortMessageFromANonJsonErrorPage() {
      server.enqueue(
          new MockResponse().setResponseCode(502).setBody("<html>" + "x".repeat(5000) + "</html>"));
      ProviderException e =
          assertThrows(ProviderException.class, () -> provider().complete(plainRequest()));
      assertTrue(e.retryable());
      assertTrue(e.getMessage().length() < 800, e.getMessage());
      assertTrue(e.getMessage().contains("(truncated)"), e.getMessage());
    }

    @Test
    void aBodyThatIsNotJsonIsARetryableFailureNotACrash() {
      server.enqueue(
          new MockResponse().setHeader("x-request-id", "req_bad").setBody("{\"choices\": [tru"));
      ProviderException e =
          assertThrows(ProviderException.class, () -> provider().complete(plainRequest()));
      assertEquals(200, e.status());
      assertTrue(e.retryable());
      assertEquals("req_bad", e.requestId());
      assertTrue(
          e.getMessage()
              .startsWith("OpenAI answered HTTP 200 but its body is not a chat completion"),
          e.getMessage());
    }

    @Test
    void refusesToReadAnEndlessBody() {
      server.enqueue(new MockResponse().setBody("x".repeat(9 * 1024 * 1024)));
      ProviderException e =
          assertThrows(ProviderException.class, () -> provider().complete(plainRequest()));
      assertEquals(200, e.status());
      assertTrue(e.getMessage().contains("with a body over 8 MiB"), e.getMessage());
    }

    @Test
    void anAnswerWithoutChoicesIsARetryableFailure() {
      server.enqueue(new MockResponse().setBody("{\"id\":\"x\",\"choices\":[]}"));
      ProviderException e =
          assertThrows(ProviderException.class, () -> provider().complete(plainRequest()));
      assertTrue(e.retryable());
      assertEquals("OpenAI answered HTTP 200 but the answer has no choices", e.getMessage());
    }

    @Test
    void aRefusalIsAFailedAttemptThatSaysWhy() {
      server.enqueue(
          new MockResponse()
              .setBody(
                  "{\"choices\":[{\"message\":{\"content\":null,\"refusal\":\"I can't help with"
                      + " that.\"},\"finish_reason\":\"stop\"}]}"));
      ProviderException e =
          assertThrows(ProviderException.class, () -> provider().complete(plainRequest()));
      assertTrue(e.retryable());
      assertEquals(
          "OpenAI answered HTTP 200 but the model refused: I can't help with that.",
          e.getMessage());
    }

    @Test
    void aConnectionResetMidAnswerIsRetryable() {
      server.enqueue(
          answer("x".repeat(100_000), "stop")
              .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
      ProviderException e =
          assertThrows(ProviderException.class, () -> provider().complete(plainRequest()));
      assertEquals(0, e.status());
      assertTrue(e.retryable());
      assertTrue(e.getCause() instanceof IOException, String.valueOf(e.getCause()));
    }

    @Test
    void aConnectionDroppedBeforeAnyAnswerIsRetryable() {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
      ProviderException e =
          assertThrows(ProviderException.class, () -> provider().complete(plainRequest()));
      assertEquals(0, e.status());
      assertTrue(e.retryable());
      assertTrue(
          e.getMessage().startsWith("OpenAI call to " + server.getHostName()), e.getMessage());
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
                  new OpenAiProvider(impatient, server.url("/v1"), Optional.of(key))
                      .complete(plainRequest()));
      assertEquals(0, e.status());
      assertTrue(e.retryable());
      assertTrue(e.getCause() instanceof SocketTimeoutException, String.valueOf(e.getCause()));
    }

    @Test
    void aWholeCallTimeoutIsRetryable() {
      OkHttpClient impatient =
          new HttpClientSettings(
                  Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMillis(300), 1)
              .newClient();
      // Each chunk arrives well within the read timeout, but the whole answer takes too long.
      server.enqueue(
          answer("x".repeat(4_000), "stop").throttleBody(100, 100, TimeUnit.MILLISECONDS));
      ProviderException e =
          assertThrows(
              ProviderException.class,
              () ->
                  new OpenAiProvider(impatient, server.url("/v1"), Optional.of(key))
                      .complete(plainRequest()));
      assertEquals(0, e.status());
      assertTrue(e.retryable());
      assertTrue(e.getCause() instanceof InterruptedIOException, String.valueOf(e.getCause()));
    }

    @Test
    void aBodyThatStallsPastTheReadTimeoutIsRetryable() {
      OkHttpClient impatient =
          new HttpClientSettings(
                  Duration.ofSeconds(2), Duration.ofMillis(200), Duration.ofSeconds(5), 1)
              .newClient();
      server.enqueue(answer("late", "stop").setBodyDelay(2, TimeUnit.SECONDS));
      ProviderException e =
          assertThrows(
              ProviderException.class,
              () ->
                  new OpenAiProvider(impatient, server.url("/v1"), Optional.of(key))
                      .complete(plainRequest()));
      assertTrue(e.retryable());
    }

    @Test
    void theKeyNeverAppearsInAnyFailureMessage() {
      // A hostile or careless server may echo the key back; the message must not carry it.
      List<MockResponse> failures =
          List.of(
              new MockResponse()
                  .setResponseCode(401)
                  .setBody("{\"error\":{\"message\":\"bad key " + SECRET + "\"}}"),
              new MockResponse().setResponseCode(500).setBody("upstream said " + SECRET),
              new MockResponse().setResponseCode(429).setBody(SECRET),
              new MockResponse().setBody("not json " + SECRET),
              new MockResponse()
                  .setBody("{\"choices\":[{\"message\":{\"refusal\":\"" + SECRET + "\"}}]}"),
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
          assertFalse(String.valueOf(t.getMessage()).contains(SECRET), t.getMessage());
          assertFalse(t.toString().contains(SECRET), t.toString());
        }
      }
    }

    @Test
    void aParserMessageThatQuotesTheKeyIsScrubbedFromTheCause() throws Exception {
      // Jackson quotes an unrecognised token, which for a dash-free key is the whole key.
      String bareSecret = "vllmTokenWithoutDashes0123456789";
      ApiKey bareKey = ApiKey.fromEnvironment("VLLM_KEY", Map.of("VLLM_KEY", bareSecret));
      server.enqueue(new MockResponse().setBody(bareSecret));
      ProviderException e =
          assertThrows(
              ProviderException.class,
              () ->
                  new OpenAiProvider(client, server.url("/v1"), Optional.of(bareKey))
                      .complete(plainRequest()));
      assertTrue(e.getCause().getMessage().contains("***"), e.getCause().getMessage());
      for (Throwable t = e; t != null; t = t.getCause()) {
        assertFalse(t.toString().contains(bareSecret), t.toString());
      }
    }

    private MockResponse rateLimited() {
      return new MockResponse()
          .setResponseCode(429)
          .setBody(
              "{\"error\":{\"message\":\"Rate limit"
                  + " reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}");
    }
  }
}
