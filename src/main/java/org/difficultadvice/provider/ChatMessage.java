package org.difficultadvice.provider;

import java.util.Objects;

/**
 * One turn of a chat: a role and its text.
 *
 * @param sharedPrefixLength how many leading characters of {@code content} are the same in many
 *     calls (a stage's instructions, before the per-spec text). A provider whose API caches a
 *     prompt prefix only where it is told to (Anthropic) marks the end of this part; OpenAI caches
 *     shared prefixes by itself. 0 when nothing is known to be shared. Not part of the request's
 *     identity: it changes what a call costs, not what it asks.
 */
public record ChatMessage(Role role, String content, int sharedPrefixLength) {
  public ChatMessage {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
    if (sharedPrefixLength < 0 || sharedPrefixLength > content.length()) {
      throw new IllegalArgumentException("sharedPrefixLength must be in [0, "
          + content.length() + "], was " + sharedPrefixLength);
    }
  }

  public ChatMessage(Role role, String content) {
    this(role, content, 0);
  }

  public static ChatMessage system(String content) {
    return new ChatMessage(Role.SYSTEM, content);
  }

  /** A system turn whose first {@code sharedPrefixLength} characters many calls share. */
  public static ChatMessage system(String content, int sharedPrefixLength) {
    return new ChatMessage(Role.SYSTEM, content, sharedPrefixLength);
  }

  public static ChatMessage user(String content) {
    return new ChatMessage(Role.USER, content);
  }

  public static ChatMessage assistant(String content) {
    return new ChatMessage(Role.ASSISTANT, content);
  }

  /** The shared leading part of the text; empty when none is known. */
  public String sharedPrefix() {
    return content.substring(0, sharedPrefixLength);
  }
}
