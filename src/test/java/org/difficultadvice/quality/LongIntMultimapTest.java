package org.difficultadvice.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongIntMultimapTest {
  @Test
  void keepsEveryValueOfEveryKeyAcrossGrowth() {
    LongIntMultimap map = new LongIntMultimap();
    for (int i = 0; i < 50_000; i++) {
      map.put(i * 1024L, i); // keys that share their low bits, so probing is exercised
      map.put(i * 1024L, -i);
    }
    for (int i = 0; i < 50_000; i += 997) {
      List<Integer> values = new ArrayList<>();
      map.forEach(i * 1024L, values::add);
      assertEquals(List.of(-i, i), values);
    }
    List<Integer> none = new ArrayList<>();
    map.forEach(7L, none::add);
    assertEquals(List.of(), none);
  }
}
