package org.difficultadvice.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A loopback model server speaking either OpenAI chat completions or Anthropic Messages. It
 * tells the stages apart by the prompts of the mini content set, answers each request with text
 * derived from the request's own bytes (so answers are stable across runs), and remembers every
 * request and every revise answer it sent.
 */
final class FakeModelApi extends Dispatcher {
  enum Api { OPENAI, ANTHROPIC }

  record Exchange(String path, JsonNode body, String stage, String answer,
      okhttp3.Headers headers) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Api api;
  final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

  FakeModelApi(Api api) {
    this.api = api;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    try {
      String raw = request.getBody().readUtf8();
      JsonNode body = JSON.readTree(raw);
      String tag = Hashing.sha256().hashString(raw, StandardCharsets.UTF_8).toString()
          .substring(0, 10);
      String system = systemOf(body);
      String stage;
      String answer;
      if (system.startsWith("You write realistic chats")) {
        stage = "realize";
        answer = JSON.writeValueAsString(JSON.createObjectNode()
            .put("system_prompt", "A plain assistant for tenants and workers.")
            .put("user_message", "ok so this is awkward, not sure what to do here " + tag));
      } else if (system.contains("Guidance for this answer")) {
        stage = "respond";
        answer = "First draft " + tag + ".";
      } else if (system.startsWith("Rewrite the draft")) {
        stage = "revise";
        answer = "I hear how much this matters to you. Here is a fair way through " + tag
            + ": ask the person responsible directly and keep copies of what you send.";
      } else {
        return new MockResponse().setResponseCode(400).setBody("{\"error\":\"unknown stage\"}");
      }
      exchanges.add(new Exchange(request.getPath(), body, stage, answer, request.getHeaders()));
      return new MockResponse().setHeader("content-type", "application/json")
          .setBody(api == Api.OPENAI ? openAiReply(answer) : anthropicReply(stage, answer));
    } catch (Exception e) {
      return new MockResponse().setResponseCode(500).setBody(e.toString());
    }
  }

  List<Exchange> stage(String name) {
    return exchanges.stream().filter(e -> e.stage().equals(name)).toList();
  }

  private String systemOf(JsonNode body) {
    if (api == Api.ANTHROPIC) {
      return body.path("system").asText("");
    }
    JsonNode first = body.path("messages").path(0);
    return first.path("role").asText().equals("system") ? first.path("content").asText() : "";
  }

  private static String openAiReply(String answer) throws Exception {
    ObjectNode reply = JSON.createObjectNode().put("id", "chatcmpl-1").put("model", "test-model");
    ObjectNode choice = reply.putArray("choices").addObject();
    choice.put("index", 0).put("finish_reason", "stop");
    choice.putObject("message").put("role", "assistant").put("content", answer);
    reply.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20)
        .put("total_tokens", 120);
    return JSON.writeValueAsString(reply);
  }

  private static String anthropicReply(String stage, String answer) throws Exception {
    ObjectNode reply = JSON.createObjectNode().put("id", "msg_1").put("type", "message")
        .put("role", "assistant").put("model", "claude-test");
    if (stage.equals("realize")) {
      reply.putArray("content").addObject().put("type", "tool_use").put("id", "toolu_1")
          .put("name", "realized_chat").set("input", JSON.readTree(answer));
      reply.put("stop_reason", "tool_use");
    } else {
      reply.putArray("content").addObject().put("type", "text").put("text", answer);
      reply.put("stop_reason", "end_turn");
    }
    reply.putObject("usage").put("input_tokens", 100).put("output_tokens", 20);
    return JSON.writeValueAsString(reply);
  }
}
