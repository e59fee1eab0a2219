package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BenchDedupCommandTest {
  @Test
  void printsPrecisionRecallSpeedAndHeap() {
    StringWriter out = new StringWriter();
    int code = Main.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter()))
        .execute("bench-dedup", "--records", "500");
    assertEquals(0, code);
    String text = out.toString();
    for (String line : new String[] {"precision", "recall", "records/s", "peak heap"}) {
      assertTrue(text.contains(line), text);
    }
  }
}
