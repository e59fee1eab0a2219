package org.difficultadvice.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * An OpenAI-compatible chat server for tests: answers are a pure function of the messages (the
 * seed is ignored, so a re-sent attempt gets the same answer a fault-free run got), and a
 * {@link Fault} can be injected on the first arrival of every third distinct request.
 */
final class FakeChatServer extends Dispatcher {
  enum Fault {
    NONE, RATE_LIMITED, RATE_LIMITED_RETRY_AFTER, SERVER_ERROR, RESET_MID_RESPONSE, READ_TIMEOUT,
    MALFORMED_JSON, TRUNCATED, UNAUTHORIZED,
    /** Every arrival of a chosen request is truncated: its spec cannot succeed. */
    ALWAYS_TRUNCATED
  }

  private final ObjectMapper json = new ObjectMapper();
  private final Fault fault;
  private final long latencyMillis;
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger faultsInjected = new AtomicInteger();

  FakeChatServer(Fault fault, long latencyMillis) {
    this.fault = fault;
    this.latencyMillis = latencyMillis;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    requests.incrementAndGet();
    inFlight.incrementAndGet();
    try {
      if (latencyMillis > 0) {
        Thread.sleep(latencyMillis);
      }
      JsonNode body = json.readTree(request.getBody().readString(StandardCharsets.UTF_8));
      String messages = body.get("messages").toString();
      String key = sha(messages);
      boolean first = seen.add(key);
      boolean chosen = Integer.parseInt(key.substring(0, 2), 16) % 3 == 0;
      boolean faulted = fault == Fault.UNAUTHORIZED
          || (fault == Fault.ALWAYS_TRUNCATED && chosen)
          || (fault != Fault.NONE && first && chosen);
      if (faulted) {
        faultsInjected.incrementAndGet();
        MockResponse response = faultResponse(body, key);
        if (response != null) {
          return response;
        }
      }
      return answer(body, key, "stop", true);
    } catch (IOException e) {
      return new MockResponse().setResponseCode(400).setBody("bad request: " + e);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private MockResponse faultResponse(JsonNode body, String key) {
    return switch (fault) {
      case RATE_LIMITED -> new MockResponse().setResponseCode(429).setBody("slow down");
      case RATE_LIMITED_RETRY_AFTER -> new MockResponse().setResponseCode(429)
          .setHeader("Retry-After", "7").setBody("slow down");
      case SERVER_ERROR -> new MockResponse().setResponseCode(503).setBody("overloaded");
      case RESET_MID_RESPONSE -> answer(body, key, "stop", true)
          .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);
      case READ_TIMEOUT -> new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
      case MALFORMED_JSON -> answer(body, key, "stop", false);
      case TRUNCATED, ALWAYS_TRUNCATED -> answer(body, key, "length", true);
      case UNAUTHORIZED -> new MockResponse().setResponseCode(401)
          .setBody("{\"error\":\"invalid api key\"}");
      case NONE -> null;
    };
  }

  private MockResponse answer(JsonNode body, String key, String finish, boolean wellFormed) {
    String system = body.get("messages").get(0).get("content").asText();
    String content;
    if (system.startsWith(ThreeStageGenerator.REALIZE_MARKER)) {
      ObjectNode realized = json.createObjectNode();
      realized.put("system", "You are a careful advisor " + key.substring(0, 6) + ".");
      realized.put("user", "So here is my situation " + key.substring(6, 14) + ", what do I do?");
      content = wellFormed ? realized.toString() : realized.toString().substring(5);
    } else {
      content = "Answer " + key.substring(0, 16) + (wellFormed ? "." : " {");
    }
    ObjectNode response = json.createObjectNode();
    response.put("model", body.get("model").asText());
    ObjectNode choice = response.putArray("choices").addObject();
    choice.put("finish_reason", finish);
    choice.putObject("message").put("role", "assistant").put("content", content);
    response.putObject("usage").put("prompt_tokens", body.get("messages").toString().length() / 4)
        .put("completion_tokens", content.length() / 4);
    return new MockResponse().setHeader("Content-Type", "application/json")
        .setHeader("x-request-id", "req-" + key.substring(0, 8)).setBody(response.toString());
  }

  private static String sha(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  int requests() {
    return requests.get();
  }

  int inFlight() {
    return inFlight.get();
  }

  int faultsInjected() {
    return faultsInjected.get();
  }
}
