package org.difficultadvice.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.difficultadvice.load.Diagnostic;
import org.difficultadvice.load.InvalidInputException;

/**
 * Tells a run directory from a folder that merely exists. {@code generate} writes
 * {@code README.md}, {@code manifest.json} and {@code data/} into its run directory, so pointed
 * at any other folder (a checkout, a home folder) it would overwrite files it never made. A
 * folder is a run directory when it does not exist yet, is empty, or its {@code run.sqlite}
 * holds a run; a run store with no run in it beside other files is not a fresh run either.
 */
public final class RunDirectory {
  /** Files a run leaves before it has stored anything: they make no folder someone else's. */
  private static final Set<String> OWN_FILES = Set.of(RunLock.FILE_NAME, RunStore.FILE_NAME,
      RunStore.FILE_NAME + "-wal", RunStore.FILE_NAME + "-shm", RunStore.FILE_NAME + "-journal");
  /** How many of a folder's names a refusal lists. */
  private static final int NAMES_SHOWN = 5;

  private RunDirectory() {}

  /**
   * Refuses {@code dir} unless a run may start or resume in it. Reads only; writes nothing.
   *
   * @throws InvalidInputException {@code dir} is a file, or a folder with files of its own and
   *     no run in its store
   */
  public static void check(Path dir) throws InvalidInputException {
    if (!Files.exists(dir)) {
      return;
    }
    if (!Files.isDirectory(dir)) {
      throw new InvalidInputException(Diagnostic.at(dir, 0,
          "the run directory is a file", "pass --run-dir with a new or empty folder"));
    }
    List<String> others;
    try (Stream<Path> entries = Files.list(dir)) {
      others = entries.map(p -> p.getFileName().toString())
          .filter(name -> !OWN_FILES.contains(name)).sorted().toList();
    } catch (IOException e) {
      throw new InvalidInputException(Diagnostic.at(dir, 0,
          "cannot list the run directory: " + e.getMessage(), "check its permissions"));
    }
    if (others.isEmpty()) {
      return;
    }
    Path store = dir.resolve(RunStore.FILE_NAME);
    String why;
    if (!Files.exists(store)) {
      why = "it holds no run store (" + RunStore.FILE_NAME + ")";
    } else {
      String problem = runProblem(store);
      if (problem.isEmpty()) {
        return;
      }
      why = "its " + RunStore.FILE_NAME + " holds no run (" + problem + ")";
    }
    String shown = String.join(", ", others.subList(0, Math.min(NAMES_SHOWN, others.size())))
        + (others.size() > NAMES_SHOWN ? ", ..." : "");
    throw new InvalidInputException(Diagnostic.at(dir, 0,
        "not a run directory: it has files of its own (" + shown + ") and " + why
            + "; generate would overwrite README.md, manifest.json and data/ there",
        "pass --run-dir with a new or empty folder (or the folder of an earlier run to resume"
            + " it)"));
  }

  /** Empty when the store holds a run's config; otherwise what is missing or wrong. */
  private static String runProblem(Path store) {
    try {
      Path wal = store.resolveSibling(store.getFileName() + "-wal");
      if (Files.size(store) == 0 && !Files.exists(wal)) {
        return "it is empty";
      }
    } catch (IOException e) {
      return "cannot read it: " + e.getMessage();
    }
    // A plain connection writes nothing until asked to; this one only reads.
    try (Connection connection =
            DriverManager.getConnection("jdbc:sqlite:" + store.toAbsolutePath());
        Statement select = connection.createStatement();
        ResultSet row = select.executeQuery("SELECT value FROM meta WHERE key = 'config'")) {
      return row.next() ? "" : "no config stored";
    } catch (SQLException e) {
      return String.valueOf(e.getMessage()).lines().findFirst().orElse("unreadable");
    }
  }
}
