package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import okhttp3.Credentials;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.difficultadvice.testing.MiniContent;
import org.difficultadvice.testing.RateLimitedModelServer;
import org.difficultadvice.testing.RateLimitedModelServer.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate} with {@code --base-url} given several times: calls are spread over the
 * servers, one that fails every call is rested and its calls go elsewhere, and the records are
 * the same whichever servers answered.
 */
class GenerateOnSeveralEndpointsTest {
  @TempDir Path dir;
  private final List<MockWebServer> servers = new ArrayList<>();

  private record Run(int exitCode, String err, Map<String, byte[]> files) {}

  @AfterEach
  void stopServers() throws IOException {
    for (MockWebServer server : servers) {
      server.shutdown();
    }
  }

  private String serve(Dispatcher dispatcher) throws IOException {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(dispatcher);
    server.start();
    servers.add(server);
    return server.url("/v1").toString();
  }

  /** A URL nothing listens at: every call is refused a connection. */
  private static String closedPort() throws IOException {
    MockWebServer server = new MockWebServer();
    server.start();
    String url = server.url("/v1").toString();
    server.shutdown();
    return url;
  }

  /** Fails every call with 503, and counts them. */
  private static final class Unavailable extends Dispatcher {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      calls.incrementAndGet();
      return new MockResponse().setResponseCode(503)
          .setBody("{\"error\":{\"message\":\"replica is restarting\"}}");
    }
  }

  private Run generate(String name, Path runDir, List<String> baseUrls, String... more)
      throws IOException {
    Path config = dir.resolve("content-" + name).resolve("generator/job.yaml");
    if (!Files.exists(config)) {
      config = MiniContent.copyTo(dir.resolve("content-" + name));
    }
    List<String> args = new ArrayList<>(List.of("generate", "--config", config.toString(),
        "--run-dir", runDir.toString(), "--concurrency", "8", "--provider", "openai",
        "--model", "test-model"));
    for (String url : baseUrls) {
      args.addAll(List.of("--base-url", url));
    }
    args.addAll(List.of(more));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), Map.of())
        .execute(args.toArray(String[]::new));
    return new Run(exit, out + "\n" + err, exported(runDir));
  }

  /** The shards and the manifest. */
  private static Map<String, byte[]> exported(Path runDir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    if (Files.isDirectory(runDir.resolve("data"))) {
      try (Stream<Path> shards = Files.list(runDir.resolve("data"))) {
        for (Path shard : shards.toList()) {
          files.put("data/" + shard.getFileName(), Files.readAllBytes(shard));
        }
      }
    }
    if (Files.exists(runDir.resolve("manifest.json"))) {
      files.put("manifest.json", Files.readAllBytes(runDir.resolve("manifest.json")));
    }
    return files;
  }

  private static void assertSameFiles(Run expected, Run actual) {
    assertEquals(expected.files().keySet(), actual.files().keySet());
    assertTrue(expected.files().keySet().stream().anyMatch(f -> f.startsWith("data/train")));
    for (String file : expected.files().keySet()) {
      assertTrue(Arrays.equals(expected.files().get(file), actual.files().get(file)),
          file + " differs");
    }
  }

  private static RateLimitedModelServer healthy() {
    return RateLimitedModelServer.builder(Api.OPENAI).latencyMillis(5).build();
  }

  @Test
  void threeEndpointsOneFailingEveryCallExportTheSameShardsAsOneHealthyServer()
      throws IOException {
    Run single = generate("single", dir.resolve("single-run"), List.of(serve(healthy())));

    RateLimitedModelServer first = healthy();
    RateLimitedModelServer second = healthy();
    Unavailable failing = new Unavailable();
    String failingUrl = serve(failing);
    Run spread = generate("spread", dir.resolve("spread-run"),
        List.of(serve(first), failingUrl, serve(second)));

    assertEquals(0, single.exitCode(), single.err());
    assertEquals(0, spread.exitCode(), spread.err());
    assertSameFiles(single, spread);
    assertTrue(first.served() > 0 && second.served() > 0, spread.err());
    assertTrue(failing.calls.get() >= 3, "the failing server was tried: " + failing.calls);
    String label = failingUrl.substring("http://".length()).replaceAll("/$", "");
    assertTrue(spread.err().contains(label + " served 0 calls (0.0%), failed "), spread.err());
    assertTrue(spread.err().contains("rested 1 time"), spread.err());
    assertTrue(spread.err().contains(" served " + String.format("%,d", first.served())
        + " calls"), spread.err());
    // Its failures went to the other servers without costing a spec an attempt.
    assertTrue(spread.err().contains("0 failed specs"), spread.err());
  }

  @Test
  void anEndpointThatRefusesConnectionsIsRestedAndTheRunCompletes() throws IOException {
    Run single = generate("single", dir.resolve("single-run"), List.of(serve(healthy())));
    RateLimitedModelServer first = healthy();
    RateLimitedModelServer second = healthy();
    Run spread = generate("spread", dir.resolve("spread-run"),
        List.of(closedPort(), serve(first), serve(second)));

    assertEquals(0, spread.exitCode(), spread.err());
    assertSameFiles(single, spread);
    assertTrue(spread.err().contains("served 0 calls (0.0%), failed "), spread.err());
  }

  @Test
  void aRunResumesWithAnotherListOfEndpoints() throws IOException {
    Path runDir = dir.resolve("run");
    Run before = generate("run", runDir, List.of(serve(healthy())));
    RateLimitedModelServer first = healthy();
    RateLimitedModelServer second = healthy();
    Run after = generate("run", runDir, List.of(serve(first), serve(second)));

    assertEquals(0, before.exitCode(), before.err());
    assertEquals(0, after.exitCode(), after.err());
    assertEquals(0, first.served() + second.served(), "every call was replayed from the store");
    assertSameFiles(before, after);
  }

  @Test
  void eachEndpointGetsItsOwnUserAndPasswordAndNeitherIsWrittenAnywhere() throws IOException {
    FakeModelApi one = new FakeModelApi(FakeModelApi.Api.OPENAI);
    FakeModelApi two = new FakeModelApi(FakeModelApi.Api.OPENAI);
    String urlOne = serve(one).replace("http://", "http://alice:pw-one-4e1a@");
    String urlTwo = serve(two).replace("http://", "http://bob:pw-two-93cf@");
    Path runDir = dir.resolve("run");
    Run run = generate("run", runDir, List.of(urlOne, urlTwo), "-v");

    assertEquals(0, run.exitCode(), run.err());
    assertFalse(one.exchanges.isEmpty() || two.exchanges.isEmpty(), run.err());
    String alice = Credentials.basic("alice", "pw-one-4e1a", StandardCharsets.UTF_8);
    String bob = Credentials.basic("bob", "pw-two-93cf", StandardCharsets.UTF_8);
    one.exchanges.forEach(e -> assertEquals(alice, e.headers().get("Authorization")));
    two.exchanges.forEach(e -> assertEquals(bob, e.headers().get("Authorization")));
    StringBuilder written = new StringBuilder(run.err());
    try (Stream<Path> files = Files.walk(runDir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        written.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    for (String secret : List.of("pw-one-4e1a", "pw-two-93cf", "alice", "bob")) {
      assertFalse(written.toString().contains(secret), secret + " was written");
    }
  }

  @Test
  void aBaseUrlThatIsNotAUrlIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path runDir = dir.resolve("run");
    Run run = generate("run", runDir, List.of(serve(healthy()), "localhost:8000"));

    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("base_url 'localhost:8000' is not an http(s) URL"), run.err());
    assertFalse(Files.exists(runDir.resolve("run.sqlite")));
  }
}
