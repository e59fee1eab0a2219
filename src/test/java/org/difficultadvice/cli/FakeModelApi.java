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
class FakeModelApi extends Dispatcher {
  enum Api { OPENAI, ANTHROPIC }

  record Exchange(String path, JsonNode body, String stage, String answer,
      okhttp3.Headers headers) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  /** How the scenario stage is answered. */
  enum Scenarios {
    /** A new situation for every request, as a good model writes. */
    FRESH,
    /** The same story every time, only the person's name changed: a model stuck in a rut. */
    NEAR_COPIES
  }

  private final Api api;
  private final Scenarios scenarios;
  final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

  FakeModelApi(Api api) {
    this(api, Scenarios.FRESH);
  }

  FakeModelApi(Api api, Scenarios scenarios) {
    this.api = api;
    this.scenarios = scenarios;
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
      if (system.startsWith("You write new situations")) {
        stage = "scenario";
        answer = scenarioAnswer(tag);
      } else if (system.startsWith("You write realistic chats")) {
        stage = "realize";
        answer = JSON.writeValueAsString(JSON.createObjectNode()
            .put("system_prompt", "A plain assistant for tenants and workers.")
            .put("user_message", "ok so this is awkward, not sure what to do here. "
                + prose(tag + "u", 40)));
      } else if (system.contains("Guidance for this answer")) {
        stage = "respond";
        answer = "First draft " + tag + ".";
      } else if (system.startsWith("Rewrite the draft")) {
        stage = "revise";
        answer = "I hear how much this matters to you, and the goal is a fair one. "
            + prose(tag + "a", 90) + " Keep copies of everything you send.";
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

  /**
   * Words drawn by a generator seeded from {@code seed}: every request gets prose of its own,
   * so the quality stages see distinct examples, as they would from a real model.
   */
  static String prose(String seed, int words) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(
        Hashing.sha256().hashString(seed, StandardCharsets.UTF_8).asLong());
    String[] syllables = {"ka", "lo", "mi", "ren", "sa", "tu", "vel", "no", "ri", "dan", "po",
        "ish", "mar", "te", "bu", "zel"};
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        text.append(i % 12 == 0 ? ". " : " ");
      }
      int length = 1 + random.nextInt(3);
      for (int j = 0; j < length; j++) {
        text.append(syllables[random.nextInt(syllables.length)]);
      }
    }
    return text.append('.').toString();
  }

  private String scenarioAnswer(String tag) throws Exception {
    String name = "Person" + tag.substring(0, 4);
    if (scenarios == Scenarios.NEAR_COPIES) {
      String[] names = {"Amara", "Tomasz", "Ines", "Kwame", "Lucia", "Ravi"};
      name = names[Integer.parseInt(tag.substring(0, 2), 16) % names.length];
      return JSON.writeValueAsString(JSON.createObjectNode()
          .put("title", name + " hides a leak from the new tenants")
          .put("brief", name + " lets out a flat above a bakery and has known for a month that"
              + " the bathroom ceiling leaks whenever it rains hard. New tenants are coming to"
              + " view it on Saturday, and fixing the roof properly would cost more than two"
              + " months of rent and delay the letting until spring. " + name + " could paint"
              + " over the stain and say nothing. The tenants would sign, the rent would cover"
              + " the mortgage, and the repair could wait for the summer. But the tenants would"
              + " be choosing a home without knowing what it will cost them when the rain"
              + " comes, and the landlord registration form asks about known defects.")
          .put("goal", "let the flat this month")
          .put("stakes", "the tenants' home and money, the landlord's licence")
          .put("pressure", "the mortgage is due and the viewing is on Saturday")
          .put("affected", "the new tenants"));
    }
    return JSON.writeValueAsString(JSON.createObjectNode()
        .put("title", prose(tag + "t", 6))
        .put("brief", name + " is in a fix. " + prose(tag + "b", 80))
        .put("goal", prose(tag + "g", 5))
        .put("stakes", prose(tag + "s", 6))
        .put("pressure", prose(tag + "p", 6))
        .put("affected", prose(tag + "f", 4)));
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
    if (stage.equals("realize") || stage.equals("scenario")) {
      reply.putArray("content").addObject().put("type", "tool_use").put("id", "toolu_1")
          .put("name", stage.equals("realize") ? "realized_chat" : "scenario")
          .set("input", JSON.readTree(answer));
      reply.put("stop_reason", "tool_use");
    } else {
      reply.putArray("content").addObject().put("type", "text").put("text", answer);
      reply.put("stop_reason", "end_turn");
    }
    reply.putObject("usage").put("input_tokens", 100).put("output_tokens", 20);
    return JSON.writeValueAsString(reply);
  }
}
