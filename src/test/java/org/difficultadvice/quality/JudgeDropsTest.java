package org.difficultadvice.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.difficultadvice.generate.JudgeVerdict;
import org.difficultadvice.generate.JudgeVerdict.Decision;
import org.junit.jupiter.api.Test;

class JudgeDropsTest {
  @Test
  void countsFailuresAndLowScoresButNotKeptOrRevisedExamples() {
    assertEquals("judge-failed", JudgeDrops.of("s1",
        new JudgeVerdict(Decision.FAILED, Map.of(), 0, 3, "not JSON")).orElseThrow().reason());
    assertEquals("below-threshold", JudgeDrops.of("s1",
        new JudgeVerdict(Decision.DROP, Map.of("grounded", 2.0), 2, 1, "")).orElseThrow()
        .reason());
    assertEquals(Optional.empty(), JudgeDrops.of("s1",
        new JudgeVerdict(Decision.REVISE, Map.of("grounded", 2.0), 2, 1, "")));
  }
}
