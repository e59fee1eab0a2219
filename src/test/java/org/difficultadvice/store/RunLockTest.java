package org.difficultadvice.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.difficultadvice.load.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run per directory; the cross-process case is {@code cli.OneRunPerDirectoryTest}. */
class RunLockTest {
  @TempDir Path dir;

  @Test
  void aHeldLockRefusesTheNextNamingItsHolder() throws Exception {
    Path runDir = dir.resolve("run");
    try (RunLock held = RunLock.acquire(runDir, Clock.systemUTC())) {
      InvalidInputException refused = assertThrows(InvalidInputException.class,
          () -> RunLock.acquire(runDir, Clock.systemUTC()));
      String message = refused.getMessage();
      assertTrue(message.contains("another generate is running in this run directory (pid "
          + ProcessHandle.current().pid() + " on "), message);
      assertTrue(message.contains("or pass another --run-dir"), message);
    }
  }

  @Test
  void aReleasedLockCanBeTakenAgainAndItsFileStays() throws Exception {
    Path runDir = dir.resolve("run");
    RunLock.acquire(runDir, Clock.systemUTC()).close();
    try (RunLock again = RunLock.acquire(runDir, Clock.systemUTC())) {
      assertTrue(Files.readString(runDir.resolve(RunLock.FILE_NAME))
          .startsWith("pid " + ProcessHandle.current().pid() + " on "));
    }
    assertTrue(Files.exists(runDir.resolve(RunLock.FILE_NAME)));
  }
}
