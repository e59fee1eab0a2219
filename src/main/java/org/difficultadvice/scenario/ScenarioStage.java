package org.difficultadvice.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.difficultadvice.generate.GenerationFailedException;
import org.difficultadvice.generate.PromptRenderException;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.store.SpecFailure;

/**
 * The stage between plan and realize: for every spec of a wave a model writes a fresh situation
 * of the spec's cell, and the novelty gate keeps those unlike everything accepted before.
 *
 * <p>Calls run in parallel; decisions do not. A wave's scenarios are all asked, then judged one
 * by one in plan order; those rejected are asked again with a new seed (a round), up to the
 * configured attempts, and a spec still rejected is dropped with its reason. Because every call
 * is replayed from the run store and every decision is taken in plan order, the accepted
 * situations are the same at any concurrency, straight through or killed and resumed.
 */
public final class ScenarioStage {
  private final ScenarioWriter writer;
  private final ScenarioSeeds seeds;
  private final NoveltyGate gate;
  private final CellExamples examples;
  private final int attempts;
  private final Map<String, Long> rejections = new TreeMap<>();

  /**
   * @param candidates the run's whole candidate plan: its templates' briefs are the library the
   *     gate compares with, and the examples the prompt shows
   */
  public ScenarioStage(ScenarioWriter writer, ScenarioSeeds seeds, NoveltyGate gate,
      List<DilemmaSpec> candidates, int attempts) {
    this.writer = writer;
    this.seeds = seeds;
    this.gate = gate;
    this.examples = new CellExamples(candidates);
    this.attempts = attempts;
    examples.templateFirsts().forEach(gate::addLibraryBrief);
  }

  /** Makes the calls of one round, in parallel, through the run's layers. */
  @FunctionalInterface
  public interface Calls {
    /** @return the answers in input order; empty when the run stopped */
    Optional<List<Attempt>> each(List<Ask> asks, Caller caller);
  }

  /** One scenario call. */
  @FunctionalInterface
  public interface Caller {
    Attempt call(Ask ask, Provider provider) throws ProviderException;
  }

  /** One spec's ask in one round. */
  public record Ask(DilemmaSpec spec, int attempt, ScenarioSeed seed) {}

  /** What one ask gave: a scenario, or why the model's answers were unusable. */
  public record Attempt(Ask ask, Optional<Scenario> scenario, String failure) {}

  /**
   * @param accepted the wave's specs that go on to realize, each with its scenario, in plan order
   * @param dropped specs given up here, with the stage's reason
   * @param askedAgain asks beyond each spec's first
   */
  public record WaveScenarios(
      List<DilemmaSpec> accepted, List<SpecFailure> dropped, int askedAgain) {}

  /**
   * Writes and judges the scenarios of one wave.
   *
   * @return empty when the run stopped before the wave's scenarios were decided; nothing of the
   *     wave is then recorded, and a resumed run decides it again from the replayed answers
   */
  public Optional<WaveScenarios> write(List<DilemmaSpec> wave, Calls calls) {
    Map<String, DilemmaSpec> accepted = new LinkedHashMap<>();
    Map<String, SpecFailure> dropped = new LinkedHashMap<>();
    List<DilemmaSpec> pending = wave;
    int askedAgain = 0;
    for (int attempt = 0; attempt < attempts && !pending.isEmpty(); attempt++) {
      List<Ask> asks = new ArrayList<>();
      for (DilemmaSpec spec : pending) {
        asks.add(new Ask(spec, attempt, seeds.draw(spec, attempt)));
      }
      if (attempt > 0) {
        askedAgain += asks.size();
      }
      Optional<List<Attempt>> answers = calls.each(asks, this::ask);
      if (answers.isEmpty()) {
        return Optional.empty();
      }
      List<DilemmaSpec> again = new ArrayList<>();
      for (Attempt answer : answers.get()) {
        DilemmaSpec spec = answer.ask().spec();
        if (answer.scenario().isEmpty()) {
          // The model's answers were unusable after every answer attempt: asking with another
          // seed would most likely fail the same way.
          dropped.put(spec.id(), new SpecFailure(spec.id(), "scenario", answer.failure()));
          continue;
        }
        Scenario scenario = answer.scenario().get();
        Optional<NoveltyGate.Rejection> rejection =
            gate.rejection(scenario, answer.ask().seed());
        if (rejection.isEmpty()) {
          gate.accept(spec.id(), scenario, answer.ask().seed());
          accepted.put(spec.id(), spec.withScenario(scenario.title(), scenario.brief(),
              scenario.goal(), scenario.stakes(), scenario.pressure(), scenario.affected()));
          continue;
        }
        rejections.merge(rejection.get().reason(), 1L, Long::sum);
        if (attempt + 1 < attempts) {
          again.add(spec);
        } else {
          dropped.put(spec.id(), new SpecFailure(spec.id(), "scenario",
              "not-novel:" + rejection.get().reason()));
        }
      }
      pending = again;
    }
    List<DilemmaSpec> inPlanOrder = new ArrayList<>();
    List<SpecFailure> failures = new ArrayList<>();
    for (DilemmaSpec spec : wave) {
      if (accepted.containsKey(spec.id())) {
        inPlanOrder.add(accepted.get(spec.id()));
      } else if (dropped.containsKey(spec.id())) {
        failures.add(dropped.get(spec.id()));
      }
    }
    return Optional.of(new WaveScenarios(inPlanOrder, failures, askedAgain));
  }

  /** Rejections so far by reason, re-asked ones included, for the run's report. */
  public Map<String, Long> rejections() {
    return Map.copyOf(rejections);
  }

  private Attempt ask(Ask ask, Provider provider) throws ProviderException {
    try {
      Scenario scenario = writer.write(ask.spec(), ask.seed(), ask.attempt(),
          examples.forSpec(ask.spec()), provider);
      return new Attempt(ask, Optional.of(scenario), "");
    } catch (GenerationFailedException e) {
      return new Attempt(ask, Optional.empty(), e.reason());
    }
  }

  /** The prompts of a spec's first ask, as they would be sent. */
  public List<String> renderedPrompts(DilemmaSpec spec)
      throws PromptRenderException, GenerationFailedException {
    return writer.render(spec, seeds.draw(spec, 0), examples.forSpec(spec));
  }
}
