package org.difficultadvice.audit;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writes report files atomically: to a temporary file beside the target, then moved over it,
 * so a reader (or a killed audit) never sees half a report.
 */
final class ReportFiles {
  private ReportFiles() {}

  /**
   * A fresh name beside the target, not yet created (so the file gets the usual permissions,
   * unlike {@code createTempFile}'s owner-only ones).
   */
  static Path temporaryFor(Path target) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    return parent.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
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
