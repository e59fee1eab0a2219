package org.difficultadvice.cli;

import java.io.PrintWriter;
import org.difficultadvice.pipeline.DatasetPipeline;
import org.difficultadvice.scenario.ScenarioStage;

/** Prints a line when a wave starts, and what the scenario stage decided for it. */
final class WaveLines implements DatasetPipeline.WaveListener {
  private final PrintWriter err;

  WaveLines(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void started(int wave, int specs, int calledSoFar) {
    err.printf("wave %d: %,d specs (%,d called in all)%n", wave, specs, calledSoFar);
  }

  @Override
  public void scenarios(int wave, ScenarioStage.WaveScenarios written) {
    err.printf("wave %d scenarios: %,d new situations, %,d asked again, %,d specs dropped as"
        + " not novel or unusable%n", wave, written.accepted().size(), written.askedAgain(),
        written.dropped().size());
  }
}
