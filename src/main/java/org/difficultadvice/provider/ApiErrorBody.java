package org.difficultadvice.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an error response says, read leniently. OpenAI and Anthropic both send {@code {"error":
 * {"type", "message", ...}}}; some compatible servers send a top-level {@code message} or a plain
 * string, and a proxy may send HTML. Whatever arrives, we keep a short message.
 *
 * @param type the API's error type ({@code rate_limit_error}...), or empty
 * @param code the API's finer code ({@code insufficient_quota}...), or empty
 * @param message the server's explanation, at most {@link #MAX_MESSAGE_CHARS} characters
 */
public record ApiErrorBody(String type, String code, String message) {
  /** Enough for any API's explanation; an HTML error page is cut here. */
  public static final int MAX_MESSAGE_CHARS = 500;

  public ApiErrorBody {
    type = type == null ? "" : type;
    code = code == null ? "" : code;
    message = truncate(message == null ? "" : message.strip());
  }

  public static ApiErrorBody parse(ObjectMapper mapper, String body) {
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (JsonProcessingException notJson) {
      return new ApiErrorBody("", "", body);
    }
    if (root == null || !root.isObject()) {
      return new ApiErrorBody("", "", body);
    }
    JsonNode error = root.path("error");
    if (error.isTextual()) {
      return new ApiErrorBody("", "", error.asText());
    }
    if (error.isObject()) {
      String code = error.path("code").isValueNode() ? error.path("code").asText() : "";
      if (code.isEmpty()) {
        // Anthropic puts the finer reason (a spend limit) under error.details.error_code.
        code = error.path("details").path("error_code").asText("");
      }
      return new ApiErrorBody(
          error.path("type").asText(""), code, error.path("message").asText(body));
    }
    return new ApiErrorBody(root.path("type").asText(""), "", root.path("message").asText(body));
  }

  /**
   * A 429 that waiting will not mend: OpenAI's {@code insufficient_quota} (no credit left) or
   * Anthropic's {@code enforced_spend_limit_reached} (monthly cap). Both arrive as 429 like a rate
   * limit, but retrying only burns the retry budget.
   */
  public boolean quotaExhausted() {
    return code.equals("insufficient_quota") || code.equals("enforced_spend_limit_reached");
  }

  /** {@code type: message}, or whichever of the two is present. */
  public String summary() {
    if (type.isEmpty()) {
      return message;
    }
    return message.isEmpty() ? type : type + ": " + message;
  }

  private static String truncate(String text) {
    return text.length() <= MAX_MESSAGE_CHARS
        ? text
        : text.substring(0, MAX_MESSAGE_CHARS) + "...(truncated)";
  }
}
