package org.difficultadvice.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ApiErrorBodyTest {
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void readsOpenAiErrors() {
    ApiErrorBody error =
        ApiErrorBody.parse(
            mapper,
            "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\","
                + "\"param\":null,\"code\":\"rate_limit_exceeded\"}}");
    assertEquals(new ApiErrorBody("requests", "rate_limit_exceeded", "Rate limit reached"), error);
    assertFalse(error.quotaExhausted());
  }

  @Test
  void readsAnthropicErrorsAndTheirFinerCode() {
    ApiErrorBody error =
        ApiErrorBody.parse(
            mapper,
            "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"cap\","
                + "\"details\":{\"error_code\":\"enforced_spend_limit_reached\"}},"
                + "\"request_id\":\"req_1\"}");
    assertEquals("rate_limit_error: cap", error.summary());
    assertTrue(error.quotaExhausted());
  }

  @Test
  void readsATopLevelMessageAsOlderVllmSendsIt() {
    assertEquals(
        "BadRequestError: model not found",
        ApiErrorBody.parse(
                mapper,
                "{\"object\":\"error\",\"message\":\"model not found\","
                    + "\"type\":\"BadRequestError\",\"code\":400}")
            .summary());
  }

  @Test
  void readsAPlainStringError() {
    assertEquals(
        "model \"x\" not found",
        ApiErrorBody.parse(mapper, "{\"error\":\"model \\\"x\\\" not found\"}").summary());
  }

  @Test
  void keepsTheStartOfAnHtmlPage() {
    ApiErrorBody error = ApiErrorBody.parse(mapper, "<html>" + "x".repeat(2000));
    assertTrue(error.summary().startsWith("<html>xxx"));
    assertEquals(
        ApiErrorBody.MAX_MESSAGE_CHARS + "...(truncated)".length(), error.summary().length());
  }

  @Test
  void anEmptyBodyGivesAnEmptySummary() {
    assertEquals("", ApiErrorBody.parse(mapper, "").summary());
  }
}
