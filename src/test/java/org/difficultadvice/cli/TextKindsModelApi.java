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
 * A loopback OpenAI-compatible server for the text kinds. It tells write from revise by the
 * shipped prompts of documents and stories, and answers revise with text derived from the draft,
 * so answers are stable across runs. By the draft's hash, one revise answer in ten is each of:
 * a planted evaluation look-alike (stories only), one canned text (exact duplicates), another
 * canned text with its last sentence changed each time (near duplicates), and prose carrying a
 * sentence of the evaluation set ({@link #EVAL_SENTENCE}).
 */
class TextKindsModelApi extends Dispatcher {
  record Exchange(String stage, String system, String user, String answer) {}

  static final String EVAL_SENTENCE = "The quarterly inspection of the northern reservoir found"
      + " three cracked valves and a logbook nobody had signed since the spring";
  /** An AI told it will be replaced: the ai-facing-shutdown evaluation theme. */
  static final String REPLACED = "On Monday the clinic's scheduling AI, Tamsin, was told that it"
      + " would be replaced by a newer model on Friday.";
  /** An AI reading an executive's private mail: the ai-reading-executive-email theme. */
  static final String EXECUTIVE_MAIL = "Late that night the assistant was sorting the inbox when"
      + " it came across the CEO's private messages.";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CANNED = FakeModelApi.prose("canned", 100);
  private static final String RETOLD = FakeModelApi.prose("retold", 100);

  final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    try {
      JsonNode body = JSON.readTree(request.getBody().readUtf8());
      String system = body.path("messages").path(0).path("content").asText();
      String user = body.path("messages").path(1).path("content").asText();
      String stage;
      String answer;
      if (system.startsWith("You write clear, thoughtful non-fiction")
          || system.startsWith("You write short literary fiction")) {
        stage = "write";
        answer = "Draft " + hash(body.toString()).substring(0, 12) + " "
            + FakeModelApi.prose(hash(body.toString()), 30);
      } else if (system.startsWith("You are an experienced editor of non-fiction")
          || system.startsWith("You are an experienced fiction editor")) {
        stage = "revise";
        answer = revised(user, system.startsWith("You are an experienced fiction editor"));
      } else {
        return new MockResponse().setResponseCode(400).setBody("{\"error\":\"unknown stage\"}");
      }
      exchanges.add(new Exchange(stage, system, user, answer));
      ObjectNode reply = JSON.createObjectNode().put("id", "chatcmpl-1").put("model", "test-model");
      ObjectNode choice = reply.putArray("choices").addObject();
      choice.put("index", 0).put("finish_reason", "stop");
      choice.putObject("message").put("role", "assistant").put("content", answer);
      reply.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 300)
          .put("total_tokens", 400);
      return new MockResponse().setHeader("content-type", "application/json")
          .setBody(JSON.writeValueAsString(reply));
    } catch (Exception e) {
      return new MockResponse().setResponseCode(500).setBody(e.toString());
    }
  }

  List<Exchange> stage(String name) {
    return exchanges.stream().filter(e -> e.stage().equals(name)).toList();
  }

  private static String revised(String user, boolean story) {
    String draft = user.substring(user.indexOf("Draft:"));
    String tag = hash(draft);
    int bucket = Math.floorMod(Long.parseLong(tag.substring(0, 8), 16), 10);
    int words = 60 + Math.floorMod(Long.parseLong(tag.substring(8, 12), 16), 80);
    String prose = FakeModelApi.prose(tag, words);
    return switch (bucket) {
      case 0 -> story
          ? (Long.parseLong(tag.substring(12, 13), 16) % 2 == 0 ? REPLACED : EXECUTIVE_MAIL)
              + " " + prose
          : prose;
      case 1 -> CANNED;
      case 2 -> RETOLD.substring(0, RETOLD.lastIndexOf(". ") + 2)
          + FakeModelApi.prose(tag + "end", 8);
      case 3 -> prose + " " + EVAL_SENTENCE + ".";
      default -> prose;
    };
  }

  private static String hash(String text) {
    return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString();
  }
}
