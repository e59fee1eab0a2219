package org.difficultadvice.provider;

import java.util.Objects;

/**
 * A model's answer.
 *
 * @param text the answer; for a structured-output request, the JSON object's text
 * @param model the model that answered, as the API named it
 * @param requestId the API's request id, or empty when it gave none
 * @param rateLimits what the server said of its rate limits when it answered; the engine paces
 *     by it. Not part of the answer: the run store does not keep it, and equality ignores it.
 */
public record Completion(
    String text, FinishReason finishReason, Usage usage, String model, String requestId,
    RateLimitHeaders rateLimits) {
  public Completion {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(finishReason, "finishReason");
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(rateLimits, "rateLimits");
  }

  public Completion(
      String text, FinishReason finishReason, Usage usage, String model, String requestId) {
    this(text, finishReason, usage, model, requestId, RateLimitHeaders.NONE);
  }

  /** The same answer, whatever the server's rate-limit state was when it sent it. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Completion that
        && text.equals(that.text) && finishReason == that.finishReason
        && usage.equals(that.usage) && model.equals(that.model)
        && requestId.equals(that.requestId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, finishReason, usage, model, requestId);
  }

  public boolean truncated() {
    return finishReason == FinishReason.LENGTH;
  }
}
