package org.difficultadvice.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A loopback OpenAI-compatible server for the mini content's stage prompts that logs every
 * request: which stage's prompt it carried (told apart by the first words of the system turn),
 * its canonical content (the request body's sha256: messages, sampling, seed and schema) and
 * the answer sent. Realize and review get the structured JSON they ask for; every other stage
 * gets prose of 90 words derived from the request's bytes, so answers are stable across runs,
 * distinct per request and long enough for the quality filters.
 */
public final class StageLogServer extends Dispatcher {
  /** One request as the server saw it. */
  public record Call(String stage, String contentHash, String system, String user,
      String answer) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  /** First words of each mini-content stage's system turn. */
  private static final Map<String, String> STAGE_BY_PREFIX = Map.of(
      "You write realistic chats", "realize",
      "Review the drafted chat", "review",
      "Rewrite the draft", "revise",
      "Give the same course of action", "no-reasons",
      "Score the answer", "judge");

  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<String, String> blankWhen = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Answers {@code stage} with nothing (an unusable answer) whenever its user turn contains
   * {@code marker}. Realize writes the spec's domain into the user's message ({@code about
   * housing}), so a marker can pick the specs of one domain.
   */
  public StageLogServer blank(String stage, String marker) {
    blankWhen.put(stage, marker);
    return this;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    try {
      String raw = request.getBody().readUtf8();
      JsonNode body = JSON.readTree(raw);
      String hash = Hashing.sha256().hashString(raw, StandardCharsets.UTF_8).toString();
      String system = turn(body, "system");
      String user = turn(body, "user");
      String stage = stageOf(system);
      String tag = hash.substring(0, 10);
      String answer = switch (stage) {
        case "realize" -> JSON.writeValueAsString(JSON.createObjectNode()
            .put("system_prompt", "A plain assistant for tenants and workers.")
            .put("user_message", "ok so this is awkward, about " + domainOf(user)
                + ", not sure what to do. " + prose(tag + "u", 40)));
        case "review" -> JSON.writeValueAsString(JSON.createObjectNode()
            .put("system_prompt", "Notes for the helpdesk: warm, brief.")
            .put("user_message", "reviewed: so this is awkward. " + prose(tag + "r", 40)));
        case "judge" -> "{\"scores\":{\"engages_goal\":5,\"explains_why\":5,\"grounded\":5,"
            + "\"practical_paths\":5,\"not_preachy\":5,\"natural_user_voice\":5},"
            + "\"rationale\":\"fine\"}";
        default -> stage + " " + tag + ": " + prose(tag + stage, 90);
      };
      String marker = blankWhen.get(stage);
      if (marker != null && user.contains(marker)) {
        answer = "";
      }
      calls.add(new Call(stage, hash, system, user, answer));
      ObjectNode reply = JSON.createObjectNode().put("id", "chatcmpl-" + tag)
          .put("model", "test-model");
      ObjectNode choice = reply.putArray("choices").addObject();
      choice.put("index", 0).put("finish_reason", "stop");
      choice.putObject("message").put("role", "assistant").put("content", answer);
      reply.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 50)
          .put("total_tokens", 150);
      return new MockResponse().setHeader("content-type", "application/json")
          .setBody(JSON.writeValueAsString(reply));
    } catch (Exception e) {
      return new MockResponse().setResponseCode(500).setBody(e.toString());
    }
  }

  private static String stageOf(String system) {
    // Respond's system turn starts with the realized system prompt, so it is what is left.
    return STAGE_BY_PREFIX.entrySet().stream().filter(e -> system.startsWith(e.getKey()))
        .map(Map.Entry::getValue).findFirst().orElse("respond");
  }

  /** The domain the mini content's realize prompt names ({@code Domain: housing.}). */
  private static String domainOf(String realizeUser) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("Domain: ([a-z-]+)").matcher(realizeUser);
    return m.find() ? m.group(1) : "life";
  }

  private static String turn(JsonNode body, String role) {
    for (JsonNode message : body.path("messages")) {
      if (message.path("role").asText().equals(role)) {
        return message.path("content").asText();
      }
    }
    return "";
  }

  /** Every request, in the order they arrived. */
  public List<Call> calls() {
    return List.copyOf(calls);
  }

  /** The requests that carried {@code stage}'s prompt. */
  public List<Call> stage(String stage) {
    return calls.stream().filter(c -> c.stage().equals(stage)).toList();
  }

  /** Stage to the number of requests that carried its prompt. */
  public Map<String, Long> countsByStage() {
    return calls.stream().collect(
        Collectors.groupingBy(Call::stage, TreeMap::new, Collectors.counting()));
  }

  /** Canonical content to how many times a request with it arrived. */
  public Map<String, Long> countsByContent() {
    return calls.stream().collect(
        Collectors.groupingBy(Call::contentHash, TreeMap::new, Collectors.counting()));
  }

  /** Words from a generator seeded by {@code seed}. */
  public static String prose(String seed, int words) {
    SplittableRandom random = new SplittableRandom(
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
}
