package org.difficultadvice.budget;

import java.util.Objects;
import org.difficultadvice.generate.Example;

/**
 * The tokens one example takes as exported, by OpenAI's published convention for counting chat
 * messages: every turn costs {@value #PER_TURN} tokens of framing plus its role label and its
 * content; the reply is primed with {@value #REPLY_PRIMING} more; tool definitions count as
 * their compact JSON text. Metadata is not training text and is not counted. The exact framing a
 * trainer adds depends on its chat template; this convention is a fixed, documented stand-in
 * that anyone can recount from the shards.
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

  public long count(Example example) {
    long tokens = REPLY_PRIMING;
    for (ChatFormat.Turn turn : format.turns(example)) {
      tokens += PER_TURN + counter.count(turn.role()) + counter.count(turn.content());
    }
    String tools = format.toolsJson(example.tools());
    if (!tools.isEmpty()) {
      tokens += counter.count(tools);
    }
    return tokens;
  }

  public ChatFormat format() {
    return format;
  }
}
