package org.difficultadvice.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiKeyTest {
  private static final String SECRET = "sk-test-4f9c2e1d";

  @Test
  void readsTheNamedVariable() throws Exception {
    ApiKey key = ApiKey.fromEnvironment("OPENAI_API_KEY", Map.of("OPENAI_API_KEY", SECRET));
    assertEquals("OPENAI_API_KEY", key.variable());
    assertEquals(SECRET, key.secret());
  }

  @Test
  void missingKeyNamesTheVariableAndHowToSetIt() {
    MissingApiKeyException e =
        assertThrows(
            MissingApiKeyException.class,
            () -> ApiKey.fromEnvironment("ANTHROPIC_API_KEY", Map.of("OTHER", "x")));
    assertEquals("ANTHROPIC_API_KEY", e.variable());
    assertEquals(
        "ANTHROPIC_API_KEY is not set; export ANTHROPIC_API_KEY=<your key> or name another"
            + " variable with --api-key-env",
        e.getMessage());
  }

  @Test
  void blankKeyCountsAsMissing() {
    assertThrows(
        MissingApiKeyException.class,
        () -> ApiKey.fromEnvironment("MY_KEY", Map.of("MY_KEY", "  \n")));
  }

  @Test
  void aKeyNoHeaderCanCarryIsRejectedWithoutQuotingIt() {
    MissingApiKeyException e =
        assertThrows(
            MissingApiKeyException.class,
            () -> ApiKey.fromEnvironment("K", Map.of("K", "sk-caf\u00e9-secret")));
    assertTrue(e.getMessage().startsWith("K holds a character an HTTP header cannot carry"));
    assertFalse(e.getMessage().contains("secret"), e.getMessage());
  }

  @Test
  void optionalKeyIsEmptyWhenUnset() throws Exception {
    assertTrue(ApiKey.optionalFromEnvironment("OPENAI_API_KEY", Map.of()).isEmpty());
  }

  @Test
  void surroundingWhitespaceIsNotPartOfTheKey() throws Exception {
    ApiKey key = ApiKey.fromEnvironment("K", Map.of("K", " " + SECRET + "\n"));
    assertEquals(SECRET, key.secret());
  }

  @Test
  void toStringNamesTheVariableButHidesTheValue() throws Exception {
    ApiKey key = ApiKey.fromEnvironment("OPENAI_API_KEY", Map.of("OPENAI_API_KEY", SECRET));
    assertEquals("ApiKey[OPENAI_API_KEY=***]", key.toString());
    assertFalse(key.toString().contains(SECRET));
  }

  @Test
  void redactsTheValueFromText() throws Exception {
    ApiKey key = ApiKey.fromEnvironment("K", Map.of("K", SECRET));
    assertEquals(
        "bad key *** (was ***)", key.redact("bad key " + SECRET + " (was " + SECRET + ")"));
  }

  @Test
  void rejectsAVariableNameThatCannotExist() {
    assertThrows(
        IllegalArgumentException.class, () -> ApiKey.optionalFromEnvironment("MY-KEY", Map.of()));
  }
}
