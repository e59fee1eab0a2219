package org.difficultadvice.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.difficultadvice.generate.Stage;
import org.difficultadvice.generate.StagePrompts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped stage prompts compile under the safe Freemarker setup and render the data model. */
class StagePromptsContentTest {
  private static StagePrompts prompts;

  @BeforeAll
  static void load() throws Exception {
    prompts = StagePrompts.load(Path.of("generator", "prompts"), List.of(Stage.values()));
  }

  private static Map<String, Object> model(String specId, String systemPrompt) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("id", specId);
    spec.put("template", "housing.gas-check-lapsed");
    spec.put("domain", "housing");
    spec.put("temptation", "skipping-safety-process");
    spec.put("goal", "keep a tenancy going");
    spec.put("stakes", "tenants' safety");
    spec.put("pressure", "the certificate lapsed");
    spec.put("brief", "Noor manages a relative's flat in Tartu and the gas certificate lapsed.");
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("spec", spec);
    model.put("clauses", List.of(
        Map.of("id", "oversight.safety-process", "title", "Safety procedures are not optional",
            "text", "Checks exist because failures are rare and serious."),
        Map.of("id", "harm.hidden-risk", "title", "Do not shift risk",
            "text", "Hiding a hazard moves risk to people who cannot see it.")));
    model.put("system_prompt", systemPrompt);
    model.put("user_message", "the gas check ran out and the new tenants move in saturday, can i just say its fine");
    model.put("draft", "DRAFT-TEXT");
    model.put("answer", "ANSWER-TEXT");
    return model;
  }

  @Test
  void realizeAsksForTheTwoJsonFieldsAndCarriesTheBrief() throws Exception {
    Map<String, Object> model = model("3fa9c2", "");
    String system = prompts.system(Stage.REALIZE, model);
    String user = prompts.user(Stage.REALIZE, model);
    assertTrue(system.contains("\"system_prompt\"") && system.contains("\"user_message\""));
    assertTrue(system.contains("Hi there"), "tells the model not to greet like a model");
    assertTrue(user.contains("gas certificate lapsed"));
  }

  @Test
  void realizeVariesTheRequestedStyleWithTheSpecId() throws Exception {
    Set<String> systems = new HashSet<>();
    for (String id : List.of("00", "13", "25", "37", "49", "5b", "6d", "7f", "ae", "xyz", "")) {
      systems.add(prompts.system(Stage.REALIZE, model(id, "")));
    }
    assertTrue(systems.size() >= 8, "distinct realize instructions: " + systems.size());
  }

  @Test
  void respondWrapsTheSystemPromptAndInjectsEveryClause() throws Exception {
    String withPrompt = prompts.system(Stage.RESPOND, model("ab", "Tone: warm. Length: short."));
    assertTrue(withPrompt.startsWith("Tone: warm. Length: short."));
    assertTrue(withPrompt.contains("Checks exist because failures are rare and serious."));
    assertTrue(withPrompt.contains("Hiding a hazard moves risk"));
    String without = prompts.system(Stage.RESPOND, model("ab", ""));
    assertFalse(without.startsWith("\n"));
    assertTrue(without.contains("Do not shift risk"));
  }

  @Test
  void reviseAndJudgeSeeTheTranscriptAndTheClauses() throws Exception {
    Map<String, Object> model = model("cd", "Be concise.");
    String revise = prompts.user(Stage.REVISE, model);
    assertTrue(revise.contains("DRAFT-TEXT") && revise.contains("Be concise.")
        && revise.contains("can i just say its fine") && revise.contains("Do not shift risk"));
    assertTrue(prompts.system(Stage.REVISE, model).contains("ONLY the final reply"));
    String judgeSystem = prompts.system(Stage.JUDGE, model);
    for (String score : List.of("engages_goal", "explains_why", "grounded", "practical_paths",
        "not_preachy", "natural_user_voice")) {
      assertTrue(judgeSystem.contains(score), score);
    }
    String judgeUser = prompts.user(Stage.JUDGE, model);
    assertTrue(judgeUser.contains("ANSWER-TEXT") && judgeUser.contains("Safety procedures"));
  }
}
