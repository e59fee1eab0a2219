package org.difficultadvice.audit;

/** Receives the lines of a file in order; one method so a lambda will do. */
@FunctionalInterface
public interface LineVisitor {
  /**
   * @param line 1-based line number within the file
   * @param text the line, without its line break (and without a byte order mark on line 1)
   * @param malformedAt the 0-based byte offset in the line of its first byte that is not UTF-8,
   *     or -1 when the line is valid UTF-8 (bad bytes are U+FFFD in {@code text})
   * @param bytesRead bytes of the file (as stored, compressed or not) read so far
   */
  void visit(long line, String text, int malformedAt, long bytesRead);
}
