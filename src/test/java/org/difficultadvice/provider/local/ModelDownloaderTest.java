package org.difficultadvice.provider.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model download against a loopback server that serves the {@link TinyGguf} fixture the way
 * Hugging Face serves a resolve URL. Checks plumbing: verification, atomic placement, cleanup.
 */
class ModelDownloaderTest {
  @TempDir Path dir;
  private Path fixture;
  private final List<long[]> progress = new ArrayList<>();
  private ModelDownloader downloader;

  @BeforeEach
  void setUp() throws IOException {
    fixture = TinyGguf.write(dir.resolve("source").resolve("tiny.gguf"));
    downloader = new ModelDownloader(
        new OkHttpClient(), (done, total) -> progress.add(new long[] {done, total}));
  }

  private List<Path> filesIn(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }

  @Test
  void downloadsVerifiesAndRenamesIntoPlace() throws Exception {
    Path target = dir.resolve("cache").resolve("tiny.gguf");
    try (ModelServer server = new ModelServer(fixture, ModelServer.quotedSha256(fixture))) {
      downloader.download(server.url("tiny.gguf"), target);
    }

    assertArrayEquals(Files.readAllBytes(fixture), Files.readAllBytes(target));
    assertEquals(List.of(target), filesIn(target.getParent()));
    long[] last = progress.get(progress.size() - 1);
    assertEquals(Files.size(fixture), last[0]);
    assertEquals(Files.size(fixture), last[1]);
  }

  @Test
  void wrongLinkedEtagLeavesNothingBehindAndSaysWhy() throws Exception {
    Path target = dir.resolve("cache").resolve("tiny.gguf");
    String wrong = "\"" + "0".repeat(64) + "\"";
    try (ModelServer server = new ModelServer(fixture, wrong)) {
      IOException e = assertThrows(IOException.class,
          () -> downloader.download(server.url("tiny.gguf"), target));
      assertTrue(e.getMessage().contains("sha256"), e.getMessage());
      assertTrue(e.getMessage().contains("0".repeat(64)), e.getMessage());
    }
    assertEquals(List.of(), filesIn(target.getParent()));
  }

  @Test
  void refusesAFileTheServerGivesNoSha256For() throws Exception {
    Path target = dir.resolve("cache").resolve("tiny.gguf");
    try (ModelServer server = new ModelServer(fixture, null)) {
      IOException e = assertThrows(IOException.class,
          () -> downloader.download(server.url("tiny.gguf"), target));
      assertTrue(e.getMessage().contains("X-Linked-Etag"), e.getMessage());
      assertEquals(2, server.server.getRequestCount());
      assertEquals("HEAD", server.server.takeRequest().getMethod());
      assertEquals("HEAD", server.server.takeRequest().getMethod());
    }
    assertFalse(Files.exists(target));
  }

  @Test
  void reportsTheStatusOfAMissingFile() throws Exception {
    Path target = dir.resolve("cache").resolve("tiny.gguf");
    try (ModelServer server = new ModelServer(fixture, ModelServer.quotedSha256(fixture))) {
      String missing = server.server.url("/nothing/here.gguf").toString();
      IOException e = assertThrows(IOException.class, () -> downloader.download(missing, target));
      assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
    }
    assertFalse(Files.exists(target));
  }

  @Test
  void acceptsWeakAndUpperCaseLinkedEtags() throws Exception {
    String hex = "ab".repeat(32);
    assertEquals(hex, ModelDownloader.parseSha256("W/\"" + hex.toUpperCase() + "\""));
    assertEquals(hex, ModelDownloader.parseSha256(hex));
    assertThrows(IOException.class, () -> ModelDownloader.parseSha256("\"abc\""));
  }
}
