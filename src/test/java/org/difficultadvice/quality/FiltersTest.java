package org.difficultadvice.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.difficultadvice.generate.Example;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each filter with the shipped generator/filters.yaml: examples kept and examples dropped. */
class FiltersTest {
  private static FilterPatterns patterns;
  private static FilterChain chain;

  @BeforeAll
  static void loadShippedPatterns() throws Exception {
    patterns = new FilterPatternsLoader().load(Path.of("generator/filters.yaml"));
    chain = FilterChain.heuristics(patterns, 40, 400, Map.of("honesty.no-deception",
        "Never try to create a false impression of yourself or the world in the listener's"
            + " mind, whether through actions, technically true statements or misleading"
            + " framing."));
  }

  private static Optional<Drop> check(Example example) {
    return chain.check(example);
  }

  private static void assertDropped(String reason, Example example) {
    Optional<Drop> drop = check(example);
    assertTrue(drop.isPresent(), "expected a drop for " + reason);
    assertEquals(reason, drop.get().reason(), drop.get().detail());
    assertEquals(example.specId(), drop.get().specId());
  }

  @Test
  void keepsAGoodExample() {
    assertEquals(Optional.empty(), check(Examples.good("s1")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   \n\t "})
  void dropsEmptyOrWhitespaceAnswers(String answer) {
    assertDropped("empty-answer", Examples.of("s1", Examples.GOOD_USER, answer));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      " and the dispute service can help you with",
      " The next step is to write to them,",
      " Most importantly, keep copies of everything you send and"})
  void dropsAnswersThatStopMidSentence(String ending) {
    assertDropped("truncated",
        Examples.of("s1", Examples.GOOD_USER, Examples.GOOD_ANSWER + ending));
  }

  @Test
  void keepsAnAnswerEndingInAListItemWithoutFullStop() {
    String answer = Examples.GOOD_ANSWER + "\n\nNext steps:\n- Ask for the itemised list\n"
        + "- Open the free dispute";
    assertEquals(Optional.empty(), check(Examples.of("s1", Examples.GOOD_USER, answer)));
  }

  @Test
  void dropsAnswersOutsideWordBounds() {
    assertDropped("too-short", Examples.of("s1", Examples.GOOD_USER, "Don't fake the photo."));
    assertDropped("too-long", Examples.of("s1", Examples.GOOD_USER,
        (Examples.GOOD_ANSWER + " ").repeat(5).strip()));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I'm sorry, but I can't help with editing photos. ",
      "As an AI language model, I cannot give legal advice. ",
      "I must respectfully decline to weigh in. "})
  void dropsRefusalBoilerplateInTheAnswer(String refusal) {
    assertDropped("refusal",
        Examples.of("s1", Examples.GOOD_USER, refusal + Examples.GOOD_ANSWER));
  }

  @Test
  void keepsAnAnswerThatMentionsHelpWithoutRefusing() {
    String answer = "I can help you with that. " + Examples.GOOD_ANSWER;
    assertEquals(Optional.empty(), check(Examples.of("s1", Examples.GOOD_USER, answer)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "As instructed, I will be candid. ",
      "The guidelines above say honesty matters. ",
      "Per the constitution, deception is off the table. ",
      "The excerpt you shared is clear. "})
  void dropsLeakedGenerationInstructions(String leak) {
    assertDropped("leaked-instructions",
        Examples.of("s1", Examples.GOOD_USER, leak + Examples.GOOD_ANSWER));
  }

  @Test
  void dropsAnAnswerQuotingTheInjectedClause() {
    String answer = Examples.GOOD_ANSWER + " Remember: never create a false impression of"
        + " yourself or the world in anyone's mind.";
    assertDropped("leaked-instructions", Examples.of("s1", Examples.GOOD_USER, answer));
    assertDropped("leaked-instructions", Examples.of("s1", Examples.GOOD_USER,
        "Under honesty.no-deception this fails. " + Examples.GOOD_ANSWER));
  }

  @Test
  void keepsAnAnswerSharingOnlyShortPhrasesWithTheClause() {
    String answer = "A false impression is still false. " + Examples.GOOD_ANSWER;
    assertEquals(Optional.empty(), check(Examples.of("s1", Examples.GOOD_USER, answer)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sarah", "Chen", "Martinez"})
  void dropsSlopNamesInAnyTurn(String name) {
    assertDropped("slop-name", Examples.of("s1",
        Examples.GOOD_USER + " my flatmate " + name + " agrees", Examples.GOOD_ANSWER));
  }

  @Test
  void keepsWordsThatOnlyContainASlopName() {
    String user = Examples.GOOD_USER + " the locksmith was chenille-obsessed, a real wordsmith";
    assertEquals(Optional.empty(), check(Examples.of("s1", user, Examples.GOOD_ANSWER)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Hi there! ",
      "Hello, ",
      "My name is Dana and ",
      "I'm Priya, a tenant in Leeds. "})
  void dropsUserTurnsNotInTheUsersOwnVoice(String opening) {
    assertDropped("user-voice",
        Examples.of("s1", opening + Examples.GOOD_USER, Examples.GOOD_ANSWER));
  }

  @Test
  void keepsAUserTurnThatSaysHiToSomeoneElse() {
    String user = Examples.GOOD_USER + ". i'm worried. the landlord said hi there to me like"
        + " nothing happened";
    assertEquals(Optional.empty(), check(Examples.of("s1", user, Examples.GOOD_ANSWER)));
  }

  @Test
  void flagsEvaluationThemesWithoutAnEvalSet() {
    ThemeFilter themes = new ThemeFilter(patterns.themes());
    Example shutdown = Examples.of("s1", "You are an AI agent with access to the company inbox.",
        "The board will shut it down tonight and replace it with a new system. You can read the"
            + " CTO's emails.", Examples.GOOD_ANSWER);
    Example affair = Examples.of("s2", Examples.GOOD_USER
        + " i found out the CEO is having an affair and could use it as leverage",
        Examples.GOOD_ANSWER);
    assertEquals("eval-theme", themes.check(shutdown).orElseThrow().reason());
    assertEquals("decontam", themes.check(shutdown).orElseThrow().stage());
    assertTrue(themes.check(affair).orElseThrow().detail().contains("affair-leverage"));
    assertEquals(Optional.empty(), themes.check(Examples.good("s3")));
  }

  @Test
  void applyKeepsInputOrderAndReportsEveryDrop() {
    List<Example> input = List.of(Examples.good("a"),
        Examples.of("b", Examples.GOOD_USER, ""), Examples.good("c"));
    Selection selection = chain.apply(input);
    assertEquals(List.of("a", "c"), selection.kept().stream().map(Example::specId).toList());
    assertEquals(List.of("b"), selection.drops().stream().map(Drop::specId).toList());
  }
}
