package org.difficultadvice.audit;

import com.knuddels.jtokkit.api.EncodingType;
import java.util.Locale;
import java.util.Objects;
import org.difficultadvice.budget.JtokkitTokenCounter;
import org.difficultadvice.budget.TokenCounter;

/** The budget stage's token counter under the name the audit reports it by. */
public record CountedTokens(String name, TokenCounter counter) implements TokenMeasure {
  public CountedTokens {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(counter, "counter");
  }

  /** {@code o200k_base} or {@code cl100k_base} (the encodings the export counts with). */
  public static CountedTokens named(String name) {
    EncodingType type =
        switch (name.toLowerCase(Locale.ROOT)) {
          case "o200k_base" -> EncodingType.O200K_BASE;
          case "cl100k_base" -> EncodingType.CL100K_BASE;
          default -> throw new IllegalArgumentException(
              "unknown tokenizer '" + name + "'; use o200k_base or cl100k_base");
        };
    return new CountedTokens(name.toLowerCase(Locale.ROOT), JtokkitTokenCounter.of(type));
  }

  @Override
  public int count(String text) {
    return counter.count(text);
  }
}
