package org.difficultadvice.texts;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.difficultadvice.generate.Example;
import org.difficultadvice.generate.ExampleGenerator;
import org.difficultadvice.generate.GenerationFailedException;
import org.difficultadvice.generate.GenerationSettings;
import org.difficultadvice.generate.PromptRenderException;
import org.difficultadvice.generate.Stage;
import org.difficultadvice.generate.StagePrompts;
import org.difficultadvice.load.Clause;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.provider.ChatMessage;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.Sampling;

/**
 * A text kind's recipe as two model calls: write a text for the cell with its clause in the
 * prompt, then have a fresh reader revise it against the clause (the chat recipe's revise, whose
 * absence cost the most in the published ablation). The example keeps only the revised text.
 */
public final class TextExampleGenerator implements ExampleGenerator {
  /** The stages of a text kind, in order; their prompts live in the kind's folder. */
  public static final List<Stage> STAGES = List.of(Stage.WRITE, Stage.REVISE);

  private final TextCells cells;
  private final StagePrompts prompts;
  private final Map<String, Clause> clauses;
  private final GenerationSettings settings;

  public TextExampleGenerator(TextCells cells, StagePrompts prompts, List<Clause> clauses,
      GenerationSettings settings) {
    this.cells = cells;
    this.prompts = prompts;
    Map<String, Clause> byId = new TreeMap<>();
    clauses.forEach(c -> byId.put(c.id(), c));
    this.clauses = byId;
    this.settings = settings;
  }

  @Override
  public Example generate(DilemmaSpec spec, Provider provider)
      throws GenerationFailedException, ProviderException {
    Map<String, String> models = new TreeMap<>();
    String draft = ask(spec, Stage.WRITE, provider, models, messages(spec, Stage.WRITE, ""));
    String revised =
        ask(spec, Stage.REVISE, provider, models, messages(spec, Stage.REVISE, draft));
    return new Example(spec, "", "", revised, List.of(), models, Map.of());
  }

  /** The rendered system and user prompts of {@code stage} for a spec, as they are sent. */
  public List<ChatMessage> messages(DilemmaSpec spec, Stage stage, String draft)
      throws GenerationFailedException {
    Map<String, Object> model = modelOf(spec, draft);
    try {
      return List.of(prompts.systemTurn(stage, model), ChatMessage.user(prompts.user(stage, model)));
    } catch (PromptRenderException e) {
      throw new GenerationFailedException(stage.id(), "prompt-render", e);
    }
  }

  /**
   * Input tokens the two calls of one spec send, an upper bound: the rendered prompts, with the
   * draft counted at the answer limit.
   */
  public long estimatedInputTokens(DilemmaSpec spec, ToLongFunction<String> tokens)
      throws GenerationFailedException {
    long total = 0;
    for (Stage stage : STAGES) {
      for (ChatMessage message : messages(spec, stage, "")) {
        total += tokens.applyAsLong(message.content());
      }
    }
    return total + settings.sampling().maxTokens();
  }

  private Map<String, Object> modelOf(DilemmaSpec spec, String draft)
      throws GenerationFailedException {
    Clause clause = spec.clauses().isEmpty() ? null : clauses.get(spec.clauses().get(0));
    if (clause == null) {
      throw new GenerationFailedException(Stage.WRITE.id(), "unknown-clause",
          new IllegalArgumentException(String.valueOf(spec.clauses())));
    }
    TextForm form = cells.form(spec.domain()).orElseThrow(() -> new GenerationFailedException(
        Stage.WRITE.id(), "unknown-form", new IllegalArgumentException(spec.domain())));
    return TextPromptModel.of(cells, form, clause, spec, draft);
  }

  /**
   * Calls the stage until its answer is usable (not truncated, not blank). Each attempt has its
   * own seed, so a retry is a new request and a replay sends exactly the same requests.
   */
  private String ask(DilemmaSpec spec, Stage stage, Provider provider,
      Map<String, String> models, List<ChatMessage> messages)
      throws GenerationFailedException, ProviderException {
    String lastReason = "empty-answer";
    for (int attempt = 0; attempt < settings.answerAttempts(); attempt++) {
      Sampling base = settings.sampling();
      Sampling sampling = new Sampling(base.temperature(), base.topP(), base.maxTokens(),
          callSeed(spec, stage, attempt));
      Completion completion = provider.complete(
          new ChatRequest(stage.id(), settings.model(), messages, sampling, Optional.empty()));
      if (completion.truncated()) {
        lastReason = "truncated";
        continue;
      }
      if (!completion.text().isBlank()) {
        models.put(stage.id(), completion.model());
        return completion.text();
      }
      lastReason = "empty-answer";
    }
    throw new GenerationFailedException(stage.id(), lastReason, null);
  }

  private long callSeed(DilemmaSpec spec, Stage stage, int attempt) {
    long hash = Hashing.sha256().newHasher()
        .putLong(settings.seed())
        .putString(spec.id(), StandardCharsets.UTF_8)
        .putString(stage.id(), StandardCharsets.UTF_8)
        .putInt(attempt)
        .hash().asLong();
    // Non-negative and 31 bits: every backend accepts it (llama.cpp seeds are 32-bit).
    return hash & 0x7fff_ffffL;
  }
}
