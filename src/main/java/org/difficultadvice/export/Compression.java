package org.difficultadvice.export;

/** Whether shards are gzip-compressed ({@code .jsonl.gz}) or plain ({@code .jsonl}). */
public enum Compression {
  NONE(".jsonl"),
  GZIP(".jsonl.gz");

  private final String extension;

  Compression(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }
}
