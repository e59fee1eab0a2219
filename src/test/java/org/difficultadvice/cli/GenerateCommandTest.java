package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import org.difficultadvice.testing.MiniContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} end to end over real loopback sockets, against both API shapes. */
class GenerateCommandTest {
  private static final String SECRET = "sk-test-9f8e7d6c5b4a-do-not-leak";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Clause texts of the mini content set: injected while answering, never exported. */
  private static final List<String> EXCERPTS = List.of(
      "Do not lead people to believe something false, by words or by silence.",
      "Records others rely on must say what happened.",
      "Raise a problem with the people whose job it is to hear it");

  @TempDir Path dir;
  private final MockWebServer server = new MockWebServer();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path config;
  private Path runDir;

  @BeforeEach
  void setUp() throws IOException {
    config = MiniContent.copyTo(dir);
    runDir = dir.resolve("run");
    server.start();
  }

  @AfterEach
  void tearDown() throws IOException {
    server.shutdown();
  }

  private int generate(String... extra) {
    List<String> args = new ArrayList<>(List.of("generate", "--config", config.toString(),
        "--run-dir", runDir.toString(), "--concurrency", "4"));
    args.addAll(List.of(extra));
    return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true),
            Map.of("OPENAI_API_KEY", SECRET, "ANTHROPIC_API_KEY", SECRET))
        .execute(args.toArray(String[]::new));
  }

  private List<JsonNode> exportedRecords() throws IOException {
    List<JsonNode> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(runDir.resolve("data"))) {
      for (Path shard : files.sorted().toList()) {
        for (String line : Files.readAllLines(shard)) {
          records.add(JSON.readTree(line));
        }
      }
    }
    return records;
  }

  private static String lastAssistantTurn(JsonNode record) {
    JsonNode messages = record.get("messages");
    JsonNode last = messages.get(messages.size() - 1);
    assertEquals("assistant", last.get("role").asText());
    return last.get("content").asText();
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

  private void assertExportsExactlyTheReviseAnswers(FakeModelApi api) throws IOException {
    Set<String> reviseAnswers = api.stage("revise").stream()
        .map(FakeModelApi.Exchange::answer).collect(Collectors.toSet());
    List<JsonNode> records = exportedRecords();
    assertEquals(4, records.size(),
        out + Files.readString(runDir.resolve("quality-report.json")));
    for (JsonNode record : records) {
      assertTrue(reviseAnswers.contains(lastAssistantTurn(record)), record.toString());
    }
  }

  private void assertExcerptsOnlyInRespondRequests(FakeModelApi api) throws IOException {
    for (FakeModelApi.Exchange respond : api.stage("respond")) {
      assertTrue(EXCERPTS.stream().anyMatch(e -> respond.body().toString().contains(e)));
    }
    try (Stream<Path> files = Files.list(runDir.resolve("data"))) {
      for (Path shard : files.toList()) {
        String text = Files.readString(shard);
        for (String excerpt : EXCERPTS) {
          assertFalse(text.contains(excerpt), shard + " holds an injected excerpt");
        }
      }
    }
  }

  private void assertManifestHashesMatchShards() throws IOException {
    JsonNode manifest = JSON.readTree(runDir.resolve("manifest.json").toFile());
    assertTrue(manifest.get("shards").size() >= 1);
    for (JsonNode shard : manifest.get("shards")) {
      Path file = runDir.resolve(shard.get("name").asText());
      if (!Files.exists(file)) {
        file = runDir.resolve("data").resolve(shard.get("name").asText());
      }
      String actual = Hashing.sha256().hashBytes(Files.readAllBytes(file)).toString();
      assertEquals(shard.get("sha256").asText(), actual, file.toString());
    }
  }

  @Nested
  class AgainstAnOpenAiCompatibleServer {
    private final FakeModelApi api = new FakeModelApi(FakeModelApi.Api.OPENAI);

    @BeforeEach
    void serve() {
      server.setDispatcher(api);
    }

    private int run() {
      return generate("--provider", "openai", "--model", "test-model",
          "--base-url", server.url("/v1").toString());
    }

    @Test
    void sendsTheDocumentedRequestShapeForEveryStage() {
      assertEquals(0, run(), err.toString());
      assertEquals(12, api.exchanges.size());
      for (FakeModelApi.Exchange exchange : api.exchanges) {
        assertEquals("/v1/chat/completions", exchange.path());
        assertEquals("Bearer " + SECRET, exchange.headers().get("Authorization"));
        JsonNode body = exchange.body();
        assertEquals("test-model", body.get("model").asText());
        assertEquals(256, body.get("max_tokens").asInt());
        assertTrue(body.get("temperature").isNumber());
        assertTrue(body.get("top_p").isNumber());
        assertTrue(body.get("seed").isIntegralNumber());
        for (JsonNode message : body.get("messages")) {
          assertTrue(Set.of("system", "user").contains(message.get("role").asText()));
          assertTrue(message.get("content").isTextual());
        }
      }
      for (FakeModelApi.Exchange realize : api.stage("realize")) {
        JsonNode format = realize.body().get("response_format");
        assertEquals("json_schema", format.get("type").asText());
        assertEquals("realized_chat", format.get("json_schema").get("name").asText());
        assertEquals("object",
            format.get("json_schema").get("schema").get("type").asText());
      }
      for (FakeModelApi.Exchange other : api.exchanges) {
        if (!other.stage().equals("realize")) {
          assertFalse(other.body().has("response_format"));
        }
      }
    }

    @Test
    void exportsTheReviseAnswersAndNoInjectedExcerpt() throws IOException {
      assertEquals(0, run(), err.toString());
      assertExportsExactlyTheReviseAnswers(api);
      assertExcerptsOnlyInRespondRequests(api);
      assertManifestHashesMatchShards();
      assertTrue(out.toString().contains("wrote 4 examples ("), out.toString());
      assertTrue(out.toString().contains(" tokens) to " + runDir), out.toString());
    }

    @Test
    void stripMetadataLeavesOnlyWhatOpenAiFineTuningAccepts() throws IOException {
      assertEquals(0, generate("--provider", "openai", "--model", "test-model",
          "--base-url", server.url("/v1").toString(), "--strip-metadata"), err.toString());
      List<JsonNode> records = exportedRecords();
      assertFalse(records.isEmpty());
      for (JsonNode record : records) {
        List<String> keys = new ArrayList<>();
        record.fieldNames().forEachRemaining(keys::add);
        assertTrue(Set.of("messages", "tools").containsAll(keys), keys.toString());
      }
    }

    @Test
    void neverWritesTheApiKeyAnywhere() throws IOException {
      assertEquals(0, run(), err.toString());
      assertFalse(everythingWritten().contains(SECRET));
    }

    @Test
    void aSecondRunOnTheSameDirectorySendsNothingAndWritesTheSameShards() throws IOException {
      assertEquals(0, run(), err.toString());
      Map<String, String> first = hashes();
      int calls = api.exchanges.size();
      assertEquals(0, run(), err.toString());
      assertEquals(calls, api.exchanges.size());
      assertEquals(first, hashes());
    }

    @Test
    void aFinishedRunIsReExportedUnderANewBudgetWithoutSendingACall() throws IOException {
      assertEquals(0, run(), err.toString());
      int calls = api.exchanges.size();
      int before = exportedRecords().size();
      assertEquals(0, generate("--provider", "openai", "--model", "test-model",
          "--base-url", server.url("/v1").toString(), "--budget-tokens", "300"), err.toString());
      assertEquals(calls, api.exchanges.size());
      assertTrue(exportedRecords().size() < before, out.toString());
    }

    @Test
    void aRunDirectoryRefusesAnotherModelNamingTheChange() {
      assertEquals(0, run(), err.toString());
      int code = generate("--provider", "openai", "--model", "other-model",
          "--base-url", server.url("/v1").toString());
      assertEquals(1, code);
      assertTrue(err.toString().contains("provider.model: \"test-model\" -> \"other-model\""),
          err.toString());
    }

    private Map<String, String> hashes() throws IOException {
      try (Stream<Path> files = Files.list(runDir.resolve("data"))) {
        return files.collect(Collectors.toMap(p -> p.getFileName().toString(), p -> {
          try {
            return Hashing.sha256().hashBytes(Files.readAllBytes(p)).toString();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }));
      }
    }
  }

  @Nested
  class AgainstAnAnthropicCompatibleServer {
    private final FakeModelApi api = new FakeModelApi(FakeModelApi.Api.ANTHROPIC);

    @BeforeEach
    void serve() {
      server.setDispatcher(api);
    }

    private int run() {
      return generate("--provider", "anthropic", "--model", "claude-test",
          "--base-url", server.url("/").toString());
    }

    @Test
    void sendsTheDocumentedRequestShapeForEveryStage() {
      assertEquals(0, run(), err.toString());
      assertEquals(12, api.exchanges.size());
      for (FakeModelApi.Exchange exchange : api.exchanges) {
        assertEquals("/v1/messages", exchange.path());
        assertEquals(SECRET, exchange.headers().get("x-api-key"));
        assertEquals("2023-06-01", exchange.headers().get("anthropic-version"));
        JsonNode body = exchange.body();
        assertEquals("claude-test", body.get("model").asText());
        assertEquals(256, body.get("max_tokens").asInt());
        assertTrue(body.get("system").isTextual());
        for (JsonNode message : body.get("messages")) {
          assertEquals("user", message.get("role").asText());
        }
      }
      for (FakeModelApi.Exchange realize : api.stage("realize")) {
        JsonNode tool = realize.body().get("tools").get(0);
        assertEquals("realized_chat", tool.get("name").asText());
        assertEquals("object", tool.get("input_schema").get("type").asText());
        assertEquals("tool", realize.body().get("tool_choice").get("type").asText());
        assertEquals("realized_chat", realize.body().get("tool_choice").get("name").asText());
      }
    }

    @Test
    void exportsTheReviseAnswersAndNoInjectedExcerptOrKey() throws IOException {
      assertEquals(0, run(), err.toString());
      assertExportsExactlyTheReviseAnswers(api);
      assertExcerptsOnlyInRespondRequests(api);
      assertManifestHashesMatchShards();
      assertFalse(everythingWritten().contains(SECRET));
    }
  }

  @Test
  void aMissingKeyNamesTheVariableAndWritesNothing() {
    int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), Map.of())
        .execute("generate", "--config", config.toString(), "--run-dir", runDir.toString(),
            "--provider", "anthropic", "--model", "claude-test");
    assertEquals(1, code);
    assertTrue(err.toString().contains("ANTHROPIC_API_KEY"), err.toString());
    assertFalse(Files.exists(runDir));
  }
}
