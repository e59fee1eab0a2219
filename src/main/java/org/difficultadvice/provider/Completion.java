package org.difficultadvice.provider;

import java.util.Objects;

/**
 * A model's answer.
 *
 * @param text the answer; for a structured-output request, the JSON object's text
 * @param model the model that answered, as the API named it
 * @param requestId the API's request id, or empty when it gave none
 */
public record Completion(
    String text, FinishReason finishReason, Usage usage, String model, String requestId) {
  public Completion {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(finishReason, "finishReason");
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(requestId, "requestId");
  }

  public boolean truncated() {
    return finishReason == FinishReason.LENGTH;
  }
}
