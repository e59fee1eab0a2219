package org.difficultadvice.audit;

/** Receives the lines of a file in order; one method so a lambda will do. */
@FunctionalInterface
public interface LineVisitor {
  /**
   * @param line 1-based line number within the file
   * @param bytesRead bytes of the file (as stored, compressed or not) read so far
   */
  void visit(long line, String text, long bytesRead);
}
