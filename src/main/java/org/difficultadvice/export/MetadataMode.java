package org.difficultadvice.export;

/** Whether each record carries its {@code metadata} object. */
public enum MetadataMode {
  INCLUDE,
  /** For trainers that reject unknown keys: records hold only the chat and its tools. */
  STRIP
}
