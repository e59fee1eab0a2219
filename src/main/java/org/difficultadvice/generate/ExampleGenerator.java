package org.difficultadvice.generate;

import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;

/**
 * Turns one dilemma spec into one example through the model stages. A pure function of the spec
 * and the provider's answers: the same answers give the same example, which is what lets a
 * resumed run replay recorded calls and end byte-identical.
 */
public interface ExampleGenerator {

  /**
   * @throws GenerationFailedException this spec cannot become an example (answers unusable
   *     after every attempt); the run goes on without it
   * @throws ProviderException the provider failed in a way retrying did not mend; the caller
   *     decides whether the run can go on
   */
  Example generate(DilemmaSpec spec, Provider provider)
      throws GenerationFailedException, ProviderException;
}
