package org.difficultadvice.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.difficultadvice.budget.JtokkitTokenCounter;
import org.difficultadvice.quality.DedupParameters;
import org.difficultadvice.quality.TextNormalizer;

/** Hand-made JSONL lines and the audit's checks wired the way the command wires them. */
final class Chats {
  static final ObjectMapper JSON = new ObjectMapper();

  private Chats() {}

  static String openai(String user, String assistant) {
    ObjectNode line = JSON.createObjectNode();
    ArrayNode messages = line.putArray("messages");
    messages.addObject().put("role", "user").put("content", user);
    messages.addObject().put("role", "assistant").put("content", assistant);
    return line.toString();
  }

  static String openaiWithMetadata(String user, String assistant, ObjectNode metadata) {
    ObjectNode line = (ObjectNode) read(openai(user, assistant));
    line.set("metadata", metadata);
    return line.toString();
  }

  static String sharegpt(String human, String gpt) {
    ObjectNode line = JSON.createObjectNode();
    ArrayNode turns = line.putArray("conversations");
    turns.addObject().put("from", "human").put("value", human);
    turns.addObject().put("from", "gpt").put("value", gpt);
    return line.toString();
  }

  static String text(String text) {
    return JSON.createObjectNode().put("text", text).toString();
  }

  static com.fasterxml.jackson.databind.JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Path write(Path file, List<String> lines) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    String content = String.join("\n", lines) + "\n";
    if (file.toString().endsWith(".gz")) {
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
        out.write(content.getBytes(StandardCharsets.UTF_8));
      }
    } else {
      Files.writeString(file, content);
    }
    return file;
  }

  /** Words counted as tokens: lengths in tests are then plain to see. */
  static TokenMeasure wordCount() {
    return new TokenMeasure() {
      @Override
      public String name() {
        return "words";
      }

      @Override
      public int count(String text) {
        return text.isBlank() ? 0 : text.trim().split("\\s+").length;
      }
    };
  }

  static QualityChecks checks(TokenMeasure tokens, ContentFlagger flagger, ContaminationCheck eval) {
    DedupParameters dedup = DedupParameters.defaults();
    return new QualityChecks(
        tokens, TextNormalizer::normalize, () -> new MinHashNearDuplicates(dedup), flagger, eval);
  }

  static QualityChecks realChecks() {
    return checks(
        new CountedTokens("o200k_base", JtokkitTokenCounter.o200kBase()),
        record -> Set.of(),
        ContaminationCheck.none());
  }
}
