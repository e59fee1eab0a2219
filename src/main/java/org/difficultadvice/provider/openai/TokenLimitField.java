package org.difficultadvice.provider.openai;

import okhttp3.HttpUrl;

/**
 * Which request field carries the answer's token limit. OpenAI deprecated {@code max_tokens} in
 * favour of {@code max_completion_tokens} and its reasoning models (o-series, GPT-5) reject the old
 * name; but compatible servers document only {@code max_tokens} (Ollama) or gained the new name
 * only recently (llama.cpp server, February 2026), and a server that ignores an unknown field would
 * silently generate without a limit. So: the new field for OpenAI's own API, the old one everywhere
 * else, and a way to choose (Azure OpenAI with a reasoning model wants the new one).
 */
public enum TokenLimitField {
  MAX_TOKENS,
  MAX_COMPLETION_TOKENS;

  private static final String OPENAI_HOST = "api.openai.com";

  /** The field that works for the server at {@code baseUrl}. */
  public static TokenLimitField forBaseUrl(HttpUrl baseUrl) {
    return baseUrl.host().equals(OPENAI_HOST) ? MAX_COMPLETION_TOKENS : MAX_TOKENS;
  }
}
