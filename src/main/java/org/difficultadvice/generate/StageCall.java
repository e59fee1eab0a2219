package org.difficultadvice.generate;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.difficultadvice.provider.ChatMessage;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.OutputSchema;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.Sampling;

/**
 * One stage's call for one spec, asked again until the answer is usable. Each attempt carries
 * its own seed, so a retry is a new request (a sampling server would otherwise repeat the same
 * unusable answer) and a replay of the run sends exactly the same requests again.
 */
public final class StageCall {
  private final GenerationSettings settings;

  public StageCall(GenerationSettings settings) {
    this.settings = settings;
  }

  /**
   * @param pass 0 for a stage's first pass; 1 and up for further passes (another revise, a
   *     scenario asked again), each with seeds of its own
   * @param models receives the model that answered, under the stage's id
   * @param unusableReason the failure reason when no attempt parses
   */
  public <T> T ask(String specId, Stage stage, int pass, Provider provider,
      Map<String, String> models, List<ChatMessage> messages, Optional<OutputSchema> schema,
      Function<String, Optional<T>> parse, String unusableReason)
      throws GenerationFailedException, ProviderException {
    String lastReason = unusableReason;
    for (int attempt = 0; attempt < settings.answerAttempts(); attempt++) {
      Sampling base = settings.sampling();
      Sampling sampling = new Sampling(
          base.temperature(), base.topP(), base.maxTokens(),
          seed(specId, stage, pass, attempt));
      ChatRequest request =
          new ChatRequest(stage.id(), settings.model(), messages, sampling, schema);
      Completion completion = provider.complete(request);
      if (completion.truncated()) {
        lastReason = "truncated";
        continue;
      }
      Optional<T> parsed = parse.apply(completion.text());
      if (parsed.isPresent()) {
        models.put(stage.id(), completion.model());
        return parsed.get();
      }
      lastReason = unusableReason;
    }
    throw new GenerationFailedException(stage.id(), lastReason, null);
  }

  private long seed(String specId, Stage stage, int pass, int attempt) {
    var hasher = Hashing.sha256().newHasher()
        .putLong(settings.seed())
        .putString(specId, StandardCharsets.UTF_8)
        .putString(stage.id(), StandardCharsets.UTF_8)
        .putInt(attempt);
    if (pass > 0) {
      hasher.putInt(pass);
    }
    long hash = hasher.hash().asLong();
    // Non-negative and 31 bits: every backend accepts it (llama.cpp seeds are 32-bit).
    return hash & 0x7fff_ffffL;
  }
}
