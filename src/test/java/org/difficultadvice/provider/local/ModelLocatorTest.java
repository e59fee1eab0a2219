package org.difficultadvice.provider.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockWebServer;
import org.difficultadvice.load.LocalModelSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the model file is looked for, in order, and what happens when it is nowhere. Downloads
 * go to a loopback server serving {@link TinyGguf}; these tests check plumbing, not models.
 */
class ModelLocatorTest {
  private static final String NAME = "tiny.gguf";

  @TempDir Path dir;
  private Path home;
  private Path checkout;
  private Path fixture;

  @BeforeEach
  void setUp() throws IOException {
    home = Files.createDirectories(dir.resolve("home"));
    checkout = Files.createDirectories(dir.resolve("work").resolve("checkout"));
    fixture = TinyGguf.write(dir.resolve("source").resolve(NAME));
  }

  private ModelLocator locator(Map<String, String> env) {
    return new ModelLocator(env, home, checkout,
        new ModelDownloader(new OkHttpClient(), DownloadProgress.SILENT));
  }

  private static LocalModelSettings settings(String url) {
    return new LocalModelSettings(null, url, null, null);
  }

  private Path place(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.copy(fixture, file);
  }

  private static final String UNREACHABLE = "http://127.0.0.1:9/models/" + NAME;

  @Test
  void anExplicitPathComesFirst() throws Exception {
    Path explicit = place(dir.resolve("mine.gguf"));
    Path fromEnv = place(dir.resolve("env.gguf"));
    place(home.resolve(".cache/difficult-advice/models").resolve(NAME));

    Path found = locator(Map.of(ModelLocator.MODEL_ENV, fromEnv.toString()))
        .locate(settings(UNREACHABLE), Optional.of(explicit));

    assertEquals(explicit, found);
  }

  @Test
  void theEnvironmentVariableComesBeforeTheCache() throws Exception {
    Path fromEnv = place(dir.resolve("env.gguf"));
    place(home.resolve(".cache/difficult-advice/models").resolve(NAME));

    assertEquals(fromEnv, locator(Map.of(ModelLocator.MODEL_ENV, fromEnv.toString()))
        .locate(settings(UNREACHABLE), Optional.empty()));
  }

  @Test
  void theCacheComesBeforeTheSharedModelsBesideTheCheckout() throws Exception {
    Path cached = place(home.resolve(".cache/difficult-advice/models").resolve(NAME));
    place(dir.resolve("work/shared/models").resolve(NAME));

    assertEquals(cached, locator(Map.of()).locate(settings(UNREACHABLE), Optional.empty()));
  }

  @Test
  void findsTheSharedModelsBesideTheCheckout() throws Exception {
    Path shared = place(dir.resolve("work/shared/models").resolve(NAME));

    assertEquals(shared, locator(Map.of()).locate(settings(UNREACHABLE), Optional.empty()));
  }

  @Test
  void aMissingExplicitPathIsAnErrorAndNothingIsDownloaded() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      Path absent = dir.resolve("typo.gguf");
      ModelUnavailableException e = assertThrows(ModelUnavailableException.class,
          () -> locator(Map.of()).locate(
              settings(server.url("/" + NAME).toString()), Optional.of(absent)));
      assertTrue(e.getMessage().contains(absent.toString()), e.getMessage());
      assertEquals(0, server.getRequestCount());
    }
  }

  @Test
  void downloadsIntoTheCacheWhenTheFileIsNowhere() throws Exception {
    try (ModelServer server = new ModelServer(fixture, ModelServer.quotedSha256(fixture))) {
      Path found = locator(Map.of()).locate(settings(server.url(NAME)), Optional.empty());

      assertEquals(home.resolve(".cache/difficult-advice/models").resolve(NAME), found);
      assertEquals(Files.size(fixture), Files.size(found));
    }
  }

  @Test
  void aFailedDownloadNamesEveryPlaceTheUrlAndTheWayToPlaceTheFileByHand() throws Exception {
    String url;
    ModelUnavailableException e;
    try (ModelServer server = new ModelServer(fixture, "\"" + "1".repeat(64) + "\"")) {
      url = server.url(NAME);
      e = assertThrows(ModelUnavailableException.class,
          () -> locator(Map.of()).locate(settings(url), Optional.empty()));
    }
    Path cached = home.resolve(".cache/difficult-advice/models").resolve(NAME);
    Path shared = dir.resolve("work/shared/models").resolve(NAME);
    String message = e.getMessage();
    assertTrue(message.contains("--model-path"), message);
    assertTrue(message.contains("$" + ModelLocator.MODEL_ENV), message);
    assertTrue(message.contains(cached.toString()), message);
    assertTrue(message.contains(shared.toString()), message);
    assertTrue(message.contains("Tried to download " + url), message);
    assertTrue(message.contains("sha256"), message);
    assertTrue(message.contains("copy it to " + cached), message);
    assertFalse(Files.exists(cached));
    assertEquals(0, Files.list(cached.getParent()).count());
  }

  @Test
  void anUnreachableServerFailsAtOnce() {
    ModelUnavailableException e = assertThrows(ModelUnavailableException.class,
        () -> locator(Map.of()).locate(settings(UNREACHABLE), Optional.empty()));
    assertTrue(e.getMessage().contains("Tried to download " + UNREACHABLE), e.getMessage());
  }

  @Test
  void takesTheFileNameFromTheUrl() {
    assertEquals("qwen2.5-0.5b-instruct-q4_k_m.gguf",
        ModelLocator.fileName(LocalModelSettings.defaults().url()));
    assertThrows(IllegalArgumentException.class, () -> ModelLocator.fileName("not a url"));
  }
}
