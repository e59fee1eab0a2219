package org.difficultadvice.generate;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.difficultadvice.load.Twin;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;

/**
 * The recipe and its matched twins from one pass over a spec, each shared step made once: the
 * realized chat serves every twin, the first answer with the clauses injected serves full,
 * no-revise (as it is) and no-reasons (through full's answer). Returns the full example, which
 * the run stores as the spec's result; the other twins go to the sink first, so a spec with a
 * result has all its twins stored. A spec the full recipe (or its judge) fails is failed for
 * every twin, with no twin call made; a twin that fails on its own is recorded for that twin.
 */
public final class TwinsExampleGenerator implements ExampleGenerator {
  private final StagedExampleGenerator stages;
  private final Optional<JudgedExampleGenerator> judge;
  private final Set<Twin> twins;
  private final TwinSink sink;

  /**
   * @param stages the recipe's steps, with inject and revise on
   * @param judge the judge of the full example, when enabled
   * @param twins the twins to make besides full
   */
  public TwinsExampleGenerator(StagedExampleGenerator stages,
      Optional<JudgedExampleGenerator> judge, Set<Twin> twins, TwinSink sink) {
    this.stages = Objects.requireNonNull(stages, "stages");
    this.judge = Objects.requireNonNull(judge, "judge");
    this.twins = twins.isEmpty() ? EnumSet.noneOf(Twin.class) : EnumSet.copyOf(twins);
    this.twins.remove(Twin.FULL);
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  @Override
  public Example generate(DilemmaSpec spec, Provider provider)
      throws GenerationFailedException, ProviderException {
    Example realized = stages.realize(spec, provider);
    Example draft = stages.respond(realized, provider, Injection.CLAUSES);
    Example full = stages.revise(draft, provider, 0);
    if (judge.isPresent()) {
      full = judge.get().judged(full, provider);
    }
    for (Twin twin : twins) {
      try {
        sink.made(twin, switch (twin) {
          case NO_REVISE -> draft;
          case NO_REASONS -> stages.withoutReasons(full, provider);
          case NO_INJECT -> stages.revise(
              stages.respond(realized, provider, Injection.NONE), provider, 0);
          case FULL -> throw new IllegalStateException("full is the spec's own result");
        });
      } catch (GenerationFailedException e) {
        sink.failed(twin, spec.id(), e.stage(), e.reason());
      }
    }
    return full;
  }

  /** Calls per spec beyond the recipe's, when every answer is usable. */
  public static int extraCallsPerSpec(Set<Twin> twins) {
    return (twins.contains(Twin.NO_REASONS) ? 1 : 0) + (twins.contains(Twin.NO_INJECT) ? 2 : 0);
  }
}
