package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.Credentials;
import okhttp3.mockwebserver.MockWebServer;
import org.difficultadvice.testing.MiniContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (issue 15): {@code --base-url http://user:password@host} stored the password in
 * run.sqlite. The user and password now go only on the wire, as basic auth.
 */
class BaseUrlCredentialsTest {
  private static final String PASSWORD = "pw-7c1e-do-not-store";

  @TempDir Path dir;
  private final MockWebServer server = new MockWebServer();
  private final FakeModelApi api = new FakeModelApi(FakeModelApi.Api.OPENAI);
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path config;
  private Path runDir;

  @BeforeEach
  void setUp() throws IOException {
    config = MiniContent.copyTo(dir.resolve("content"));
    runDir = dir.resolve("run");
    server.setDispatcher(api);
    server.start();
  }

  @AfterEach
  void tearDown() throws IOException {
    server.shutdown();
  }

  private int generate(Map<String, String> environment) {
    String url = "http://proxyuser:" + PASSWORD + "@" + server.getHostName() + ":"
        + server.getPort() + "/v1";
    return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), environment)
        .execute("generate", "--config", config.toString(), "--run-dir", runDir.toString(),
            "--concurrency", "2", "--provider", "openai", "--model", "test-model",
            "--base-url", url, "-v");
  }

  private String everythingWritten() throws IOException {
    StringBuilder all = new StringBuilder(out.toString()).append(err);
    try (Stream<Path> files = Files.walk(runDir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    return all.toString();
  }

  @Test
  void aPasswordInTheBaseUrlIsSentAsBasicAuthAndStoredNowhere() throws IOException {
    assertEquals(0, generate(Map.of()), err.toString());

    String basic = Credentials.basic("proxyuser", PASSWORD, StandardCharsets.UTF_8);
    for (FakeModelApi.Exchange exchange : api.exchanges) {
      assertEquals(basic, exchange.headers().get("Authorization"));
    }
    assertFalse(everythingWritten().contains(PASSWORD));
    assertFalse(everythingWritten().contains(basic.substring("Basic ".length())));
  }

  @Test
  void aResumeWithAnotherPasswordIsTheSameRun() throws IOException {
    assertEquals(0, generate(Map.of()), err.toString());
    int calls = api.exchanges.size();
    String url = "http://proxyuser:rotated@" + server.getHostName() + ":" + server.getPort()
        + "/v1";
    int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), Map.of())
        .execute("generate", "--config", config.toString(), "--run-dir", runDir.toString(),
            "--provider", "openai", "--model", "test-model", "--base-url", url);
    assertEquals(0, code, err.toString());
    assertEquals(calls, api.exchanges.size());
  }
}
