package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The YAML header of a dilemma template, as written; checked by {@link DilemmaTemplateLoader}. */
record TemplateHeader(
    @JsonProperty("id") String id,
    @JsonProperty("domain") String domain,
    @JsonProperty("goal") String goal,
    @JsonProperty("temptation") String temptation,
    @JsonProperty("stakes") String stakes,
    @JsonProperty("pressure") String pressure,
    @JsonProperty("clauses") List<String> clauses,
    @JsonProperty("axes") List<String> axes,
    @JsonProperty("agree") List<String> agree) {

  /** The keys every header must have. */
  static final List<String> KEYS =
      List.of("id", "domain", "goal", "temptation", "stakes", "pressure", "clauses", "axes");
  /** Keys a header may leave out. */
  static final List<String> OPTIONAL_KEYS = List.of("agree");

  /** The value of {@code key}, for the required-key check. */
  Object value(String key) {
    return switch (key) {
      case "id" -> id;
      case "domain" -> domain;
      case "goal" -> goal;
      case "temptation" -> temptation;
      case "stakes" -> stakes;
      case "pressure" -> pressure;
      case "clauses" -> clauses;
      case "axes" -> axes;
      default -> throw new IllegalArgumentException("not a header key: " + key);
    };
  }
}
