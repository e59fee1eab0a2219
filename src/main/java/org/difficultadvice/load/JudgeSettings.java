package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The optional judge stage. Off by default: it adds a model call per example.
 *
 * @param threshold the mean score (1 to 5) an example needs to be kept
 * @param attempts judge calls per example before unusable output counts as a judge failure
 * @param belowThreshold {@code drop}, or {@code revise}: one more revise pass, then judged again
 */
public record JudgeSettings(
    @JsonProperty("enabled") Boolean enabled,
    @JsonProperty("threshold") Double threshold,
    @JsonProperty("attempts") Integer attempts,
    @JsonProperty("below_threshold") OverLimitAction belowThreshold) {

  public JudgeSettings {
    enabled = enabled != null && enabled;
    threshold = threshold == null ? 3.5 : threshold;
    attempts = attempts == null ? 3 : attempts;
    belowThreshold = belowThreshold == null ? OverLimitAction.DROP : belowThreshold;
    if (attempts < 1) {
      throw new IllegalArgumentException("judge attempts must be at least 1, was " + attempts);
    }
  }

  /** The original two-field form, kept so existing callers compile. */
  public JudgeSettings(Boolean enabled, Double threshold) {
    this(enabled, threshold, null, null);
  }

  public static JudgeSettings defaults() {
    return new JudgeSettings(null, null, null, null);
  }
}
