package org.difficultadvice.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finding and reading content files, with problems reported as diagnostics. */
final class ContentFiles {
  private ContentFiles() {}

  /**
   * The files under {@code dir} (any depth) whose names end with {@code suffix}, sorted so that
   * loading and its messages are the same on every machine.
   */
  static List<Path> list(
      Path dir, String suffix, String what, String fix, Diagnostics diagnostics) {
    if (!Files.isDirectory(dir)) {
      diagnostics.add(Diagnostic.at(dir, 0, "the " + what + " folder does not exist", fix));
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      diagnostics.add(Diagnostic.at(dir, 0, "cannot list the " + what + " folder: " + e.getMessage(),
          "check that it is readable"));
      return List.of();
    }
  }

  /**
   * The text of {@code file} as UTF-8 without a leading byte-order mark, or {@code null} after
   * reporting why it cannot be read.
   */
  static String read(Path file, Diagnostics diagnostics) {
    try {
      String text = Files.readString(file);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      diagnostics.add(Diagnostic.at(file, 0, "the file is not valid UTF-8", "save it as UTF-8"));
    } catch (IOException e) {
      diagnostics.add(Diagnostic.at(file, 0, "cannot read the file: " + e, "check that it is readable"));
    }
    return null;
  }

  static List<String> readLines(Path file, Diagnostics diagnostics) {
    String text = read(file, diagnostics);
    return text == null ? null : text.lines().toList();
  }
}
