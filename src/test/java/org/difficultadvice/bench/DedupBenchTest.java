package org.difficultadvice.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class DedupBenchTest {
  @Test
  void printsPrecisionRecallSpeedAndHeap() {
    StringWriter out = new StringWriter();
    DedupBench.run(500, 20260508, 0.8, new PrintWriter(out));
    String text = out.toString();
    for (String line : new String[] {"precision", "recall", "records/s", "peak heap"}) {
      assertTrue(text.contains(line), text);
    }
  }
}
