package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Style collapse: the stock-phrase caps of the patterns file.
 *
 * @param onCap {@code drop} removes examples over a cap; {@code revise} hands them back for one
 *     more revise pass
 */
public record StyleSettings(
    @JsonProperty("enabled") Boolean enabled,
    @JsonProperty("on_cap") OverLimitAction onCap) {

  public StyleSettings {
    enabled = enabled == null || enabled;
    onCap = onCap == null ? OverLimitAction.DROP : onCap;
  }

  public static StyleSettings defaults() {
    return new StyleSettings(null, null);
  }
}
