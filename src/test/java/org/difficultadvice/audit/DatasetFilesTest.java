package org.difficultadvice.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatasetFilesTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
    "train-00000-of-00004.jsonl, train",
    "validation-00000-of-00001.jsonl.gz, validation",
    "dev.jsonl, validation",
    "test_split.jsonl, test",
    "my_dataset.jsonl, all",
    "openhermes.jsonl, all",
  })
  void takesTheSplitFromTheFileName(String name, String split) {
    assertEquals(split, DatasetFiles.splitOf(name));
  }

  @Test
  void readsTheShardsOfARunDirectoryInNameOrder() throws IOException {
    Chats.write(dir.resolve("data/train-00001-of-00002.jsonl"), List.of("{}"));
    Chats.write(dir.resolve("data/train-00000-of-00002.jsonl.gz"), List.of("{}"));
    Chats.write(dir.resolve("data/notes.txt"), List.of("x"));
    Chats.write(dir.resolve("manifest.jsonl"), List.of("{}"));
    assertEquals(List.of("data/train-00000-of-00002.jsonl.gz", "data/train-00001-of-00002.jsonl"),
        DatasetFiles.resolve(dir).stream().map(InputFile::name).toList());
  }

  @Test
  void aSingleFileIsNamedByItsFileName() throws IOException {
    Path file = Chats.write(dir.resolve("sub/x.jsonl"), List.of("{}"));
    assertEquals(List.of(new InputFile(file, "x.jsonl", "all")), DatasetFiles.resolve(file));
  }
}
