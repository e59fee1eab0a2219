package org.difficultadvice.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;
import org.difficultadvice.cli.Main;
import org.difficultadvice.testing.RateLimitedModelServer;
import org.difficultadvice.testing.RateLimitedModelServer.Api;
import org.difficultadvice.testing.RateLimitedModelServer.Measure;

/**
 * Runs {@code generate} with the shipped content against loopback servers that enforce the
 * paid APIs' kinds of limit, and prints the served rate in the steady middle of each run as a
 * share of the binding limit, with the share of calls answered 429. Run from the project root:
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.difficultadvice.bench.RateLimitBench [scenario...]
 * </pre>
 *
 * Scenarios: openai-600, openai-6000, openai-tpm, anthropic, in-flight (all when none given).
 */
public final class RateLimitBench {
  private RateLimitBench() {}

  record Scenario(String name, RateLimitedModelServer server, Api api, Measure binding,
      double limitPerMinute, List<String> args) {}

  public static void main(String[] names) throws Exception {
    List<Scenario> all = List.of(
        new Scenario("openai-600", RateLimitedModelServer.builder(Api.OPENAI)
            .requestsPerMinute(600).tokensPerMinute(10_000_000).latencyMillis(800).build(),
            Api.OPENAI, Measure.REQUESTS, 600, List.of("--specs", "100")),
        new Scenario("openai-6000", RateLimitedModelServer.builder(Api.OPENAI)
            .requestsPerMinute(6000).tokensPerMinute(100_000_000).latencyMillis(800).build(),
            Api.OPENAI, Measure.REQUESTS, 6000,
            List.of("--specs", "1000", "--concurrency", "256")),
        new Scenario("openai-tpm", RateLimitedModelServer.builder(Api.OPENAI)
            .requestsPerMinute(6000).tokensPerMinute(2_000_000).latencyMillis(800).build(),
            Api.OPENAI, Measure.TOKENS, 2_000_000,
            List.of("--specs", "250", "--concurrency", "256")),
        new Scenario("anthropic", RateLimitedModelServer.builder(Api.ANTHROPIC)
            .requestsPerMinute(600).inputTokensPerMinute(2_000_000)
            .outputTokensPerMinute(400_000).latencyMillis(800).build(),
            Api.ANTHROPIC, Measure.REQUESTS, 600, List.of("--specs", "100")),
        new Scenario("anthropic-itpm", RateLimitedModelServer.builder(Api.ANTHROPIC)
            .requestsPerMinute(4000).inputTokensPerMinute(1_000_000)
            .outputTokensPerMinute(400_000).latencyMillis(800).build(),
            Api.ANTHROPIC, Measure.INPUT_TOKENS, 1_000_000,
            List.of("--specs", "200", "--concurrency", "256")),
        new Scenario("in-flight", RateLimitedModelServer.builder(Api.OPENAI)
            .maxInFlight(100).latencyMillis(500).build(),
            Api.OPENAI, Measure.REQUESTS, 200 * 60,
            List.of("--specs", "2000", "--concurrency", "256")),
        // The client alone: no cap at the server, 100 calls in flight at most from here. What
        // the in-flight scenario can reach at best on this machine.
        new Scenario("in-flight-ceiling", RateLimitedModelServer.builder(Api.OPENAI)
            .latencyMillis(500).build(),
            Api.OPENAI, Measure.REQUESTS, 200 * 60,
            List.of("--specs", "2000", "--concurrency", "100")));
    List<String> wanted = List.of(names);
    for (Scenario scenario : all) {
      if (wanted.isEmpty() || wanted.contains(scenario.name())) {
        run(scenario);
      }
    }
  }

  private static void run(Scenario scenario) throws IOException {
    Path runDir = Files.createTempDirectory("rate-bench-");
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(scenario.server());
      server.start();
      List<String> args = new ArrayList<>(List.of("generate",
          "--config", "generator/default.yaml", "--run-dir", runDir.toString(),
          "--provider", scenario.api() == Api.OPENAI ? "openai" : "anthropic",
          "--base-url", server.url(scenario.api() == Api.OPENAI ? "/v1" : "/").toString(),
          "--model", "bench-model", "--budget-tokens", "100000000"));
      args.addAll(scenario.args());
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      long start = System.nanoTime();
      int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true),
              Map.of("ANTHROPIC_API_KEY", "bench-key"))
          .execute(args.toArray(String[]::new));
      double seconds = (System.nanoTime() - start) / 1e9;
      double rate = scenario.server().servedPerMinute(scenario.binding(), 0.1, 0.9);
      System.out.printf(Locale.ROOT, "%-15s exit %d in %.1f s (serving %.1f s); %s; steady"
              + " %s/min %.0f of %.0f = %.3f%n", scenario.name(), exit, seconds,
          scenario.server().servingSeconds(), scenario.server().describe(),
          scenario.binding().name().toLowerCase(Locale.ROOT), rate, scenario.limitPerMinute(),
          rate / scenario.limitPerMinute());
      for (String line : err.toString().split("\n")) {
        if (line.startsWith("done:") || line.startsWith("rate limits:")
            || line.startsWith("stopped:")) {
          System.out.println("    " + line);
        }
      }
      if (exit != 0) {
        System.out.println(err);
      }
    }
  }
}
