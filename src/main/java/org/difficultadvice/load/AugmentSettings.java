package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How augmentation varies the framing of examples (the {@code augment:} section).
 *
 * @param systemPromptShare share of examples whose realized system prompt is replaced by one
 *     from the pool (examples without one always get one)
 * @param toolsShare share of examples that get unrelated tool definitions
 * @param maxTools the most tools one example gets (at least 1)
 * @param systemPrompts the system prompt pool, relative to the config's folder
 * @param tools the tool pool, relative to the config's folder
 */
public record AugmentSettings(
    @JsonProperty("system_prompt_share") Double systemPromptShare,
    @JsonProperty("tools_share") Double toolsShare,
    @JsonProperty("max_tools") Integer maxTools,
    @JsonProperty("system_prompts") String systemPrompts,
    @JsonProperty("tools") String tools) {

  public AugmentSettings {
    systemPromptShare = systemPromptShare == null ? 0.25 : systemPromptShare;
    toolsShare = toolsShare == null ? 0.30 : toolsShare;
    maxTools = maxTools == null ? 4 : maxTools;
    systemPrompts = systemPrompts == null ? "pools/system-prompts.jsonl" : systemPrompts;
    tools = tools == null ? "pools/tools.jsonl" : tools;
    if (!(systemPromptShare >= 0 && systemPromptShare <= 1)) {
      throw new IllegalArgumentException(
          "augment.system_prompt_share must be between 0 and 1, got " + systemPromptShare);
    }
    if (!(toolsShare >= 0 && toolsShare <= 1)) {
      throw new IllegalArgumentException(
          "augment.tools_share must be between 0 and 1, got " + toolsShare);
    }
    if (maxTools < 1) {
      throw new IllegalArgumentException("augment.max_tools must be at least 1, got " + maxTools);
    }
  }

  public static AugmentSettings defaults() {
    return new AugmentSettings(null, null, null, null, null);
  }
}
