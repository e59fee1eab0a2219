package org.difficultadvice.spark;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One line of an input file as stored: its bytes without the newline, decoded the way {@code
 * audit} decodes lines (a UTF-8 byte order mark before line 1 and a trailing carriage return
 * are dropped; bytes that are not UTF-8 are reported, not replaced silently).
 *
 * @param line 1-based within the file
 */
record RawLine(int fileIndex, long line, byte[] bytes) implements Serializable {
  /** Files are at most 2^40 lines; more than 2^23 files would not fit the order key. */
  static final int LINE_BITS = 40;

  /** Orders lines as {@code audit} reads them: file by file, line by line. */
  static long order(int fileIndex, long line) {
    return ((long) fileIndex << LINE_BITS) | line;
  }

  static int fileIndexOf(long order) {
    return (int) (order >>> LINE_BITS);
  }

  static long lineOf(long order) {
    return order & ((1L << LINE_BITS) - 1);
  }

  long order() {
    return order(fileIndex, line);
  }

  /** The stored line, from the first byte after a BOM to before a trailing {@code \r}. */
  byte[] content() {
    int from = line == 1 && bytes.length >= 3 && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
    int end = bytes.length > from && bytes[bytes.length - 1] == '\r'
        ? bytes.length - 1 : bytes.length;
    return from == 0 && end == bytes.length ? bytes : Arrays.copyOfRange(bytes, from, end);
  }

  /** The text and where it stops being UTF-8 (-1 when it is). */
  record Decoded(String text, int malformedAt) {}

  Decoded decode() {
    byte[] content = content();
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    try {
      CharBuffer chars = strict.decode(in);
      return new Decoded(chars.toString(), -1);
    } catch (CharacterCodingException e) {
      // Find the first bad byte as audit reports it: decode up to the error.
      CharsetDecoder probe = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer again = ByteBuffer.wrap(content);
      probe.decode(again, CharBuffer.allocate(content.length), true);
      return new Decoded(new String(content, StandardCharsets.UTF_8), again.position());
    }
  }
}
