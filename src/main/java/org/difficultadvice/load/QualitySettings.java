package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The quality stages between generation and budgeting, each switchable. YAML section
 * {@code quality:}.
 *
 * @param patterns the editable patterns file, relative to the config's folder
 */
public record QualitySettings(
    @JsonProperty("patterns") String patterns,
    @JsonProperty("filter") FilterSettings filter,
    @JsonProperty("decontam") DecontamSettings decontam,
    @JsonProperty("dedup") DedupSettings dedup,
    @JsonProperty("style") StyleSettings style) {

  public QualitySettings {
    patterns = patterns == null ? "filters.yaml" : patterns;
    filter = filter == null ? FilterSettings.defaults() : filter;
    decontam = decontam == null ? DecontamSettings.defaults() : decontam;
    dedup = dedup == null ? DedupSettings.defaults() : dedup;
    style = style == null ? StyleSettings.defaults() : style;
  }

  public static QualitySettings defaults() {
    return new QualitySettings(null, null, null, null, null);
  }
}
