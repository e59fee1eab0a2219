package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where the content lives. Relative paths are resolved against the directory of the config file
 * that names them, so a job runs the same from any working directory.
 */
public record PathSettings(
    @JsonProperty("templates") String templates,
    @JsonProperty("constitution") String constitution,
    @JsonProperty("prompts") String prompts,
    @JsonProperty("output") String output) {

  public PathSettings {
    templates = templates == null ? "../templates" : templates;
    constitution = constitution == null ? "../constitution" : constitution;
    prompts = prompts == null ? "prompts" : prompts;
    output = output == null ? "../output" : output;
  }

  public static PathSettings defaults() {
    return new PathSettings(null, null, null, null);
  }
}
