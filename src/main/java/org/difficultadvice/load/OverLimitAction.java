package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What happens to an example a quality check rejects: dropped, or revised once more. */
public enum OverLimitAction {
  @JsonProperty("drop") DROP,
  @JsonProperty("revise") REVISE
}
