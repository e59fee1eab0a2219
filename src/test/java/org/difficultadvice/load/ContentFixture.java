package org.difficultadvice.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A small, valid content set (src/test/resources/content) copied into a test's temporary
 * folder, so each test can break one file of its own copy.
 */
public final class ContentFixture {
  private final Path root;

  private ContentFixture(Path root) {
    this.root = root;
  }

  public static ContentFixture copyInto(Path dir) {
    try {
      Path source = Path.of(ContentFixture.class.getResource("/content").toURI());
      try (Stream<Path> walk = Files.walk(source)) {
        for (Path from : walk.toList()) {
          Path to = dir.resolve(source.relativize(from).toString());
          if (Files.isDirectory(from)) {
            Files.createDirectories(to);
          } else {
            Files.copy(from, to);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return new ContentFixture(dir);
  }

  public Path root() {
    return root;
  }

  public Path config() {
    return root.resolve("generator/job.yaml");
  }

  public Path file(String relative) {
    return root.resolve(relative);
  }

  /** Overwrites {@code relative} with {@code text}, creating folders as needed. */
  public Path write(String relative, String text) {
    Path file = root.resolve(relative);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Replaces the first occurrence of {@code from} in {@code relative}. */
  public Path edit(String relative, String from, String to) {
    Path file = root.resolve(relative);
    try {
      String text = Files.readString(file);
      if (!text.contains(from)) {
        throw new IllegalArgumentException(relative + " does not contain " + from);
      }
      int at = text.indexOf(from);
      Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  public JobConfig jobConfig() throws InvalidInputException {
    return new JobConfigLoader().load(config());
  }

  public ContentLibrary load() throws InvalidInputException {
    return new ContentLoader().load(jobConfig());
  }

  /** Every file under the root, for checking that nothing was written. */
  public List<Path> files() {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
