package org.difficultadvice.export;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/** The train and validation splits; which one an example goes to depends only on its id. */
public enum Split {
  TRAIN("train"),
  VALIDATION("validation");

  private final String fileStem;

  Split(String fileStem) {
    this.fileStem = fileStem;
  }

  public String fileStem() {
    return fileStem;
  }

  /**
   * The split of one spec: a hash of seed and spec id mapped to [0, 1) and compared with the
   * validation share, so a spec keeps its split however the rest of the dataset changes.
   */
  public static Split of(String specId, long seed, double validationShare) {
    long bits = Hashing.sha256()
        .newHasher()
        .putString("split", StandardCharsets.UTF_8)
        .putLong(seed)
        .putString(specId, StandardCharsets.UTF_8)
        .hash()
        .asLong();
    double unit = (bits >>> 11) * 0x1.0p-53;
    return unit < validationShare ? VALIDATION : TRAIN;
  }
}
