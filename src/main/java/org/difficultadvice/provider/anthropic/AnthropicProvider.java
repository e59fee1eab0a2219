package org.difficultadvice.provider.anthropic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.difficultadvice.provider.ApiEndpoint;
import org.difficultadvice.provider.ApiKey;
import org.difficultadvice.provider.ApiReply;
import org.difficultadvice.provider.ChatMessage;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.FinishReason;
import org.difficultadvice.provider.OutputSchema;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.RetryAfter;
import org.difficultadvice.provider.Role;
import org.difficultadvice.provider.Usage;

/**
 * Anthropic Messages ({@code POST {base}/v1/messages}, non-streaming). Structured output is a
 * forced tool call: one tool whose {@code input_schema} is the schema, {@code tool_choice} naming
 * it, and the tool call's {@code input} is the answer.
 *
 * <p>Sampling: only {@code temperature} is sent, never {@code top_p}. Anthropic's docs say to alter
 * one or the other, not both, and newer models (Claude Sonnet 4.5 onwards) reject a request that
 * sets both with HTTP 400; temperature is the one our configs tune. The seed is not sent: the
 * Messages API has none.
 *
 * <p>Prompt caching: Anthropic caches a prompt prefix only where a block carries {@code
 * cache_control}. When the system turn has a shared prefix (the stage's instructions) long enough
 * to be cached, that prefix is sent as its own system block with the mark, and the rest of the
 * system turn as a second block; the cached prefix then also covers the forced tool's definition,
 * which comes before the system prompt.
 */
public final class AnthropicProvider implements Provider {
  public static final HttpUrl DEFAULT_BASE_URL = HttpUrl.get("https://api.anthropic.com");
  public static final String DEFAULT_KEY_VARIABLE = "ANTHROPIC_API_KEY";
  public static final String API_VERSION = "2023-06-01";

  /** Tells the model what the forced tool is for; the schema itself says what to put in it. */
  private static final String TOOL_DESCRIPTION =
      "Record your answer as a JSON object that matches the input schema.";

  /**
   * ~4 characters a token for English prose (as the engine's request-size estimate): no tokenizer
   * for Claude is at hand, and the estimate only decides whether a mark is worth sending.
   */
  private static final int CHARS_PER_TOKEN = 4;
  /**
   * Anthropic's documented minimum cacheable prefix: 1,024 tokens for Sonnet- and Opus-class
   * models, 2,048 for Haiku-class. Newer models document more (2,048 for Sonnet 4.6; 4,096 for
   * Opus 4.5 and Haiku 4.5), but a mark on a shorter prefix is not an error, only served uncached
   * at the normal price: so these figures err low, since a too-low estimate costs nothing and a
   * too-high one would lose the cache.
   */
  private static final int MIN_CACHED_TOKENS = 1024;
  private static final int MIN_CACHED_TOKENS_HAIKU = 2048;

  private final ApiEndpoint endpoint;
  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * @param baseUrl the API root without {@code /v1} ({@link #DEFAULT_BASE_URL}); a root that
   *     already ends in {@code /v1} is accepted too
   */
  public AnthropicProvider(OkHttpClient client, HttpUrl baseUrl, ApiKey key) {
    this(client, baseUrl, key, Clock.systemUTC());
  }

  public AnthropicProvider(OkHttpClient client, HttpUrl baseUrl, ApiKey key, Clock clock) {
    Headers headers =
        new Headers.Builder()
            .add("x-api-key", key.secret())
            .add("anthropic-version", API_VERSION)
            .add("Accept", "application/json")
            .build();
    this.endpoint =
        new ApiEndpoint(
            "Anthropic",
            client,
            messagesUrl(baseUrl),
            headers,
            "request-id",
            Optional.of(key),
            new RetryAfter(clock),
            mapper);
  }

  @Override
  public String name() {
    return "anthropic";
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

  static HttpUrl messagesUrl(HttpUrl baseUrl) {
    List<String> segments = baseUrl.pathSegments();
    String last = segments.get(segments.size() - 1);
    if (last.isEmpty() && segments.size() > 1) {
      last = segments.get(segments.size() - 2);
    }
    return baseUrl
        .newBuilder()
        .addPathSegments(last.equals("v1") ? "messages" : "v1/messages")
        .build();
  }

  /** The request's JSON body, as sent to Messages (and put in a batch row's params). */
  String encode(ChatRequest request) {
    List<MessagesRequest.Message> messages =
        request.conversation().stream().map(AnthropicProvider::message).toList();
    if (messages.isEmpty()) {
      throw new IllegalArgumentException(
          "Anthropic needs at least one user turn besides the system prompt");
    }
    Optional<OutputSchema> schema = request.outputSchema();
    MessagesRequest body =
        new MessagesRequest(
            request.model(),
            request.sampling().maxTokens(),
            request.systemTurn().map(turn -> system(turn, request)).orElse(null),
            messages,
            request.sampling().temperature(),
            schema
                .map(s -> List.of(new MessagesRequest.Tool(s.name(), TOOL_DESCRIPTION, s.schema())))
                .orElse(null),
            schema.map(s -> MessagesRequest.ToolChoice.force(s.name())).orElse(null));
    try {
      return mapper.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a Messages request could not be serialised", e);
    }
  }

  /**
   * The system prompt as a string, or as blocks with the shared prefix marked for caching when
   * that prefix (with the tool definition before it) is estimated to reach the model's minimum.
   */
  private static Object system(ChatMessage turn, ChatRequest request) {
    String shared = turn.sharedPrefix();
    long toolChars = request.outputSchema()
        .map(s -> (long) s.schema().toString().length() + TOOL_DESCRIPTION.length()).orElse(0L);
    if (shared.isBlank()
        || (shared.length() + toolChars) / CHARS_PER_TOKEN < minimumCachedTokens(request.model())) {
      return turn.content();
    }
    String rest = turn.content().substring(shared.length());
    return rest.isBlank()
        ? List.of(MessagesRequest.TextBlock.cached(turn.content()))
        : List.of(MessagesRequest.TextBlock.cached(shared), MessagesRequest.TextBlock.plain(rest));
  }

  static int minimumCachedTokens(String model) {
    return model.toLowerCase(Locale.ROOT).contains("haiku")
        ? MIN_CACHED_TOKENS_HAIKU : MIN_CACHED_TOKENS;
  }

  private static MessagesRequest.Message message(ChatMessage message) {
    if (message.role() == Role.SYSTEM) {
      throw new IllegalArgumentException(
          "Anthropic takes a system prompt only as the first message of a request");
    }
    return new MessagesRequest.Message(message.role().wireName(), message.content());
  }

  Completion decode(ApiReply reply, ChatRequest request) throws ProviderException {
    MessagesResponse response;
    try {
      response = mapper.readValue(reply.body(), MessagesResponse.class);
    } catch (JsonProcessingException e) {
      throw endpoint.malformedAnswer(
          reply, "its body is not a Messages answer (" + e.getOriginalMessage() + ")", e);
    }
    if (response == null || response.content() == null) {
      throw endpoint.malformedAnswer(reply, "the answer has no content", null);
    }
    String text =
        request.outputSchema().isPresent()
            ? toolInput(reply, response, request.outputSchema().get())
            : text(reply, response);
    String requestId =
        !reply.requestId().isEmpty()
            ? reply.requestId()
            : Objects.requireNonNullElse(response.id(), "");
    return new Completion(
        text,
        finishReason(response.stopReason()),
        usage(response.usage()),
        Objects.requireNonNullElse(response.model(), request.model()),
        requestId,
        reply.rateLimits());
  }

  private String text(ApiReply reply, MessagesResponse response) throws ProviderException {
    List<MessagesResponse.ContentBlock> texts =
        response.content().stream()
            .filter(b -> b != null && "text".equals(b.type()) && b.text() != null)
            .toList();
    if (texts.isEmpty()) {
      throw endpoint.malformedAnswer(
          reply, "the answer has no text block (stop_reason " + response.stopReason() + ")", null);
    }
    return texts.stream().map(MessagesResponse.ContentBlock::text).collect(Collectors.joining());
  }

  private String toolInput(ApiReply reply, MessagesResponse response, OutputSchema schema)
      throws ProviderException {
    Optional<MessagesResponse.ContentBlock> call =
        response.content().stream()
            .filter(b -> b != null && "tool_use".equals(b.type()) && schema.name().equals(b.name()))
            .findFirst();
    if (call.isEmpty() || call.get().input() == null || !call.get().input().isObject()) {
      throw endpoint.malformedAnswer(
          reply,
          "the answer has no '"
              + schema.name()
              + "' tool call with an object input (stop_reason "
              + response.stopReason()
              + ")",
          null);
    }
    try {
      return mapper.writeValueAsString(call.get().input());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed JSON object could not be written back", e);
    }
  }

  /** A forced tool call ends with {@code tool_use}: that is the natural end of such a request. */
  private static FinishReason finishReason(String wire) {
    if (wire == null) {
      return FinishReason.OTHER;
    }
    return switch (wire) {
      case "end_turn", "stop_sequence", "tool_use" -> FinishReason.STOP;
      case "max_tokens" -> FinishReason.LENGTH;
      default -> FinishReason.OTHER;
    };
  }

  /**
   * Anthropic's {@code input_tokens} leaves out the cached part of the prompt, so all three are
   * added up: {@link Usage#inputTokens()} is every prompt token, as OpenAI reports it.
   */
  private static Usage usage(MessagesResponse.Usage wire) {
    if (wire == null) {
      return Usage.NONE;
    }
    long read = count(wire.cacheReadInputTokens());
    long written = count(wire.cacheCreationInputTokens());
    return new Usage(count(wire.inputTokens()) + read + written, count(wire.outputTokens()),
        read, written, 0);
  }

  private static long count(Long wire) {
    return Math.max(0, Objects.requireNonNullElse(wire, 0L));
  }
}
