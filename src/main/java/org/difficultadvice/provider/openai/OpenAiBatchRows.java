package org.difficultadvice.provider.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.difficultadvice.provider.ApiReply;
import org.difficultadvice.provider.BatchRowResult;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.RateLimitHeaders;

/**
 * OpenAI's batch file format, which vLLM's {@code run-batch} also reads and writes: an input row
 * is {@code {"custom_id", "method": "POST", "url": "/v1/chat/completions", "body"}}, an output or
 * error row {@code {"id", "custom_id", "response": {"status_code", "request_id", "body"},
 * "error": {"code", "message"}}}.
 */
final class OpenAiBatchRows {
  static final String ENDPOINT = "/v1/chat/completions";

  private final OpenAiProvider chat;
  private final ObjectMapper mapper = new ObjectMapper();

  OpenAiBatchRows(OpenAiProvider chat) {
    this.chat = chat;
  }

  String row(String customId, ChatRequest request) {
    try {
      ObjectNode row = mapper.createObjectNode();
      row.put("custom_id", customId).put("method", "POST").put("url", ENDPOINT);
      row.set("body", mapper.readTree(chat.encode(request)));
      return mapper.writeValueAsString(row);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a batch row could not be written", e);
    }
  }

  /** One output or error row; empty for a line that names no custom id. */
  Optional<BatchRowResult> read(String line) {
    JsonNode row;
    try {
      row = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
    String customId = row.path("custom_id").asText("");
    if (customId.isEmpty()) {
      return Optional.empty();
    }
    JsonNode response = row.path("response");
    int status = response.path("status_code").asInt(0);
    if (status == 200 && response.path("body").isObject()) {
      return Optional.of(BatchRowResult.succeeded(customId, response.get("body").toString()));
    }
    JsonNode error = row.path("error");
    String code = error.path("code").asText("");
    String message = error.path("message").asText("");
    if (message.isEmpty()) {
      JsonNode bodyError = response.path("body").path("error");
      code = code.isEmpty() ? bodyError.path("code").asText(bodyError.path("type").asText(""))
          : code;
      message = bodyError.path("message").asText("");
    }
    // Expired and cancelled rows were never run; 429 and 5xx are the server's trouble.
    boolean retryable = code.equals("batch_expired") || code.equals("batch_cancelled")
        || status == 0 || status == 408 || status == 429 || status >= 500;
    String why = (status > 0 ? "HTTP " + status + " " : "") + (code.isEmpty() ? "" : code + ": ")
        + message;
    return Optional.of(BatchRowResult.failed(customId, why.strip(), retryable));
  }

  Completion decode(String body, ChatRequest request) throws ProviderException {
    return chat.decode(new ApiReply(body, "", RateLimitHeaders.NONE), request);
  }
}
