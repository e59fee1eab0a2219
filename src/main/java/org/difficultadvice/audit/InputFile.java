package org.difficultadvice.audit;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One JSONL file of the dataset.
 *
 * @param name how reports name the file: its path relative to the audited directory, or its
 *     file name when a single file is audited
 * @param split {@code train}, {@code validation}, ... from the file name, or {@code all}
 */
public record InputFile(Path path, String name, String split) {
  public InputFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(split, "split");
  }

  public boolean gzipped() {
    return path.getFileName().toString().endsWith(".gz");
  }
}
