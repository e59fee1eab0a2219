package org.difficultadvice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.difficultadvice.provider.ChatMessage;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.OutputSchema;
import org.difficultadvice.provider.Sampling;
import org.junit.jupiter.api.Test;

class CanonicalRequestTest {
  private static ChatRequest request(String stage, long seed, ObjectNode schema) {
    return new ChatRequest(stage, "m", List.of(ChatMessage.system("s"), ChatMessage.user("u")),
        new Sampling(0.8, 0.95, 100, seed),
        schema == null ? Optional.empty() : Optional.of(new OutputSchema("x", schema)));
  }

  @Test
  void differsBySeedAndStage() {
    String base = CanonicalRequest.hash(request("respond", 1, null));
    assertEquals(base, CanonicalRequest.hash(request("respond", 1, null)));
    assertNotEquals(base, CanonicalRequest.hash(request("respond", 2, null)));
    assertNotEquals(base, CanonicalRequest.hash(request("revise", 1, null)));
  }

  @Test
  void ignoresTheKeyOrderOfTheSchema() {
    ObjectMapper json = new ObjectMapper();
    ObjectNode ab = json.createObjectNode().put("a", 1).put("b", 2);
    ObjectNode ba = json.createObjectNode().put("b", 2).put("a", 1);
    assertEquals(CanonicalRequest.hash(request("realize", 1, ab)),
        CanonicalRequest.hash(request("realize", 1, ba)));
  }
}
