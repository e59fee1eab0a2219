package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import org.difficultadvice.testing.MiniContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 15): {@code generate --run-dir} on a folder that was not a run directory
 * (the repository root) overwrote its README.md with a dataset card. It is now refused before
 * anything is written, and so is an empty run store beside shards.
 */
class RunDirectoryRefusalTest {
  @TempDir Path dir;
  private final MockWebServer server = new MockWebServer();
  private final FakeModelApi api = new FakeModelApi(FakeModelApi.Api.OPENAI);
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path config;

  @BeforeEach
  void setUp() throws IOException {
    config = MiniContent.copyTo(dir.resolve("content"));
    server.setDispatcher(api);
    server.start();
  }

  @AfterEach
  void tearDown() throws IOException {
    server.shutdown();
  }

  private int generate(Path runDir) {
    return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true),
        Map.of("OPENAI_API_KEY", "sk-test")).execute("generate", "--config", config.toString(),
        "--run-dir", runDir.toString(), "--concurrency", "2", "--provider", "openai",
        "--model", "test-model", "--base-url", server.url("/v1").toString());
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aFolderWithFilesAndNoRunStoreIsRefusedAndLeftAsItWas() throws IOException {
    Path checkout = dir.resolve("checkout");
    Files.createDirectories(checkout.resolve("src"));
    Files.writeString(checkout.resolve("README.md"), "# my project\n");
    Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");

    assertEquals(1, generate(checkout), err.toString());

    assertTrue(err.toString().contains(checkout + ": error: not a run directory: it has files"
        + " of its own (README.md, pom.xml, src) and it holds no run store (run.sqlite)"),
        err.toString());
    assertTrue(err.toString().contains("pass --run-dir with a new or empty folder"),
        err.toString());
    assertEquals("# my project\n", Files.readString(checkout.resolve("README.md")));
    assertEquals(List.of("README.md", "pom.xml", "src"), names(checkout));
    assertEquals(0, api.exchanges.size());
  }

  @Test
  void anEmptyRunStoreBesideShardsIsNotAFreshRun() throws IOException {
    Path runDir = dir.resolve("run");
    Files.createDirectories(runDir.resolve("data"));
    Files.writeString(runDir.resolve("data/train-00000-of-00001.jsonl"), "{}\n");
    Files.createFile(runDir.resolve("run.sqlite"));

    assertEquals(1, generate(runDir), err.toString());

    assertTrue(err.toString().contains("not a run directory: it has files of its own (data)"
        + " and its run.sqlite holds no run (it is empty)"), err.toString());
    assertEquals(0, Files.size(runDir.resolve("run.sqlite")));
    assertEquals(0, api.exchanges.size());
  }

  @Test
  void anEmptyFolderAndAFinishedRunAreRunDirectories() throws IOException {
    Path runDir = dir.resolve("run");
    Files.createDirectories(runDir);
    assertEquals(0, generate(runDir), err.toString());
    int calls = api.exchanges.size();
    assertEquals(0, generate(runDir), err.toString());
    assertEquals(calls, api.exchanges.size());
  }
}
