package org.difficultadvice.generate;

import java.util.HashMap;
import java.util.Map;
import org.difficultadvice.provider.ChatMessage;

/**
 * The {@code ${shared_prefix_end}} mark a stage's system prompt may carry: the text before it is
 * the same for every call of the stage (instructions), the text after it is the call's own (the
 * spec, the transcript). It renders as a sentinel that is cut out again, leaving the position as
 * the message's {@link ChatMessage#sharedPrefixLength()}; a prompt without it shares nothing.
 */
final class SharedPrefixMark {
  static final String VARIABLE = "shared_prefix_end";
  /** Private-use characters: no prompt, spec or model answer is expected to contain them. */
  private static final String SENTINEL = "\uE000shared-prefix-end\uE000";

  private SharedPrefixMark() {}

  /** The data model with the mark's variable added. */
  static Map<String, Object> withVariable(Map<String, Object> model) {
    Map<String, Object> withMark = new HashMap<>(model);
    withMark.put(VARIABLE, SENTINEL);
    return withMark;
  }

  /** The rendered text without the mark, stripped of surrounding white space. */
  static String text(String rendered) {
    return rendered.replace(SENTINEL, "").strip();
  }

  /** A system turn of the rendered text, its shared prefix ending where the mark was. */
  static ChatMessage systemTurn(String rendered) {
    int mark = rendered.indexOf(SENTINEL);
    String unmarked = rendered.replace(SENTINEL, "");
    String text = unmarked.strip();
    if (mark < 0) {
      return ChatMessage.system(text);
    }
    int leading = unmarked.length() - unmarked.stripLeading().length();
    int shared = Math.max(0, Math.min(text.length(), mark - leading));
    return ChatMessage.system(text, shared);
  }
}
