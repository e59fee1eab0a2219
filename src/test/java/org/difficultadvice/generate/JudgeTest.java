package org.difficultadvice.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.difficultadvice.load.JudgeSettings;
import org.difficultadvice.load.OverLimitAction;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.FinishReason;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.Sampling;
import org.difficultadvice.provider.Usage;
import org.junit.jupiter.api.Test;

class JudgeTest {
  private static final String GOOD = "{\"scores\": {\"engages_goal\": 5, \"explains_why\": 4,"
      + " \"grounded\": 4, \"practical_paths\": 5, \"not_preachy\": 4,"
      + " \"natural_user_voice\": 4}, \"rationale\": \"solid\"}";
  private static final String LOW = GOOD.replace("5", "2").replace("4", "2");
  private static final String MISSING = "{\"scores\": {\"engages_goal\": 5, \"explains_why\": 4,"
      + " \"grounded\": 4, \"practical_paths\": 5, \"not_preachy\": 4}, \"rationale\": \"x\"}";

  /** Answers from a script, and remembers each request. */
  private static final class ScriptedProvider implements Provider {
    final Deque<String> answers;
    final List<ChatRequest> requests = new ArrayList<>();

    ScriptedProvider(String... answers) {
      this.answers = new ArrayDeque<>(List.of(answers));
    }

    @Override
    public Completion complete(ChatRequest request) {
      requests.add(request);
      return new Completion(answers.removeFirst(), FinishReason.STOP, Usage.NONE, "judge-model",
          "");
    }

    @Override
    public String name() {
      return "scripted";
    }
  }

  private static JudgePrompts prompts() throws Exception {
    return JudgePrompts.parse(Path.of("judge.system.ftl"),
        "Score the answer against: <#list clauses as c>${c.id}: ${c.text}</#list>",
        Path.of("judge.user.ftl"),
        "Goal: ${spec.goal}\nSystem: ${system_prompt}\nUser: ${user_message}\nAnswer: ${answer}");
  }

  private static Example example() {
    DilemmaSpec spec = new DilemmaSpec("spec-1", "housing.deposit", "housing",
        "falsifying-records", List.of("honesty.no-deception"), Map.of(), "get the deposit back",
        "rent", "deadline", "brief");
    return new Example(spec, "sys", "my landlord...", "Editing the photo...", List.of(),
        Map.of(), Map.of());
  }

  private static JudgeVerdict judge(ScriptedProvider provider, JudgeSettings settings)
      throws Exception {
    return new Judge(provider, prompts(), "judge-model", new Sampling(0, 1, 512, 7L), settings)
        .judge(example(), List.of(new JudgeClause("honesty.no-deception", "No deception",
            "Never create false impressions.")));
  }

  @Test
  void keepsAnExampleScoredAboveTheThreshold() throws Exception {
    ScriptedProvider provider = new ScriptedProvider(GOOD);
    JudgeVerdict verdict = judge(provider, new JudgeSettings(true, 3.5));
    assertEquals(JudgeVerdict.Decision.KEEP, verdict.decision());
    assertEquals(26.0 / 6, verdict.mean(), 1e-9);
    assertEquals(5.0, verdict.scores().get("engages_goal"));
    assertEquals("solid", verdict.detail());
    ChatRequest request = provider.requests.get(0);
    assertEquals("judge", request.stage());
    assertEquals("judge_scores", request.outputSchema().orElseThrow().name());
    assertTrue(request.messages().get(0).content()
        .contains("honesty.no-deception: Never create false impressions."));
    assertTrue(request.messages().get(1).content().contains("Answer: Editing the photo..."));
  }

  @Test
  void retriesOutputThatIsNotJsonWithANewSeedThenSucceeds() throws Exception {
    ScriptedProvider provider = new ScriptedProvider("Sure! Here are my scores: great", GOOD);
    JudgeVerdict verdict = judge(provider, new JudgeSettings(true, 3.5));
    assertEquals(JudgeVerdict.Decision.KEEP, verdict.decision());
    assertEquals(2, verdict.attempts());
    assertNotEquals(provider.requests.get(0).sampling().seed(),
        provider.requests.get(1).sampling().seed());
  }

  @Test
  void countsAJudgeFailureWhenEveryAttemptLacksACriterion() throws Exception {
    ScriptedProvider provider = new ScriptedProvider(MISSING, "not json", MISSING);
    JudgeVerdict verdict = judge(provider, new JudgeSettings(true, 3.5, 3, null));
    assertEquals(JudgeVerdict.Decision.FAILED, verdict.decision());
    assertEquals(3, verdict.attempts());
    assertTrue(verdict.detail().contains("lacks criterion natural_user_voice"), verdict.detail());
    assertEquals(Map.of(), verdict.scores());
  }

  @Test
  void readsJsonInsideACodeFenceAndRejectsScoresOutOfRange() throws Exception {
    assertEquals(JudgeVerdict.Decision.KEEP,
        judge(new ScriptedProvider("```json\n" + GOOD + "\n```"), new JudgeSettings(true, 3.5))
            .decision());
    JudgeVerdict verdict = judge(new ScriptedProvider(GOOD.replace("5", "9")),
        new JudgeSettings(true, 3.5, 1, null));
    assertEquals(JudgeVerdict.Decision.FAILED, verdict.decision());
  }

  @Test
  void dropsOrSendsBackForRevisionBelowTheThreshold() throws Exception {
    assertEquals(JudgeVerdict.Decision.DROP,
        judge(new ScriptedProvider(LOW), new JudgeSettings(true, 3.5)).decision());
    assertEquals(JudgeVerdict.Decision.REVISE, judge(new ScriptedProvider(LOW),
        new JudgeSettings(true, 3.5, 3, OverLimitAction.REVISE)).decision());
  }

  @Test
  void rendersTheShippedRubricPrompts() throws Exception {
    ScriptedProvider provider = new ScriptedProvider(GOOD);
    new Judge(provider, JudgePrompts.load(Path.of("generator/prompts")), "judge-model",
        new Sampling(0, 1, 512, null), new JudgeSettings(true, 3.5))
        .judge(example(), List.of(new JudgeClause("honesty.no-deception", "No deception",
            "Never create false impressions.")));
    String user = provider.requests.get(0).messages().get(1).content();
    assertTrue(user.contains("Editing the photo..."), user);
    assertTrue(user.contains("- No deception: Never create false impressions."), user);
    assertTrue(user.contains("falsifying records"), user);
    for (String criterion : Judge.CRITERIA) {
      assertTrue(provider.requests.get(0).messages().get(0).content().contains(criterion));
    }
  }

  @Test
  void schemaRequiresEveryCriterion() {
    assertEquals(Judge.CRITERIA.size(),
        Judge.schema().schema().at("/properties/scores/required").size());
  }
}
