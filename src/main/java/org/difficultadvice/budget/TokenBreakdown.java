package org.difficultadvice.budget;

/**
 * The tokens of one example or of many, by where they are: turn contents, tool definitions, and
 * framing (the per-turn overhead, role labels and reply priming of {@link ExampleTokens}).
 */
public record TokenBreakdown(long content, long tools, long framing)
    implements java.io.Serializable {
  public static final TokenBreakdown NONE = new TokenBreakdown(0, 0, 0);

  public TokenBreakdown {
    if (content < 0 || tools < 0 || framing < 0) {
      throw new IllegalArgumentException(
          "token counts cannot be negative: " + content + ", " + tools + ", " + framing);
    }
  }

  public long total() {
    return content + tools + framing;
  }

  public TokenBreakdown plus(TokenBreakdown other) {
    return new TokenBreakdown(
        content + other.content, tools + other.tools, framing + other.framing);
  }
}
