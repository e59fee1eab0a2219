package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The optional judge stage. Off by default: it adds a model call per example. */
public record JudgeSettings(
    @JsonProperty("enabled") Boolean enabled,
    @JsonProperty("threshold") Double threshold) {

  public JudgeSettings {
    enabled = enabled != null && enabled;
    threshold = threshold == null ? 3.5 : threshold;
  }

  public static JudgeSettings defaults() {
    return new JudgeSettings(null, null);
  }
}
