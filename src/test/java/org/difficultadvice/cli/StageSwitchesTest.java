package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import org.difficultadvice.testing.MiniContent;
import org.difficultadvice.testing.StageLogServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code stages:} switches, each against a loopback server that logs every request. */
class StageSwitchesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> CLAUSES = List.of(
      "Do not lead people to believe something false, by words or by silence.",
      "Records others rely on must say what happened.",
      "Raise a problem with the people whose job it is to hear it");

  @TempDir Path dir;
  private final MockWebServer server = new MockWebServer();
  private final StageLogServer api = new StageLogServer();
  private Path config;
  private Path runDir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void setUp() throws IOException {
    config = MiniContent.copyTo(dir);
    runDir = dir.resolve("run");
    server.setDispatcher(api);
    server.start();
  }

  @AfterEach
  void tearDown() throws IOException {
    server.shutdown();
  }

  private void switches(String yaml) throws IOException {
    Files.writeString(config, "stages:\n" + yaml, StandardOpenOption.APPEND);
  }

  private int generate() {
    List<String> args = new ArrayList<>(List.of("generate", "--config", config.toString(),
        "--run-dir", runDir.toString(), "--concurrency", "4",
        "--base-url", server.url("/v1").toString()));
    return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true),
            Map.of("OPENAI_API_KEY", "sk-test"))
        .execute(args.toArray(String[]::new));
  }

  private List<JsonNode> exported() throws IOException {
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

  private static String turn(JsonNode record, String role) {
    for (JsonNode message : record.get("messages")) {
      if (message.get("role").asText().equals(role)) {
        return message.get("content").asText();
      }
    }
    return "";
  }

  private static Set<String> answersOf(List<StageLogServer.Call> calls) {
    return calls.stream().map(StageLogServer.Call::answer).collect(Collectors.toSet());
  }

  @Test
  void injectOffSendsRespondNoClausesAndStillRevisesWithThem() throws IOException {
    switches("  inject: false\n");
    assertEquals(0, generate(), err.toString());

    assertEquals(4, api.stage("respond").size());
    for (StageLogServer.Call respond : api.stage("respond")) {
      for (String clause : CLAUSES) {
        assertFalse(respond.system().contains(clause), respond.system());
      }
    }
    assertTrue(api.stage("revise").stream()
        .allMatch(c -> CLAUSES.stream().anyMatch(c.system()::contains)));
    Set<String> revised = answersOf(api.stage("revise"));
    List<JsonNode> records = exported();
    assertEquals(4, records.size(), err.toString());
    records.forEach(r -> assertTrue(revised.contains(turn(r, "assistant"))));
  }

  @Test
  void reviseOffExportsTheFirstAnswer() throws IOException {
    switches("  revise: false\n");
    assertEquals(0, generate(), err.toString());

    assertEquals(Map.of("realize", 4L, "respond", 4L), api.countsByStage());
    Set<String> drafts = answersOf(api.stage("respond"));
    List<JsonNode> records = exported();
    assertEquals(4, records.size(), err.toString());
    records.forEach(r -> assertTrue(drafts.contains(turn(r, "assistant"))));
  }

  @Test
  void reviewOnAddsAReviewCallWithItsPromptWhoseChatIsExported() throws IOException {
    switches("  review: true\n");
    assertEquals(0, generate(), err.toString());

    assertEquals(Map.of("realize", 4L, "review", 4L, "respond", 4L, "revise", 4L),
        api.countsByStage());
    List<String> drafted = api.stage("realize").stream()
        .map(c -> readJson(c.answer()).get("user_message").asText()).toList();
    for (StageLogServer.Call review : api.stage("review")) {
      assertTrue(review.system().startsWith("Review the drafted chat"));
      assertTrue(drafted.stream().anyMatch(review.user()::contains),
          "review is given realize's draft: " + review.user());
    }
    Set<String> reviewed = api.stage("review").stream()
        .map(c -> readJson(c.answer()).get("user_message").asText())
        .collect(Collectors.toSet());
    List<JsonNode> records = exported();
    assertEquals(4, records.size(), err.toString());
    records.forEach(r -> assertTrue(reviewed.contains(turn(r, "user"))));
  }

  @Test
  void resumingWithAnotherSwitchIsRefusedNamingItAndTheFix() throws IOException {
    assertEquals(0, generate(), err.toString());
    int sent = api.calls().size();
    switches("  revise: false\n");

    assertEquals(1, generate());

    assertTrue(err.toString().contains("stages.revise: true -> false"), err.toString());
    assertTrue(err.toString().contains("restore those settings"), err.toString());
    assertTrue(err.toString().contains("pass a new --run-dir"), err.toString());
    assertEquals(sent, api.calls().size());
  }

  private static JsonNode readJson(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new AssertionError(text, e);
    }
  }
}
