package org.difficultadvice.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.difficultadvice.load.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What may be used as a run directory, and what is someone else's folder. */
class RunDirectoryTest {
  @TempDir Path dir;

  @Test
  void aMissingOrEmptyFolderIsAFreshRun() throws Exception {
    assertDoesNotThrow(() -> RunDirectory.check(dir.resolve("new")));
    assertDoesNotThrow(() -> RunDirectory.check(dir));
  }

  @Test
  void aFolderWithOnlyTheRunsOwnFilesIsAFreshRun() throws Exception {
    Files.createFile(dir.resolve(RunLock.FILE_NAME));
    Files.createFile(dir.resolve(RunStore.FILE_NAME));
    assertDoesNotThrow(() -> RunDirectory.check(dir));
  }

  @Test
  void aFolderWithAStoredRunResumesWhateverElseItHolds() throws Exception {
    RunStore.open(dir, new ObjectMapper().createObjectNode().put("seed", 1), Clock.systemUTC())
        .close();
    Files.writeString(dir.resolve("README.md"), "a dataset card");
    Files.createDirectories(dir.resolve("data"));
    assertDoesNotThrow(() -> RunDirectory.check(dir));
  }

  @Test
  void aFolderWithFilesOfItsOwnIsRefusedNamingThem() throws Exception {
    for (String name : new String[] {"README.md", "a", "b", "c", "d", "e"}) {
      Files.writeString(dir.resolve(name), name);
    }
    String message = assertThrows(InvalidInputException.class, () -> RunDirectory.check(dir))
        .getMessage();
    assertTrue(message.contains("not a run directory: it has files of its own"
        + " (README.md, a, b, c, d, ...) and it holds no run store (run.sqlite)"), message);
  }

  @Test
  void aRunStoreWithoutARunBesideOtherFilesIsRefused() throws Exception {
    try (var connection = java.sql.DriverManager.getConnection(
            "jdbc:sqlite:" + dir.resolve(RunStore.FILE_NAME));
        var statement = connection.createStatement()) {
      statement.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    }
    Files.writeString(dir.resolve("manifest.json"), "{}");
    String message = assertThrows(InvalidInputException.class, () -> RunDirectory.check(dir))
        .getMessage();
    assertTrue(message.contains("its run.sqlite holds no run (no config stored)"), message);
  }

  @Test
  void aFileIsNotARunDirectory() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "x");
    assertThrows(InvalidInputException.class, () -> RunDirectory.check(file));
  }
}
