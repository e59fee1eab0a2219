package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import org.difficultadvice.testing.MiniContent;
import org.difficultadvice.testing.RateLimitedModelServer;
import org.difficultadvice.testing.RateLimitedModelServer.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate} against loopback servers that refuse calls the way rate-limited APIs do: a
 * 429 is back-pressure, never the end of a run, and the records do not depend on it.
 */
class GenerateUnderRateLimitsTest {
  @TempDir Path dir;

  private record Run(int exitCode, String err, Map<String, byte[]> shards) {}

  private Run generate(RateLimitedModelServer api, Api shape, String name) throws IOException {
    return generate(api, shape, name, 8);
  }

  private Run generate(RateLimitedModelServer api, Api shape, String name, int concurrency)
      throws IOException {
    Path config = MiniContent.copyTo(dir.resolve(name));
    Path runDir = dir.resolve(name).resolve("run");
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(api);
      server.start();
      List<String> args = new ArrayList<>(List.of("generate", "--config", config.toString(),
          "--run-dir", runDir.toString(), "--concurrency", String.valueOf(concurrency),
          "--provider", shape == Api.OPENAI ? "openai" : "anthropic", "--model", "test-model",
          "--base-url", server.url(shape == Api.OPENAI ? "/v1" : "/").toString()));
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true),
              Map.of("ANTHROPIC_API_KEY", "test-key"))
          .execute(args.toArray(String[]::new));
      return new Run(exit, err.toString(), shards(runDir));
    }
  }

  private static Map<String, byte[]> shards(Path runDir) throws IOException {
    Map<String, byte[]> shards = new TreeMap<>();
    if (Files.isDirectory(runDir.resolve("data"))) {
      try (Stream<Path> files = Files.list(runDir.resolve("data"))) {
        for (Path shard : files.toList()) {
          shards.put(shard.getFileName().toString(), Files.readAllBytes(shard));
        }
      }
    }
    return shards;
  }

  private static void assertSameShards(Run expected, Run actual) {
    assertEquals(expected.shards().keySet(), actual.shards().keySet());
    for (String shard : expected.shards().keySet()) {
      assertTrue(java.util.Arrays.equals(expected.shards().get(shard),
          actual.shards().get(shard)), shard + " differs");
    }
  }

  @Test
  void aStretchInWhichEveryCallIsRefusedEndsWithTheSameShardsAsNoLimit() throws IOException {
    Run free = generate(RateLimitedModelServer.builder(Api.OPENAI).latencyMillis(0).build(),
        Api.OPENAI, "free");
    // One call in flight: its first attempt meets all ten refusals, more than the six
    // attempts a failure is given.
    RateLimitedModelServer refusing =
        RateLimitedModelServer.builder(Api.OPENAI).latencyMillis(0).outage(10).build();
    Run limited = generate(refusing, Api.OPENAI, "limited", 1);

    assertEquals(0, free.exitCode(), free.err());
    assertEquals(0, limited.exitCode(), limited.err());
    assertEquals(10, refusing.refused());
    assertTrue(limited.err().contains("10 of 22 calls answered 429"), limited.err());
    assertSameShards(free, limited);
  }

  @Test
  void pacesByOpenAisHeadersAndNamesTheReportedLimit() throws IOException {
    RateLimitedModelServer api = RateLimitedModelServer.builder(Api.OPENAI)
        .requestsPerMinute(1200).tokensPerMinute(10_000_000).latencyMillis(20).build();
    Run run = generate(api, Api.OPENAI, "openai");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains(
        "rate limits: the server reported 1,200 requests, 10,000,000 tokens per minute"),
        run.err());
    assertTrue(api.refused() <= 3, api.describe());
  }

  @Test
  void pacesByAnthropicsHeadersAndNamesTheReportedLimits() throws IOException {
    RateLimitedModelServer api = RateLimitedModelServer.builder(Api.ANTHROPIC)
        .requestsPerMinute(1200).inputTokensPerMinute(5_000_000)
        .outputTokensPerMinute(1_000_000).latencyMillis(20).build();
    Run run = generate(api, Api.ANTHROPIC, "anthropic");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("the server reported 1,200 requests, 5,000,000 input tokens,"
        + " 1,000,000 output tokens per minute"), run.err());
    assertTrue(api.refused() <= 3, api.describe());
  }
}
