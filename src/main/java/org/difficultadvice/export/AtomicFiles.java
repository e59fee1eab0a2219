package org.difficultadvice.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files appear under their final name whole or not at all. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** The temporary sibling a file is written to before it is moved into place. */
  static Path temporaryFor(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".tmp");
  }

  public static void write(Path target, byte[] content) throws IOException {
    Path temp = temporaryFor(target);
    try {
      Files.write(temp, content);
      moveIntoPlace(temp, target);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /** Renames in one step, so a reader sees the old file or the new one, never half of one. */
  static void moveIntoPlace(Path temp, Path target) throws IOException {
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
