package org.difficultadvice.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.difficultadvice.provider.ChatMessage;
import org.difficultadvice.provider.ChatRequest;

/**
 * The identity of a request: SHA-256 over a canonical JSON of everything that shapes the answer
 * (stage, model, messages, sampling with its seed, output schema). Replay and the response cache
 * key on it, so two requests share an answer only when they are the same request.
 */
public final class CanonicalRequest {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private CanonicalRequest() {}

  public static String json(ChatRequest request) {
    ObjectNode root = JSON.createObjectNode();
    root.put("stage", request.stage());
    root.put("model", request.model());
    ArrayNode messages = root.putArray("messages");
    for (ChatMessage message : request.messages()) {
      messages.addObject().put("role", message.role().wireName()).put("content",
          message.content());
    }
    ObjectNode sampling = root.putObject("sampling");
    sampling.put("temperature", request.sampling().temperature());
    sampling.put("top_p", request.sampling().topP());
    sampling.put("max_tokens", request.sampling().maxTokens());
    if (request.sampling().seed() != null) {
      sampling.put("seed", request.sampling().seed());
    }
    request.outputSchema().ifPresent(schema -> {
      ObjectNode node = root.putObject("schema");
      node.put("name", schema.name());
      node.set("schema", schema.schema());
    });
    try {
      // Key order of the schema is the caller's; sorting map entries makes it irrelevant.
      return JSON.writeValueAsString(JSON.treeToValue(root, Object.class));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write a request as JSON", e);
    }
  }

  public static String hash(ChatRequest request) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(json(request).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
