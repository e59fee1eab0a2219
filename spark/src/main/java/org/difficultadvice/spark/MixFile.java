package org.difficultadvice.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Objects;
import org.difficultadvice.audit.InputFile;

/**
 * One JSONL file of the mix, on any Hadoop file system.
 *
 * @param uri where Spark reads it
 * @param name how reports name it: its path relative to the input it was found under, or its
 *     file name (as {@code audit} names files)
 * @param split {@code train}, {@code validation}, ... from the file name, or {@code all}
 */
record MixFile(String uri, String name, String split, long bytes) implements Serializable {
  MixFile {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(split, "split");
  }

  /** The audit's view of the file; its path is only a label here, never opened. */
  InputFile asInputFile() {
    return new InputFile(Path.of(name), name, split);
  }
}
