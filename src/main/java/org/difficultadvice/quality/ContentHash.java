package org.difficultadvice.quality;

import com.google.common.hash.HashCode;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/** The exact-duplicate key of a text: a 128-bit hash of its normalised form. */
final class ContentHash {
  private static final HashFunction HASH = Hashing.murmur3_128(0x5eed);

  private ContentHash() {}

  public static HashCode of(String text) {
    return ofWords(TextNormalizer.words(text));
  }

  /** The hash of already-normalised words. */
  public static HashCode ofWords(java.util.List<String> words) {
    return HASH.hashString(String.join(" ", words), StandardCharsets.UTF_8);
  }
}
