package org.difficultadvice.budget;

import java.util.List;
import java.util.Objects;
import org.difficultadvice.generate.Example;

/**
 * The tokens one example takes as exported, by OpenAI's published convention for counting chat
 * messages: every turn costs {@value #PER_TURN} tokens of framing plus its role label and its
 * content; the reply is primed with {@value #REPLY_PRIMING} more; tool definitions count as
 * their compact JSON text. Metadata is not training text and is not counted. The exact framing a
 * trainer adds depends on its chat template; this convention is a fixed, documented stand-in
 * that anyone can recount from the shards.
 *
 * <p>This is the one definition of a record's tokens: the budget counts examples with it and
 * carries the counts to the export ({@link CountedExample}), and {@code audit} counts any chat
 * file's records with {@link #of} (so the manifest and an audit of the same shards agree to the
 * token).
 */
public final class ExampleTokens {
  public static final int PER_TURN = 3;
  public static final int REPLY_PRIMING = 3;

  private final TokenCounter counter;
  private final ChatFormat format;

  public ExampleTokens(TokenCounter counter, ChatFormat format) {
    this.counter = Objects.requireNonNull(counter, "counter");
    this.format = Objects.requireNonNull(format, "format");
  }

  /** How the tokens are counted, in words, as the manifest and the audit report state it. */
  public static final String DEFINITION = "per example: " + REPLY_PRIMING
      + " (reply priming) + per turn " + PER_TURN
      + " + tokens(role label) + tokens(content); + tokens(compact tools JSON) when tools are"
      + " attached; metadata not counted; a text record ({\"text\": ...}): tokens(text)"
      + " alone";

  public long count(Example example) {
    return breakdown(example).total();
  }

  public TokenBreakdown breakdown(Example example) {
    if (format == ChatFormat.TEXT) {
      // A document has no turns to frame; audit counts a text record the same way.
      return new TokenBreakdown(counter.count(example.assistantMessage()), 0, 0);
    }
    return of(counter, format.turns(example), format.toolsJson(example.tools()));
  }

  /**
   * The tokens of a chat as written.
   *
   * @param turns each turn's role label as written in the file and its content
   * @param toolsJson the compact JSON of the tool definitions, or empty when there are none
   */
  public static TokenBreakdown of(TokenCounter counter, List<ChatFormat.Turn> turns,
      String toolsJson) {
    return of(counter, turns, toolsJson, new int[turns.size()]);
  }

  /** As {@link #of(TokenCounter, List, String)}, also writing each turn's content tokens. */
  public static TokenBreakdown of(TokenCounter counter, List<ChatFormat.Turn> turns,
      String toolsJson, int[] contentPerTurn) {
    long content = 0;
    long framing = REPLY_PRIMING;
    for (int i = 0; i < turns.size(); i++) {
      ChatFormat.Turn turn = turns.get(i);
      framing += PER_TURN + counter.count(turn.role());
      contentPerTurn[i] = counter.count(turn.content());
      content += contentPerTurn[i];
    }
    long tools = toolsJson.isEmpty() ? 0 : counter.count(toolsJson);
    return new TokenBreakdown(content, tools, framing);
  }

  public ChatFormat format() {
    return format;
  }
}
