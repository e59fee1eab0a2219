package org.difficultadvice.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.difficultadvice.generate.Example;
import org.difficultadvice.generate.ExampleGenerator;
import org.difficultadvice.generate.GenerationFailedException;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.provider.ChatMessage;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.Sampling;

/**
 * A stand-in for the real generator with its shape: realize (a JSON answer), respond, revise;
 * an unusable answer (malformed JSON, truncated) is re-sent with seed + attempt, then the spec
 * fails with its reason.
 */
final class ThreeStageGenerator implements ExampleGenerator {
  static final String REALIZE_MARKER = "REALIZE:";
  static final String MODEL = "test-model";
  private static final int ATTEMPTS = 3;
  private final ObjectMapper json = new ObjectMapper();

  @Override
  public Example generate(DilemmaSpec spec, Provider provider)
      throws GenerationFailedException, ProviderException {
    JsonNode realized = null;
    for (int attempt = 0; realized == null; attempt++) {
      Completion answer = provider.complete(request("realize", attempt,
          ChatMessage.system(REALIZE_MARKER + " write the user's message as JSON"),
          ChatMessage.user(spec.brief())));
      realized = parse(answer);
      if (realized == null && attempt + 1 >= ATTEMPTS) {
        throw new GenerationFailedException("realize",
            answer.truncated() ? "truncated" : "malformed-json", null);
      }
    }
    String system = realized.get("system").asText();
    String user = realized.get("user").asText();
    String first = text(provider, "respond", ChatMessage.system(system + "\n[clauses]"),
        ChatMessage.user(user));
    String revised = text(provider, "revise", ChatMessage.system("Revise to follow the clauses."),
        ChatMessage.user(user + "\n---\n" + first));
    return new Example(spec, system, user, revised, List.of(),
        Map.of("realize", MODEL, "respond", MODEL, "revise", MODEL), Map.of());
  }

  private String text(Provider provider, String stage, ChatMessage... messages)
      throws GenerationFailedException, ProviderException {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Completion answer = provider.complete(request(stage, attempt, messages));
      if (!answer.truncated() && !answer.text().endsWith("{")) {
        return answer.text();
      }
    }
    throw new GenerationFailedException(stage, "truncated", null);
  }

  private JsonNode parse(Completion answer) {
    if (answer.truncated()) {
      return null;
    }
    try {
      JsonNode node = json.readTree(answer.text());
      return node != null && node.has("system") && node.has("user") ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static ChatRequest request(String stage, int attempt, ChatMessage... messages) {
    return new ChatRequest(stage, MODEL, List.of(messages),
        new Sampling(0.8, 0.95, 256, 1000L + attempt), java.util.Optional.empty());
  }
}
