package org.difficultadvice.provider;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether the model reasons before it answers, as OpenAI's o-series (o1, o3, o4-mini...) and
 * GPT-5 family do. Such a model rejects {@code temperature} and {@code top_p} other than their
 * defaults, takes its limit only as {@code max_completion_tokens}, and spends part of that limit
 * on reasoning it bills as output. Written {@code auto}, {@code true} or {@code false} in the
 * config ({@code provider.reasoning}).
 */
public enum Reasoning {
  /** Decided by the model's name: see {@link #isReasoningModelName}. */
  AUTO,
  ON,
  OFF;

  /**
   * o1, o1-mini, o3-pro, o4-mini, gpt-5, gpt-5-mini, gpt-5.1..., after any routing prefix such as
   * {@code openai/}. Not gpt-4o, not gpt-oss (served by vLLM or Ollama, which take a temperature),
   * not a name that merely starts with "o" (orca-mini).
   */
  private static final Pattern OPENAI_REASONING = Pattern.compile("^(o\\d+(-.*)?|gpt-5.*)$");

  public boolean appliesTo(String model) {
    return switch (this) {
      case ON -> true;
      case OFF -> false;
      case AUTO -> isReasoningModelName(model);
    };
  }

  static boolean isReasoningModelName(String model) {
    String name = model.toLowerCase(Locale.ROOT);
    return OPENAI_REASONING.matcher(name.substring(name.lastIndexOf('/') + 1)).matches();
  }

  /** Reads {@code auto}, {@code true} or {@code false} (YAML booleans arrive as their text). */
  @JsonCreator
  public static Reasoning parse(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "auto" -> AUTO;
      case "true", "on", "yes" -> ON;
      case "false", "off", "no" -> OFF;
      default -> throw new IllegalArgumentException(
          "reasoning must be auto, true or false, was '" + text + "'");
    };
  }

  @JsonValue
  public String configText() {
    return switch (this) {
      case AUTO -> "auto";
      case ON -> "true";
      case OFF -> "false";
    };
  }
}
