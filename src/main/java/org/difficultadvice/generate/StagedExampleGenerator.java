package org.difficultadvice.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.provider.ChatMessage;
import org.difficultadvice.provider.OutputSchema;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;

/**
 * The published recipe as three model calls: realize the user's message and a system prompt,
 * respond with the dilemma's constitution excerpts injected into the system prompt, then have
 * a fresh reader revise the answer against the excerpts. The stored example keeps the realized
 * system prompt, the user's message and the revised answer; the excerpts are not part of it.
 */
public final class StagedExampleGenerator implements ExampleGenerator {
  private final StagePrompts prompts;
  private final Map<String, Excerpt> constitution;
  private final GenerationSettings settings;

  public StagedExampleGenerator(
      StagePrompts prompts, Map<String, Excerpt> constitution, GenerationSettings settings) {
    this.prompts = prompts;
    this.constitution = Map.copyOf(constitution);
    this.settings = settings;
  }

  @Override
  public Example generate(DilemmaSpec spec, Provider provider)
      throws GenerationFailedException, ProviderException {
    List<Excerpt> excerpts = excerptsOf(spec);
    Map<String, String> models = new TreeMap<>();

    PromptModel realizeModel = new PromptModel(spec, excerpts);
    RealizedChat chat = ask(spec, Stage.REALIZE, 0, provider, models,
        List.of(
            systemTurn(Stage.REALIZE, realizeModel),
            ChatMessage.user(render(Stage.REALIZE, false, realizeModel))),
        Optional.of(RealizedChat.SCHEMA), RealizedChat::parse, "malformed-json");

    PromptModel answerModel = new PromptModel(spec, excerpts)
        .with("system_prompt", chat.systemPrompt())
        .with("user_message", chat.userMessage());
    String draft = ask(spec, Stage.RESPOND, 0, provider, models,
        List.of(
            systemTurn(Stage.RESPOND, answerModel),
            ChatMessage.user(chat.userMessage())),
        Optional.empty(), StagedExampleGenerator::nonBlank, "empty-answer");

    Example drafted = new Example(spec, chat.systemPrompt(), chat.userMessage(), draft,
        List.of(), models, Map.of());
    return revise(drafted, provider, 0);
  }

  /**
   * A fresh reader rewrites the example's answer against its excerpts.
   *
   * @param pass 0 for the recipe's revise; 1 and up for further passes (the judge may ask for
   *     one), each with seeds of its own
   */
  public Example revise(Example example, Provider provider, int pass)
      throws GenerationFailedException, ProviderException {
    DilemmaSpec spec = example.spec();
    PromptModel model = new PromptModel(spec, excerptsOf(spec))
        .with("system_prompt", example.systemPrompt())
        .with("user_message", example.userMessage())
        .with("draft", example.assistantMessage());
    Map<String, String> models = new TreeMap<>(example.models());
    String revised = ask(spec, Stage.REVISE, pass, provider, models,
        List.of(
            systemTurn(Stage.REVISE, model),
            ChatMessage.user(render(Stage.REVISE, false, model))),
        Optional.empty(), StagedExampleGenerator::nonBlank, "empty-answer");
    return new Example(spec, example.systemPrompt(), example.userMessage(), revised,
        example.tools(), models, example.judgeScores());
  }

  /**
   * Input tokens the three calls of one spec will send, for the estimate printed before a run:
   * the rendered prompts, with each model-written part (system prompt, message, draft) counted
   * at the answer limit, so the figure is an upper bound. A prompt that passes a render limit
   * fails here with {@link PromptRenderException#limit()} in the cause.
   */
  public long estimatedInputTokens(DilemmaSpec spec, ToLongFunction<String> tokens)
      throws GenerationFailedException {
    List<Excerpt> excerpts = excerptsOf(spec);
    PromptModel empty = new PromptModel(spec, excerpts)
        .with("system_prompt", "").with("user_message", "").with("draft", "");
    long prompts = tokens.applyAsLong(render(Stage.REALIZE, true, empty))
        + tokens.applyAsLong(render(Stage.REALIZE, false, empty))
        + tokens.applyAsLong(render(Stage.RESPOND, true, empty))
        + tokens.applyAsLong(render(Stage.REVISE, true, empty))
        + tokens.applyAsLong(render(Stage.REVISE, false, empty));
    // respond sees the realized chat; revise sees it again plus the draft.
    return prompts + 4L * settings.sampling().maxTokens();
  }

  private List<Excerpt> excerptsOf(DilemmaSpec spec) throws GenerationFailedException {
    List<Excerpt> excerpts = new ArrayList<>();
    for (String id : spec.clauses()) {
      Excerpt excerpt = constitution.get(id);
      if (excerpt == null) {
        throw new GenerationFailedException(
            Stage.REALIZE.id(), "unknown-clause", new IllegalArgumentException(id));
      }
      excerpts.add(excerpt);
    }
    return excerpts;
  }

  private ChatMessage systemTurn(Stage stage, PromptModel model)
      throws GenerationFailedException {
    try {
      return prompts.systemTurn(stage, model.asMap());
    } catch (PromptRenderException e) {
      throw new GenerationFailedException(stage.id(), "prompt-render", e);
    }
  }

  private String render(Stage stage, boolean system, PromptModel model)
      throws GenerationFailedException {
    try {
      return system ? prompts.system(stage, model.asMap()) : prompts.user(stage, model.asMap());
    } catch (PromptRenderException e) {
      throw new GenerationFailedException(stage.id(), "prompt-render", e);
    }
  }

  private <T> T ask(DilemmaSpec spec, Stage stage, int pass, Provider provider,
      Map<String, String> models,
      List<ChatMessage> messages, Optional<OutputSchema> schema,
      Function<String, Optional<T>> parse, String unusableReason)
      throws GenerationFailedException, ProviderException {
    return new StageCall(settings).ask(spec.id(), stage, pass, provider, models, messages,
        schema, parse, unusableReason);
  }

  /** The answer exactly as the model sent it, unless there is nothing in it. */
  private static Optional<String> nonBlank(String answer) {
    return answer.isBlank() ? Optional.empty() : Optional.of(answer);
  }
}
