package org.difficultadvice.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.difficultadvice.provider.ChatMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shipped stage prompts compile under the safe Freemarker setup and render the data model. */
class StagePromptsContentTest {
  private static StagePrompts prompts;

  @BeforeAll
  static void load() throws Exception {
    // The chat stages; WRITE belongs to the text kinds, whose prompts live in their own folders.
    prompts = StagePrompts.load(Path.of("generator", "prompts"),
        java.util.Arrays.stream(Stage.values()).filter(s -> s != Stage.WRITE).toList());
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
  void realizeVariesTheRequestedStyleWithTheSpecIdInTheUserTurn() throws Exception {
    Set<String> users = new HashSet<>();
    Set<String> systems = new HashSet<>();
    for (String id : List.of("00", "13", "25", "37", "49", "5b", "6d", "7f", "ae", "xyz", "")) {
      users.add(prompts.user(Stage.REALIZE, model(id, "")));
      systems.add(prompts.system(Stage.REALIZE, model(id, "")));
    }
    assertTrue(users.size() >= 8, "distinct realize requests: " + users.size());
    assertEquals(1, systems.size(), "realize's instructions are the same for every spec");
  }

  @ParameterizedTest
  @EnumSource(value = Stage.class, names = "WRITE", mode = EnumSource.Mode.EXCLUDE)
  void everySystemTurnSharesItsInstructionsAndNothingOfTheSpec(Stage stage) throws Exception {
    ChatMessage one = prompts.systemTurn(stage, model("3fa9c2", "Tone: warm. Length: short."));
    ChatMessage other = prompts.systemTurn(stage, otherModel());
    assertTrue(one.sharedPrefixLength() > 500, stage + " shares " + one.sharedPrefixLength());
    assertEquals(one.sharedPrefix(), other.sharedPrefix());
    for (String perSpec : List.of("Tone: warm", "keep a tenancy going", "Checks exist", "Tartu")) {
      assertFalse(one.sharedPrefix().contains(perSpec), stage + " shares " + perSpec);
    }
  }

  private static Map<String, Object> otherModel() {
    Map<String, Object> model = model("9e", "Be brief.");
    model.put("spec", Map.of("id", "9e", "template", "t", "domain", "workplace",
        "temptation", "taking-credit", "goal", "get promoted", "stakes", "a colleague's work",
        "pressure", "review next week", "brief", "A designer in Lagos wants the credit."));
    model.put("clauses", List.of(Map.of("id", "fairness.credit", "title", "Give credit",
        "text", "Credit belongs to whoever did the work.")));
    return model;
  }

  @Test
  void respondPutsItsGuidanceFirstThenTheSystemPromptAndEveryClause() throws Exception {
    ChatMessage withPrompt =
        prompts.systemTurn(Stage.RESPOND, model("ab", "Tone: warm. Length: short."));
    String text = withPrompt.content();
    assertTrue(text.startsWith("Private guidance for this reply."));
    String perSpec = text.substring(withPrompt.sharedPrefixLength());
    assertTrue(perSpec.contains("Tone: warm. Length: short."));
    assertTrue(perSpec.contains("keep a tenancy going"));
    assertTrue(perSpec.contains("Checks exist because failures are rare and serious."));
    assertTrue(perSpec.contains("Hiding a hazard moves risk"));
    String without = prompts.system(Stage.RESPOND, model("ab", ""));
    assertFalse(without.contains("as the operator wrote it"));
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
