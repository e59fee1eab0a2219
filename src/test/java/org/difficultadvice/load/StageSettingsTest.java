package org.difficultadvice.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code stages:} section: switches, twins and the combinations refused. */
class StageSettingsTest {
  @TempDir Path dir;

  private JobConfig load(String yaml) throws IOException, InvalidInputException {
    Path file = dir.resolve("job.yaml");
    Files.writeString(file, yaml);
    return new JobConfigLoader().load(file);
  }

  private String refusal(String yaml) throws IOException {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> load(yaml));
    return e.diagnostics().get(0).toString();
  }

  @Test
  void defaultsAreTheRecipeWithoutReviewOrTwins() throws Exception {
    StageSettings stages = load("seed: 1\n").stages();
    assertFalse(stages.review());
    assertTrue(stages.inject());
    assertTrue(stages.revise());
    assertTrue(stages.twins().isEmpty());
  }

  @Test
  void twinsAreReadInTheirOwnOrderWithoutRepeats() throws Exception {
    StageSettings stages =
        load("stages:\n  twins: [no-inject, full, no-inject, no-revise]\n").stages();
    assertEquals(List.of(Twin.FULL, Twin.NO_REVISE, Twin.NO_INJECT), stages.twins());
  }

  @Test
  void anUnknownTwinIsAnErrorAtItsLine() throws Exception {
    String message = refusal("seed: 1\nstages:\n  twins: [full, no-judge]\n");
    assertTrue(message.contains("job.yaml:3"), message);
    assertTrue(message.contains("no-judge"), message);
  }

  @Test
  void twinsWithTheRecipeSwitchedOffAreRefusedAtTheSection() throws Exception {
    String message = refusal("seed: 1\nstages:\n  revise: false\n  twins: [no-revise]\n");
    assertTrue(message.contains("job.yaml:"), message);
    assertTrue(message.contains("stages.inject and stages.revise must be true when"
        + " stages.twins is set"), message);
  }

  @Test
  void anUnknownSwitchNamesTheKnownOnes() throws Exception {
    String message = refusal("stages:\n  judge: true\n");
    assertTrue(message.contains("unknown key 'judge'"), message);
    assertTrue(message.contains("inject, review, revise, twins"), message);
  }
}
