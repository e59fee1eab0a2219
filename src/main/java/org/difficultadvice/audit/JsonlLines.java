package org.difficultadvice.audit;

import com.google.common.io.CountingInputStream;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Streams the lines of a plain or gzipped JSONL file without holding more than one line, and
 * says how far through the stored bytes it is (for progress on compressed files too).
 *
 * <p>Lines are split on bytes and decoded one by one, so that a line that is not UTF-8 is named
 * (instead of silently becoming replacement characters) and the lines after it still count. A
 * UTF-8 byte order mark before line 1 is skipped. A gzipped file that ends early (a download cut
 * short) is not an error of the whole audit: the lines read before the cut are visited and the
 * cut is returned, for the report to name.
 */
public final class JsonlLines {
  private static final int BUFFER = 1 << 16;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private JsonlLines() {}

  /**
   * Visits every line, blank ones included (a blank line is a schema error, not skipped).
   *
   * @return why the file ended before its end (a truncated or corrupt {@code .gz}), if it did
   */
  public static Optional<String> read(InputFile file, LineVisitor visitor) throws IOException {
    try (CountingInputStream counted =
            new CountingInputStream(Files.newInputStream(file.path()));
        InputStream raw = new BufferedInputStream(
            file.gzipped() ? new GZIPInputStream(counted, BUFFER) : counted, BUFFER)) {
      Splitter splitter = new Splitter(visitor, counted);
      byte[] chunk = new byte[BUFFER];
      try {
        for (int n = raw.read(chunk); n >= 0; n = raw.read(chunk)) {
          splitter.accept(chunk, n);
        }
      } catch (EOFException | ZipException e) {
        if (!file.gzipped()) {
          throw e;
        }
        return Optional.of("the gzip data ends early after " + splitter.lines + " complete lines ("
            + e.getMessage() + "); a partial last line was left out");
      }
      splitter.finish();
      return Optional.empty();
    }
  }

  /** Cuts bytes into lines and decodes each. */
  private static final class Splitter {
    private final LineVisitor visitor;
    private final CountingInputStream counted;
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] line = new byte[1024];
    private int length;
    private long lines;

    Splitter(LineVisitor visitor, CountingInputStream counted) {
      this.visitor = visitor;
      this.counted = counted;
    }

    void accept(byte[] chunk, int n) {
      int start = 0;
      for (int i = 0; i < n; i++) {
        if (chunk[i] == '\n') {
          append(chunk, start, i - start);
          emit();
          start = i + 1;
        }
      }
      append(chunk, start, n - start);
    }

    void finish() {
      if (length > 0) {
        emit();
      }
    }

    private void append(byte[] chunk, int from, int count) {
      if (length + count > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
      }
      System.arraycopy(chunk, from, line, length, count);
      length += count;
    }

    private void emit() {
      lines++;
      int from = 0;
      int end = length;
      if (lines == 1 && end >= 3 && line[0] == BOM[0] && line[1] == BOM[1] && line[2] == BOM[2]) {
        from = 3;
      }
      if (end > from && line[end - 1] == '\r') {
        end--;
      }
      ByteBuffer bytes = ByteBuffer.wrap(line, from, end - from);
      CharBuffer chars = CharBuffer.allocate(end - from);
      strict.reset();
      CoderResult result = strict.decode(bytes, chars, true);
      int malformedAt = -1;
      String text;
      if (result.isError()) {
        malformedAt = bytes.position() - from;
        text = new String(line, from, end - from, StandardCharsets.UTF_8);
      } else {
        strict.flush(chars);
        chars.flip();
        text = chars.toString();
      }
      visitor.visit(lines, text, malformedAt, counted.getCount());
      length = 0;
    }
  }
}
