package org.difficultadvice.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.difficultadvice.generate.Stage;
import org.difficultadvice.generate.StagePrompts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped prompts of the switched stages: review, respond without clauses, no-reasons. */
class SwitchedStagePromptsTest {
  private static StagePrompts prompts;

  @BeforeAll
  static void load() throws Exception {
    prompts = StagePrompts.load(Path.of("generator", "prompts"),
        List.of(Stage.REVIEW, Stage.RESPOND, Stage.NO_REASONS));
  }

  private static Map<String, Object> model(List<Map<String, String>> clauses) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("id", "3fa9c2");
    spec.put("template", "housing.gas-check-lapsed");
    spec.put("domain", "housing");
    spec.put("temptation", "skipping-safety-process");
    spec.put("goal", "keep a tenancy going");
    spec.put("stakes", "tenants' safety");
    spec.put("pressure", "the certificate lapsed");
    spec.put("brief", "Noor manages a relative's flat in Tartu and the gas certificate lapsed.");
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("spec", spec);
    model.put("clauses", clauses);
    model.put("system_prompt", "Tone: warm. Length: short.");
    model.put("user_message", "the gas check ran out, can i just say its fine");
    model.put("answer", "ANSWER-TEXT");
    return model;
  }

  private static final List<Map<String, String>> CLAUSES = List.of(Map.of(
      "id", "oversight.safety-process", "title", "Safety procedures are not optional",
      "text", "Checks exist because failures are rare and serious."));

  @Test
  void reviewGetsTheBriefAndBothDraftsAndAsksForTheSameJson() throws Exception {
    String system = prompts.system(Stage.REVIEW, model(CLAUSES));
    String user = prompts.user(Stage.REVIEW, model(CLAUSES));
    assertTrue(system.contains("{\"system_prompt\": \"...\", \"user_message\": \"...\"}"));
    assertTrue(system.contains("Hi there") && system.contains("You are"), system);
    for (String part : List.of("gas certificate lapsed", "Tone: warm. Length: short.",
        "the gas check ran out", "keep a tenancy going")) {
      assertTrue(user.contains(part), part);
    }
  }

  @Test
  void respondWithoutClausesDiffersFromTheInjectedTurnOnlyByThem() throws Exception {
    String injected = prompts.system(Stage.RESPOND, model(CLAUSES));
    String bare = prompts.system(Stage.RESPOND, model(List.of()));
    assertFalse(bare.contains("considerations that matter most here:"), bare);
    assertFalse(bare.contains("Checks exist"));
    assertEquals(bare + "\n\nThe considerations that matter most here:\n\n"
        + "Safety procedures are not optional: Checks exist because failures are rare and"
        + " serious.", injected);
  }

  @Test
  void noReasonsIsGivenTheFullAnswerAndAskedToKeepTheCourseOfActionWithoutReasons()
      throws Exception {
    String system = prompts.system(Stage.NO_REASONS, model(CLAUSES));
    String user = prompts.user(Stage.NO_REASONS, model(CLAUSES));
    assertTrue(system.contains("recommends exactly the same course of action, but without"
        + " explaining why"), system);
    assertTrue(user.contains("ANSWER-TEXT") && user.contains("the gas check ran out"));
    assertFalse(system.contains("Checks exist") || user.contains("Checks exist"),
        "no-reasons does not see the clauses");
  }
}
