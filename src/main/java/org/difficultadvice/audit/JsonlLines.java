package org.difficultadvice.audit;

import com.google.common.io.CountingInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;

/**
 * Streams the lines of a plain or gzipped JSONL file without holding more than one line, and
 * says how far through the stored bytes it is (for progress on compressed files too).
 */
public final class JsonlLines {
  private static final int BUFFER = 1 << 16;

  private JsonlLines() {}

  /** Visits every line, blank ones included (a blank line is a schema error, not skipped). */
  public static void read(InputFile file, LineVisitor visitor) throws IOException {
    try (CountingInputStream counted =
            new CountingInputStream(Files.newInputStream(file.path()));
        InputStream raw = file.gzipped() ? new GZIPInputStream(counted, BUFFER) : counted;
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), BUFFER)) {
      long line = 0;
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        line++;
        visitor.visit(line, text, counted.getCount());
      }
    }
  }
}
