package org.difficultadvice.audit;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes report files atomically: to a temporary file beside the target, then moved over it,
 * so a reader (or a killed audit) never sees half a report.
 */
final class ReportFiles {
  private ReportFiles() {}

  static Path temporaryFor(Path target) throws IOException {
    Files.createDirectories(target.toAbsolutePath().getParent());
    return Files.createTempFile(
        target.toAbsolutePath().getParent(), "." + target.getFileName() + ".", ".tmp");
  }

  static void write(Path target, byte[] content) throws IOException {
    Path temp = temporaryFor(target);
    try {
      Files.write(temp, content);
      moveIntoPlace(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
