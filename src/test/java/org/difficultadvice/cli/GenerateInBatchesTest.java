package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import org.difficultadvice.testing.BatchApiServer;
import org.difficultadvice.testing.MiniContent;
import org.difficultadvice.testing.RateLimitedModelServer;
import org.difficultadvice.testing.RateLimitedModelServer.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code generate --batch} end to end against loopback servers speaking OpenAI's Batch API and
 * Anthropic's Message Batches: the same shards as a direct run, each row submitted once, failed
 * rows and batches asked again, a run that only waits stops and resumes, batch files.
 */
class GenerateInBatchesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SPECS = 12;
  /** realize, respond and revise per spec; the loopback answers are always usable. */
  private static final int CALLS = SPECS * 3;

  @TempDir Path dir;
  private final MockWebServer server = new MockWebServer();
  private StringWriter err = new StringWriter();
  private Path config;

  private BatchApiServer start(Api api) throws IOException {
    config = MiniContent.copyTo(dir.resolve("content"));
    Files.writeString(config, Files.readString(config) + """
        engine:
          batch_poll_seconds: 0.02
          prices:
            test-model: {input_per_million: 2.0, output_per_million: 8.0}
        """);
    BatchApiServer batches = new BatchApiServer(api);
    server.setDispatcher(batches);
    server.start();
    return batches;
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private int generate(Api api, String runDir, String... extra) {
    err = new StringWriter();
    List<String> args = new ArrayList<>(List.of("generate", "--config", config.toString(),
        "--run-dir", dir.resolve(runDir).toString(), "--specs", String.valueOf(SPECS),
        "--concurrency", "4", "--provider", api == Api.OPENAI ? "openai" : "anthropic",
        "--model", "test-model", "--base-url",
        server.url(api == Api.OPENAI ? "/v1" : "/").toString()));
    args.addAll(List.of(extra));
    return Main.commandLine(new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true), Map.of("OPENAI_API_KEY", "sk-batch-test",
                "ANTHROPIC_API_KEY", "sk-ant-batch-test"))
        .execute(args.toArray(String[]::new));
  }

  private Map<String, String> shards(String runDir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir.resolve(runDir).resolve("data"))) {
      for (Path file : list.toList()) {
        files.put(file.getFileName().toString(), Files.readString(file));
      }
    }
    return files;
  }

  private static double cost(String log) {
    Matcher m = Pattern.compile("\\$([0-9.]+) in all").matcher(log);
    assertTrue(m.find(), log);
    return Double.parseDouble(m.group(1));
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void aBatchRunExportsTheShardsOfADirectRunAtHalfThePrice(Api api) throws IOException {
    BatchApiServer batches = start(api);
    assertEquals(0, generate(api, "direct"), err.toString());
    double directCost = cost(err.toString());
    assertEquals(CALLS, batches.directCalls());

    assertEquals(0, generate(api, "batch", "--batch"), err.toString());
    assertEquals(shards("direct"), shards("batch"));
    assertEquals(CALLS, batches.rowsSubmitted(), "each call submitted once");
    assertEquals(CALLS, batches.directCalls(), "no direct call in batch mode");
    assertTrue(batches.batchesCreated() >= 3, "a batch per stage at least");
    assertEquals(directCost / 2, cost(err.toString()), 0.00015);
    assertTrue(err.toString().contains("no ETA"), err.toString());
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void erroredAndExpiredRowsAndAFailedBatchAreAskedAgainInLaterBatches(Api api)
      throws IOException {
    // About a quarter of the rows error once and a quarter expire once; the first batch fails
    // whole (OpenAI: status failed; Anthropic: every row expired).
    BatchApiServer batches = start(api).failOnce(id -> id.charAt(0) < '4')
        .expireOnce(id -> id.charAt(0) > 'b').failBatches(1);
    assertEquals(0, generate(api, "direct"), err.toString());
    assertEquals(0, generate(api, "batch", "--batch"), err.toString());
    assertEquals(shards("direct"), shards("batch"));
    assertTrue(batches.rowsSubmitted() > CALLS + SPECS, "failed rows went again");
  }

  @Test
  void aRunWithNothingLeftButWaitingStopsAndALaterRunCollects() throws IOException {
    BatchApiServer batches = start(Api.OPENAI).pollsUntilEnded(1_000_000);
    assertEquals(0, generate(Api.OPENAI, "direct"), err.toString());
    assertEquals(3, generate(Api.OPENAI, "batch", "--batch", "--no-wait"), err.toString());
    assertTrue(err.toString().contains("nothing is left but waiting for 1 submitted batches"),
        err.toString());
    assertEquals(SPECS, batches.rowsSubmitted());

    batches.pollsUntilEnded(1);
    assertEquals(0, generate(Api.OPENAI, "batch", "--batch"), err.toString());
    assertEquals(shards("direct"), shards("batch"));
    assertEquals(CALLS, batches.rowsSubmitted(), "the first batch was collected, not resent");
  }

  @Test
  void batchFilesAreWrittenInOpenAiFormatAndTheirOutputsImported() throws Exception {
    BatchApiServer batches = start(Api.OPENAI);
    assertEquals(0, generate(Api.OPENAI, "direct"), err.toString());
    RateLimitedModelServer answers = RateLimitedModelServer.builder(Api.OPENAI)
        .latencyMillis(0).build();
    Path files = dir.resolve("batch-files");
    int rounds = 0;
    int exit;
    while ((exit = generate(Api.OPENAI, "files", "--batch-files", files.toString())) == 3) {
      assertTrue(++rounds <= 3, "one round per stage: " + err);
      // What vLLM's run-batch would do: answer each input row into an output file.
      try (Stream<Path> list = Files.list(files)) {
        for (Path input : list.filter(f -> f.toString().endsWith(".input.jsonl")).toList()) {
          Path output = Path.of(input.toString().replace(".input.jsonl", ".output.jsonl"));
          if (Files.exists(output)) {
            continue;
          }
          List<String> lines = new ArrayList<>();
          for (String line : Files.readAllLines(input)) {
            JsonNode row = JSON.readTree(line);
            assertEquals("/v1/chat/completions", row.path("url").asText());
            ObjectNode out = JSON.createObjectNode().put("id", "vllm-" + lines.size())
                .put("custom_id", row.path("custom_id").asText());
            out.putObject("response").put("status_code", 200).put("request_id", "r")
                .set("body", JSON.readTree(answers.answerTo(row.path("body").toString())));
            out.putNull("error");
            lines.add(out.toString());
          }
          Files.write(output, lines);
        }
      }
    }
    assertEquals(0, exit, err.toString());
    assertEquals(3, rounds);
    assertEquals(shards("direct"), shards("files"));
    assertEquals(CALLS, batches.directCalls(), "batch files make no HTTP call");
  }
}
