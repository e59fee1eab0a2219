package org.difficultadvice.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A small, complete content set (constitution, taxonomy, two templates, axes, prompts, pools
 * and a job config at {@code generator/job.yaml}) copied into a test's own folder, so a test
 * can break one file without touching the others.
 */
public final class MiniContent {
  private MiniContent() {}

  /** Copies the set into {@code dir} and returns the path of its job config. */
  public static Path copyTo(Path dir) {
    try {
      URL root = MiniContent.class.getResource("/mini-content");
      Path source = Path.of(root.toURI());
      try (Stream<Path> files = Files.walk(source)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Path target = dir.resolve(source.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(target);
          } else {
            Files.copy(file, target);
          }
        }
      }
      return dir.resolve("generator/job.yaml");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
