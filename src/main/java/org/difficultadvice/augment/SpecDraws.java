package org.difficultadvice.augment;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * Pseudo-random draws that depend only on the seed, the spec id and what the draw is for, so
 * an example is augmented the same way whatever else is in the run and in whatever order.
 */
final class SpecDraws {
  private final long seed;
  private final String specId;

  SpecDraws(long seed, String specId) {
    this.seed = seed;
    this.specId = specId;
  }

  /** A uniform number in [0, 1) for {@code purpose}. */
  double unit(String purpose) {
    return (bits(purpose, 0) >>> 11) * 0x1.0p-53;
  }

  /** A uniform index in [0, bound) for {@code purpose}. */
  int index(String purpose, int bound) {
    return (int) Math.floorMod(bits(purpose, 0), (long) bound);
  }

  /** A number for {@code purpose} and {@code item}, to rank items in a per-spec order. */
  long rank(String purpose, int item) {
    return bits(purpose, item);
  }

  private long bits(String purpose, int item) {
    Hasher hasher = Hashing.sha256().newHasher();
    hasher.putLong(seed);
    hasher.putString(purpose, StandardCharsets.UTF_8);
    hasher.putInt(item);
    hasher.putString(specId, StandardCharsets.UTF_8);
    return hasher.hash().asLong();
  }
}
