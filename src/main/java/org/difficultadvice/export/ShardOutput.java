package org.difficultadvice.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Opens the stream a shard's temporary file is written through; tests inject failures here. */
@FunctionalInterface
public interface ShardOutput {
  ShardOutput FILES = path -> Files.newOutputStream(path,
      StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);

  OutputStream open(Path file) throws IOException;
}
