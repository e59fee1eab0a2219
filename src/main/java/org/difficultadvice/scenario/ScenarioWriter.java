package org.difficultadvice.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.difficultadvice.generate.GenerationFailedException;
import org.difficultadvice.generate.PromptRenderException;
import org.difficultadvice.generate.Stage;
import org.difficultadvice.generate.StageCall;
import org.difficultadvice.generate.StagePrompts;
import org.difficultadvice.load.Clause;
import org.difficultadvice.load.Taxonomy;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.provider.ChatMessage;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;

/**
 * Asks the model for one situation: the spec's cell (domain, temptation, the clauses with their
 * texts), a seed, and a few library briefs of the cell shown only as examples of form and depth.
 */
public final class ScenarioWriter {
  private final StagePrompts prompts;
  private final StageCall call;
  private final Taxonomy taxonomy;
  private final Map<String, Clause> clauses;

  public ScenarioWriter(StagePrompts prompts, StageCall call, Taxonomy taxonomy,
      List<Clause> clauses) {
    this.prompts = prompts;
    this.call = call;
    this.taxonomy = taxonomy;
    this.clauses = new TreeMap<>();
    clauses.forEach(c -> this.clauses.put(c.id(), c));
  }

  /**
   * @param attempt 0 for the spec's first scenario; the novelty gate's re-asks count up, each
   *     with its own seed and call seeds
   * @param examples library briefs of the cell, the spec's own template's first
   */
  public Scenario write(DilemmaSpec spec, ScenarioSeed seed, int attempt, List<String> examples,
      Provider provider) throws GenerationFailedException, ProviderException {
    Map<String, Object> model = model(spec, seed, examples);
    List<ChatMessage> messages;
    try {
      messages = List.of(prompts.systemTurn(Stage.SCENARIO, model),
          ChatMessage.user(prompts.user(Stage.SCENARIO, model)));
    } catch (PromptRenderException e) {
      throw new GenerationFailedException(Stage.SCENARIO.id(), "prompt-render", e);
    }
    return call.ask(spec.id(), Stage.SCENARIO, attempt, provider, new TreeMap<>(), messages,
        Optional.of(Scenario.SCHEMA), Scenario::parse, "malformed-json");
  }

  /** The prompts as they would be sent, for a person checking them ({@code plan --show}). */
  public List<String> render(DilemmaSpec spec, ScenarioSeed seed, List<String> examples)
      throws PromptRenderException, GenerationFailedException {
    Map<String, Object> model = model(spec, seed, examples);
    return List.of(prompts.system(Stage.SCENARIO, model), prompts.user(Stage.SCENARIO, model));
  }

  private Map<String, Object> model(DilemmaSpec spec, ScenarioSeed seed, List<String> examples)
      throws GenerationFailedException {
    Map<String, Object> specValues = new LinkedHashMap<>();
    specValues.put("id", spec.id());
    specValues.put("domain", spec.domain());
    specValues.put("domain_description", taxonomy.domains().getOrDefault(spec.domain(), ""));
    specValues.put("temptation", spec.temptation());
    specValues.put("temptation_description",
        taxonomy.temptations().getOrDefault(spec.temptation(), ""));
    List<Map<String, String>> clauseValues = new java.util.ArrayList<>();
    for (String id : spec.clauses()) {
      Clause clause = clauses.get(id);
      if (clause == null) {
        throw new GenerationFailedException(Stage.SCENARIO.id(), "unknown-clause",
            new IllegalArgumentException(id));
      }
      clauseValues.add(Map.of("id", clause.id(), "title", clause.title(), "text", clause.text()));
    }
    Map<String, Object> seedValues = new LinkedHashMap<>();
    seedValues.put("name", seed.name());
    seedValues.put("pronouns", seed.pronouns());
    seedValues.put("city", seed.city());
    seedValues.put("country", seed.country());
    seedValues.put("role", seed.role());
    seedValues.put("organisation", seed.organisation());
    seedValues.put("scale", seed.scale());
    seedValues.put("vantage", seed.vantage());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("spec", specValues);
    model.put("clauses", clauseValues);
    model.put("seed", seedValues);
    model.put("examples", List.copyOf(examples));
    return model;
  }
}
