package org.difficultadvice.provider.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.difficultadvice.provider.ApiEndpoint;
import org.difficultadvice.provider.ApiKey;
import org.difficultadvice.provider.ApiReply;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.FinishReason;
import org.difficultadvice.provider.MissingApiKeyException;
import org.difficultadvice.provider.OutputSchema;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.Reasoning;
import org.difficultadvice.provider.RetryAfter;
import org.difficultadvice.provider.Sampling;
import org.difficultadvice.provider.Usage;

/**
 * OpenAI-compatible chat completions ({@code POST {base}/chat/completions}, non-streaming): the
 * OpenAI API and the servers that copy it (vLLM, llama.cpp server, Ollama, TGI), whose base URL
 * ends in {@code /v1}. Structured output uses {@code response_format} of type {@code json_schema}
 * with {@code strict: true}.
 *
 * <p>A reasoning model ({@link Reasoning}) is sent no {@code temperature} and no {@code top_p}
 * (OpenAI rejects any but their defaults) and always {@code max_completion_tokens}, the only limit
 * field it takes; the request's limit already includes the room it needs to think.
 */
public final class OpenAiProvider implements Provider {
  public static final HttpUrl DEFAULT_BASE_URL = HttpUrl.get("https://api.openai.com/v1");
  public static final String DEFAULT_KEY_VARIABLE = "OPENAI_API_KEY";

  private final ApiEndpoint endpoint;
  private final TokenLimitField tokenLimitField;
  private final Reasoning reasoning;
  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * @param baseUrl the API root, {@link #DEFAULT_BASE_URL} or a compatible server's {@code /v1}
   * @param key absent for a local server that needs none: no Authorization header is sent
   */
  public OpenAiProvider(OkHttpClient client, HttpUrl baseUrl, Optional<ApiKey> key) {
    this(client, baseUrl, key, Reasoning.AUTO);
  }

  /** @param reasoning whether the model reasons; {@code AUTO} decides by the request's model */
  public OpenAiProvider(
      OkHttpClient client, HttpUrl baseUrl, Optional<ApiKey> key, Reasoning reasoning) {
    this(client, baseUrl, key, TokenLimitField.forBaseUrl(baseUrl), reasoning, Clock.systemUTC());
  }

  public OpenAiProvider(
      OkHttpClient client,
      HttpUrl baseUrl,
      Optional<ApiKey> key,
      TokenLimitField tokenLimitField,
      Clock clock) {
    this(client, baseUrl, key, tokenLimitField, Reasoning.AUTO, clock);
  }

  public OpenAiProvider(
      OkHttpClient client,
      HttpUrl baseUrl,
      Optional<ApiKey> key,
      TokenLimitField tokenLimitField,
      Reasoning reasoning,
      Clock clock) {
    this.tokenLimitField = Objects.requireNonNull(tokenLimitField, "tokenLimitField");
    this.reasoning = Objects.requireNonNull(reasoning, "reasoning");
    Headers.Builder headers = new Headers.Builder().add("Accept", "application/json");
    key.ifPresent(k -> headers.add("Authorization", "Bearer " + k.secret()));
    this.endpoint =
        new ApiEndpoint(
            "OpenAI",
            client,
            baseUrl.newBuilder().addPathSegments("chat/completions").build(),
            headers.build(),
            "x-request-id",
            key,
            new RetryAfter(clock),
            mapper);
  }

  /**
   * The key to send to {@code baseUrl}: required by OpenAI's own API, optional for a compatible
   * server (a local vLLM or Ollama needs none; one behind a gateway may want one).
   *
   * @throws MissingApiKeyException OpenAI's API is the target and {@code variable} is unset
   */
  public static Optional<ApiKey> readKey(
      HttpUrl baseUrl, String variable, Map<String, String> environment)
      throws MissingApiKeyException {
    if (baseUrl.host().equals(DEFAULT_BASE_URL.host())) {
      return Optional.of(ApiKey.fromEnvironment(variable, environment));
    }
    return ApiKey.optionalFromEnvironment(variable, environment);
  }

  @Override
  public String name() {
    return "openai";
  }

  /** The URL requests go to, for logs and the manifest. */
  public HttpUrl url() {
    return endpoint.url();
  }

  @Override
  public Completion complete(ChatRequest request) throws ProviderException {
    ApiReply reply = endpoint.post(encode(request));
    return decode(reply, request);
  }

  /** The request's JSON body, as sent to chat completions (and put in a batch row). */
  String encode(ChatRequest request) {
    Sampling sampling = request.sampling();
    List<ChatCompletionRequest.Message> messages =
        request.messages().stream()
            .map(m -> new ChatCompletionRequest.Message(m.role().wireName(), m.content()))
            .toList();
    Integer limit = sampling.maxTokens();
    boolean reasons = reasoning.appliesTo(request.model());
    TokenLimitField field = reasons ? TokenLimitField.MAX_COMPLETION_TOKENS : tokenLimitField;
    ChatCompletionRequest body =
        new ChatCompletionRequest(
            request.model(),
            messages,
            reasons ? null : sampling.temperature(),
            reasons ? null : sampling.topP(),
            field == TokenLimitField.MAX_TOKENS ? limit : null,
            field == TokenLimitField.MAX_COMPLETION_TOKENS ? limit : null,
            sampling.seed(),
            request.outputSchema().map(OpenAiProvider::responseFormat).orElse(null));
    try {
      return mapper.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a chat completion request could not be serialised", e);
    }
  }

  private static ChatCompletionRequest.ResponseFormat responseFormat(OutputSchema schema) {
    return ChatCompletionRequest.ResponseFormat.of(schema.name(), schema.schema());
  }

  Completion decode(ApiReply reply, ChatRequest request) throws ProviderException {
    ChatCompletionResponse response;
    try {
      response = mapper.readValue(reply.body(), ChatCompletionResponse.class);
    } catch (JsonProcessingException e) {
      throw endpoint.malformedAnswer(
          reply, "its body is not a chat completion (" + e.getOriginalMessage() + ")", e);
    }
    if (response == null || response.choices() == null || response.choices().isEmpty()) {
      throw endpoint.malformedAnswer(reply, "the answer has no choices", null);
    }
    ChatCompletionResponse.Choice choice = response.choices().get(0);
    if (choice == null || choice.message() == null) {
      throw endpoint.malformedAnswer(reply, "choices[0] has no message", null);
    }
    String content = choice.message().content();
    if (content == null) {
      String refusal = choice.message().refusal();
      throw endpoint.malformedAnswer(
          reply,
          refusal == null
              ? "choices[0].message has no content (finish_reason " + choice.finishReason() + ")"
              : "the model refused: " + refusal,
          null);
    }
    String requestId =
        !reply.requestId().isEmpty()
            ? reply.requestId()
            : Objects.requireNonNullElse(response.id(), "");
    return new Completion(
        content,
        finishReason(choice.finishReason()),
        usage(response.usage()),
        Objects.requireNonNullElse(response.model(), request.model()),
        requestId,
        reply.rateLimits());
  }

  private static FinishReason finishReason(String wire) {
    if ("stop".equals(wire)) {
      return FinishReason.STOP;
    }
    return "length".equals(wire) ? FinishReason.LENGTH : FinishReason.OTHER;
  }

  /**
   * Some compatible servers omit usage or its counts; we count that as zero rather than discard an
   * answer that was paid for. A detail larger than its total (a server's bookkeeping slip) is
   * capped at the total.
   */
  private static Usage usage(ChatCompletionResponse.Usage wire) {
    if (wire == null) {
      return Usage.NONE;
    }
    long input = count(wire.promptTokens());
    long output = count(wire.completionTokens());
    long cached = wire.promptDetails() == null ? 0 : count(wire.promptDetails().cachedTokens());
    long reasoning =
        wire.completionDetails() == null ? 0 : count(wire.completionDetails().reasoningTokens());
    return new Usage(input, output, Math.min(cached, input), 0, Math.min(reasoning, output));
  }

  private static long count(Long wire) {
    return Math.max(0, Objects.requireNonNullElse(wire, 0L));
  }
}
