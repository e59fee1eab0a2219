package org.difficultadvice.engine;

import org.difficultadvice.provider.ChatMessage;
import org.difficultadvice.provider.ChatRequest;

/**
 * A request's size in tokens, estimated before it is sent, for rate limits and the cost cap.
 * About four characters per token for English text plus a few tokens of framing per message,
 * which is how OpenAI documents its own admission estimate; the server's rate-limit headers and
 * the answer's usage correct it afterwards.
 */
final class RequestSize {
  private static final int CHARS_PER_TOKEN = 4;
  private static final int TOKENS_PER_MESSAGE = 4;

  private RequestSize() {}

  static long inputTokens(ChatRequest request) {
    long chars = 0;
    for (ChatMessage message : request.messages()) {
      chars += message.content().length();
    }
    long schema = request.outputSchema().map(s -> (long) s.schema().toString().length()).orElse(0L);
    return (chars + schema) / CHARS_PER_TOKEN + TOKENS_PER_MESSAGE * request.messages().size();
  }

  /** Input plus the most the answer may use: what rate limits such as OpenAI's count. */
  static RequestCost cost(ChatRequest request) {
    return new RequestCost(inputTokens(request), request.sampling().maxTokens());
  }
}
