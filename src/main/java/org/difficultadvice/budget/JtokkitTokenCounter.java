package org.difficultadvice.budget;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.Objects;

/**
 * OpenAI's byte-pair encodings through JTokkit. Special-token strings such as
 * {@code <|endoftext|>} in the text are counted as ordinary text, as a trainer that tokenizes
 * the content without special handling would.
 */
public final class JtokkitTokenCounter implements TokenCounter {
  private final Encoding encoding;

  private JtokkitTokenCounter(Encoding encoding) {
    this.encoding = encoding;
  }

  public static JtokkitTokenCounter of(EncodingType type) {
    Objects.requireNonNull(type, "type");
    return new JtokkitTokenCounter(Encodings.newDefaultEncodingRegistry().getEncoding(type));
  }

  public static JtokkitTokenCounter o200kBase() {
    return of(EncodingType.O200K_BASE);
  }

  public static JtokkitTokenCounter cl100kBase() {
    return of(EncodingType.CL100K_BASE);
  }

  @Override
  public int count(String text) {
    return encoding.countTokensOrdinary(text);
  }

  @Override
  public String toString() {
    return encoding.getName();
  }
}
