package org.difficultadvice.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MinHashTest {
  @Test
  void normalisesCasePunctuationAndWhitespace() {
    assertEquals(List.of("dont", "panic"), TextNormalizer.words("Don't PANIC."));
    assertEquals("dont panic its fine 42",
        TextNormalizer.normalize("  DON'T   panic -- it\u2019s, \"fine\"!\n42 "));
    assertEquals(ContentHash.of("Hello, World"), ContentHash.of("hello world!"));
  }

  @Test
  void estimatesJaccardWithinSamplingError() {
    Shingles a = Shingles.fromUnsorted(java.util.stream.LongStream.range(0, 1000).toArray());
    Shingles b = Shingles.fromUnsorted(java.util.stream.LongStream.range(250, 1250).toArray());
    assertEquals(0.6, a.jaccard(b), 1e-9);
    MinHasher hasher = new MinHasher(256, 1);
    double estimate = hasher.signature(a).estimatedJaccard(hasher.signature(b));
    assertEquals(0.6, estimate, 0.1); // 3 standard errors at 256 permutations
  }

  @Test
  void sameSeedGivesSameSignature() {
    Shingles s = Shingles.of("one two three four five six seven", 5);
    assertEquals(new MinHasher(128, 9).signature(s), new MinHasher(128, 9).signature(s));
  }

  /**
   * Regression (issue 15): only the low 32 bits of a shingle were permuted, so two different
   * single-shingle texts whose hashes agree there had identical signatures (estimate 1.0). On a
   * million short records that made 112 false pairs.
   */
  @Test
  void shinglesThatAgreeInTheirLow32BitsGetDifferentSignatures() {
    Shingles a = Shingles.fromUnsorted(new long[] {0x0000_0001_dead_beefL});
    Shingles b = Shingles.fromUnsorted(new long[] {0x0000_0002_dead_beefL});
    MinHasher hasher = new MinHasher(128);
    assertEquals(0.0, hasher.signature(a).estimatedJaccard(hasher.signature(b)));
  }

  @Test
  void choosesThirtyTwoBandsOfFourForPointEight() {
    assertArrayEquals(new int[] {32, 4}, LshIndex.bandsAndRows(128, 0.8));
  }

  @Test
  void indexReturnsRecordsSharingABand() {
    MinHasher hasher = new MinHasher(128);
    LshIndex<String> index = new LshIndex<>(32, 4);
    String text = "the quick brown fox jumps over the lazy dog near the river bank today";
    index.add("same", hasher.signature(Shingles.of(text, 5)));
    index.add("other", hasher.signature(Shingles.of("completely unrelated words here now", 5)));
    int[] found = index.candidates(hasher.signature(Shingles.of(text + " again", 5)));
    assertArrayEquals(new int[] {0}, found);
    assertTrue(index.size() == 2);
  }
}
