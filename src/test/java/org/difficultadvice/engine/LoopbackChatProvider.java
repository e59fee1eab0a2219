package org.difficultadvice.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.difficultadvice.provider.ChatMessage;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.FinishReason;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.Usage;

/**
 * A minimal OpenAI-compatible chat provider for engine tests, so they run over real sockets
 * without depending on the providers branch. It maps HTTP faults onto {@link ProviderException}
 * the way a real provider must: 429/5xx/529 and I/O errors retryable (with Retry-After), other
 * statuses not.
 */
final class LoopbackChatProvider implements Provider {
  private static final MediaType JSON_TYPE = MediaType.get("application/json");
  private final ObjectMapper json = new ObjectMapper();
  private final OkHttpClient client;
  private final String url;

  LoopbackChatProvider(OkHttpClient client, String baseUrl) {
    this.client = client;
    this.url = baseUrl.replaceAll("/$", "") + "/v1/chat/completions";
  }

  static OkHttpClient client(int maxConnections, Duration readTimeout) {
    okhttp3.Dispatcher dispatcher = new okhttp3.Dispatcher();
    dispatcher.setMaxRequests(maxConnections);
    dispatcher.setMaxRequestsPerHost(maxConnections);
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectionPool(new okhttp3.ConnectionPool(maxConnections, 1, java.util.concurrent.TimeUnit.MINUTES))
        .readTimeout(readTimeout)
        .retryOnConnectionFailure(false)
        .build();
  }

  @Override
  public Completion complete(ChatRequest request) throws ProviderException {
    ObjectNode body = json.createObjectNode();
    body.put("model", request.model());
    for (ChatMessage message : request.messages()) {
      body.withArray("messages").addObject().put("role", message.role().wireName())
          .put("content", message.content());
    }
    body.put("temperature", request.sampling().temperature());
    body.put("max_tokens", request.sampling().maxTokens());
    if (request.sampling().seed() != null) {
      body.put("seed", request.sampling().seed());
    }
    Request http = new Request.Builder().url(url)
        .post(RequestBody.create(body.toString(), JSON_TYPE)).build();
    try (Response response = client.newCall(http).execute()) {
      String text = response.body() == null ? "" : response.body().string();
      String requestId = response.header("x-request-id", "");
      if (!response.isSuccessful()) {
        int status = response.code();
        boolean retryable = status == 429 || status >= 500;
        String retryAfter = response.header("Retry-After");
        String message = status == 401
            ? "401 Unauthorized: the key in TEST_API_KEY was refused; set a valid key"
            : "HTTP " + status + ": " + text;
        return fail(message, status, retryable, requestId, retryAfter);
      }
      JsonNode root = json.readTree(text);
      JsonNode choice = root.path("choices").path(0);
      String finish = choice.path("finish_reason").asText("stop");
      return new Completion(choice.path("message").path("content").asText(),
          "length".equals(finish) ? FinishReason.LENGTH : FinishReason.STOP,
          new Usage(root.path("usage").path("prompt_tokens").asLong(),
              root.path("usage").path("completion_tokens").asLong()),
          root.path("model").asText(request.model()), requestId);
    } catch (IOException e) {
      throw new ProviderException("I/O error: " + e, 0, true, "", null, e);
    }
  }

  private static Completion fail(
      String message, int status, boolean retryable, String requestId, String retryAfter)
      throws ProviderException {
    Duration wait = null;
    if (retryAfter != null && retryAfter.matches("\\d+")) {
      wait = Duration.ofSeconds(Long.parseLong(retryAfter));
    }
    throw new ProviderException(message, status, retryable, requestId, wait, null);
  }

  @Override
  public String name() {
    return "loopback";
  }
}
