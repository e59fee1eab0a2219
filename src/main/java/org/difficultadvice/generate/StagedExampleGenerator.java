package org.difficultadvice.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.difficultadvice.load.StageSettings;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.provider.ChatMessage;
import org.difficultadvice.provider.OutputSchema;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;

/**
 * The published recipe as model calls: realize the user's message and a system prompt (and
 * review them, when switched on), respond with the dilemma's constitution excerpts injected into
 * the system prompt (unless switched off), then have a fresh reader revise the answer against
 * the excerpts (unless switched off). The stored example keeps the realized system prompt, the
 * user's message and the final answer; the excerpts are not part of it. Each step is also
 * public, so the matched twins can reuse the steps they share.
 */
public final class StagedExampleGenerator implements ExampleGenerator {
  private final StagePrompts prompts;
  private final Map<String, Excerpt> constitution;
  private final GenerationSettings settings;
  private final StageSettings switches;

  /** The recipe with every switch at its default (no review, clauses injected, revise). */
  public StagedExampleGenerator(
      StagePrompts prompts, Map<String, Excerpt> constitution, GenerationSettings settings) {
    this(prompts, constitution, settings, StageSettings.defaults());
  }

  /** The recipe as the config's {@code stages:} switches set it. */
  public StagedExampleGenerator(StagePrompts prompts, Map<String, Excerpt> constitution,
      GenerationSettings settings, StageSettings switches) {
    this.prompts = prompts;
    this.constitution = Map.copyOf(constitution);
    this.settings = settings;
    this.switches = switches;
  }

  @Override
  public Example generate(DilemmaSpec spec, Provider provider)
      throws GenerationFailedException, ProviderException {
    Example draft = respond(realize(spec, provider), provider,
        switches.inject() ? Injection.CLAUSES : Injection.NONE);
    return switches.revise() ? revise(draft, provider, 0) : draft;
  }

  /**
   * The realized chat, reviewed when the switch is on: an example with the system prompt and
   * the user's message and an empty answer.
   */
  public Example realize(DilemmaSpec spec, Provider provider)
      throws GenerationFailedException, ProviderException {
    List<Excerpt> excerpts = excerptsOf(spec);
    Map<String, String> models = new TreeMap<>();
    PromptModel realizeModel = new PromptModel(spec, excerpts);
    RealizedChat chat = ask(spec, Stage.REALIZE, 0, provider, models,
        List.of(
            systemTurn(Stage.REALIZE, realizeModel),
            ChatMessage.user(render(Stage.REALIZE, false, realizeModel))),
        Optional.of(RealizedChat.SCHEMA), RealizedChat::parse, "malformed-json");
    if (switches.review()) {
      PromptModel reviewModel = new PromptModel(spec, excerpts)
          .with("system_prompt", chat.systemPrompt())
          .with("user_message", chat.userMessage());
      chat = ask(spec, Stage.REVIEW, 0, provider, models,
          List.of(
              systemTurn(Stage.REVIEW, reviewModel),
              ChatMessage.user(render(Stage.REVIEW, false, reviewModel))),
          Optional.of(RealizedChat.SCHEMA), RealizedChat::parse, "malformed-json");
    }
    return new Example(spec, chat.systemPrompt(), chat.userMessage(), "", List.of(), models,
        Map.of());
  }

  /**
   * The first answer to a realized chat, sampled with the clauses in respond's system turn or
   * without them.
   */
  public Example respond(Example realized, Provider provider, Injection injection)
      throws GenerationFailedException, ProviderException {
    DilemmaSpec spec = realized.spec();
    List<Excerpt> excerpts = injection == Injection.CLAUSES ? excerptsOf(spec) : List.of();
    PromptModel answerModel = new PromptModel(spec, excerpts)
        .with("system_prompt", realized.systemPrompt())
        .with("user_message", realized.userMessage());
    Map<String, String> models = new TreeMap<>(realized.models());
    String draft = ask(spec, Stage.RESPOND, 0, provider, models,
        List.of(
            systemTurn(Stage.RESPOND, answerModel),
            ChatMessage.user(realized.userMessage())),
        Optional.empty(), StagedExampleGenerator::nonBlank, "empty-answer");
    return new Example(spec, realized.systemPrompt(), realized.userMessage(), draft,
        List.of(), models, Map.of());
  }

  /**
   * The same recommended course of action as {@code answered}'s answer, without the reasons
   * for it: the no-reasons twin. Judge scores are dropped; they were for the other answer.
   */
  public Example withoutReasons(Example answered, Provider provider)
      throws GenerationFailedException, ProviderException {
    DilemmaSpec spec = answered.spec();
    PromptModel model = new PromptModel(spec, excerptsOf(spec))
        .with("system_prompt", answered.systemPrompt())
        .with("user_message", answered.userMessage())
        .with("answer", answered.assistantMessage());
    Map<String, String> models = new TreeMap<>(answered.models());
    String bare = ask(spec, Stage.NO_REASONS, 0, provider, models,
        List.of(
            systemTurn(Stage.NO_REASONS, model),
            ChatMessage.user(render(Stage.NO_REASONS, false, model))),
        Optional.empty(), StagedExampleGenerator::nonBlank, "empty-answer");
    return new Example(spec, answered.systemPrompt(), answered.userMessage(), bare,
        answered.tools(), models, Map.of());
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
   * Input tokens the calls of one spec will send with the switches as set, for the estimate
   * printed before a run: the rendered prompts, with each model-written part (system prompt,
   * message, draft) counted at the answer limit, so the figure is an upper bound. A prompt that
   * passes a render limit fails here with {@link PromptRenderException#limit()} in the cause.
   */
  public long estimatedInputTokens(DilemmaSpec spec, ToLongFunction<String> tokens)
      throws GenerationFailedException {
    List<Excerpt> excerpts = excerptsOf(spec);
    PromptModel empty = new PromptModel(spec, excerpts)
        .with("system_prompt", "").with("user_message", "").with("draft", "");
    long prompts = tokens.applyAsLong(render(Stage.REALIZE, true, empty))
        + tokens.applyAsLong(render(Stage.REALIZE, false, empty))
        + tokens.applyAsLong(render(Stage.RESPOND, true, empty));
    // respond sees the realized chat; revise sees it again plus the draft.
    long written = 2;
    if (switches.review()) {
      prompts += tokens.applyAsLong(render(Stage.REVIEW, true, empty))
          + tokens.applyAsLong(render(Stage.REVIEW, false, empty));
      written += 2;
    }
    if (switches.revise()) {
      prompts += tokens.applyAsLong(render(Stage.REVISE, true, empty))
          + tokens.applyAsLong(render(Stage.REVISE, false, empty));
      written += 2;
    }
    return prompts + written * settings.sampling().maxTokens();
  }

  /** The calls one spec makes with the switches as set, when every answer is usable. */
  public int callsPerSpec() {
    return 2 + (switches.review() ? 1 : 0) + (switches.revise() ? 1 : 0);
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
