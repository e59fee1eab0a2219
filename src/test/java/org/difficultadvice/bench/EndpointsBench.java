package org.difficultadvice.bench;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.difficultadvice.cli.Main;
import org.difficultadvice.testing.RateLimitedModelServer;
import org.difficultadvice.testing.RateLimitedModelServer.Api;

/**
 * Runs {@code generate} with the shipped content against several loopback servers at once and
 * prints the share of calls each served, and the shards' sha256 next to those of a run against
 * one healthy server. Run from the project root:
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.difficultadvice.bench.EndpointsBench [--specs N] [scenario...]
 * </pre>
 *
 * Scenarios: one-failing (two healthy servers and one answering 503 to everything),
 * one-refusing (the third a closed port), unequal (healthy servers of 20, 60 and 180 ms
 * latency). All when none is given.
 */
public final class EndpointsBench {
  private EndpointsBench() {}

  /** Answers 503 to every call, as a replica that is restarting does. */
  private static final class Unavailable extends Dispatcher {
    final AtomicLong calls = new AtomicLong();

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      calls.incrementAndGet();
      return new MockResponse().setResponseCode(503)
          .setBody("{\"error\":{\"message\":\"replica is restarting\"}}");
    }
  }

  public static void main(String[] args) throws Exception {
    int specs = 100;
    List<String> wanted = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--specs")) {
        specs = Integer.parseInt(args[++i]);
      } else {
        wanted.add(args[i]);
      }
    }
    Map<String, String> reference = null;
    for (String scenario : List.of("one-failing", "one-refusing", "unequal")) {
      if (!wanted.isEmpty() && !wanted.contains(scenario)) {
        continue;
      }
      if (reference == null) {
        reference = run("single", specs, List.of(60L), List.of());
      }
      Map<String, String> shards = switch (scenario) {
        case "one-failing" -> run(scenario, specs, List.of(60L, 60L),
            List.of(new Unavailable()));
        case "one-refusing" -> run(scenario, specs, List.of(60L, 60L), List.of());
        default -> run(scenario, specs, List.of(20L, 60L, 180L), List.of());
      };
      System.out.printf(Locale.ROOT, "    shards equal to the single healthy server's: %s%n",
          shards.equals(reference) ? "yes" : "NO");
    }
  }

  private static RateLimitedModelServer healthy(long latencyMillis) {
    return RateLimitedModelServer.builder(Api.OPENAI).latencyMillis(latencyMillis).build();
  }

  private static Map<String, String> run(String name, int specs, List<Long> latencies,
      List<Unavailable> failing) throws IOException {
    List<RateLimitedModelServer> healthy =
        latencies.stream().map(EndpointsBench::healthy).toList();
    Path runDir = Files.createTempDirectory("endpoints-bench-");
    List<MockWebServer> servers = new ArrayList<>();
    List<String> urls = new ArrayList<>();
    try {
      for (Dispatcher dispatcher : concat(healthy, failing)) {
        MockWebServer server = new MockWebServer();
        server.setDispatcher(dispatcher);
        server.start();
        servers.add(server);
        urls.add(server.url("/v1").toString());
      }
      if (name.equals("one-refusing")) {
        MockWebServer closed = new MockWebServer();
        closed.start();
        urls.add(closed.url("/v1").toString());
        closed.shutdown();
      }
      List<String> command = new ArrayList<>(List.of("generate",
          "--config", "generator/default.yaml", "--run-dir", runDir.toString(),
          "--provider", "openai", "--model", "bench-model", "--budget-tokens", "100000000",
          "--specs", String.valueOf(specs), "--concurrency", "32"));
      for (String url : urls) {
        command.addAll(List.of("--base-url", url));
      }
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      long start = System.nanoTime();
      int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true),
          Map.of()).execute(command.toArray(String[]::new));
      double seconds = (System.nanoTime() - start) / 1e9;
      long served = healthy.stream().mapToLong(RateLimitedModelServer::served).sum();
      System.out.printf(Locale.ROOT, "%-12s exit %d in %.1f s, %d endpoint(s), %,d calls"
          + " answered%n", name, exit, seconds, urls.size(), served);
      for (int i = 0; i < healthy.size(); i++) {
        System.out.printf(Locale.ROOT, "    %s (%d ms): %,d calls, %.1f%%%n",
            urls.get(i), latencies.get(i), healthy.get(i).served(),
            100.0 * healthy.get(i).served() / Math.max(1, served));
      }
      for (int i = 0; i < failing.size(); i++) {
        System.out.printf(Locale.ROOT, "    %s (503 always): %,d calls refused, 0.0%%%n",
            urls.get(healthy.size() + i), failing.get(i).calls.get());
      }
      for (String line : err.toString().split("\n")) {
        if (line.startsWith("done:") || line.startsWith("endpoints:")
            || line.startsWith("stopped:")) {
          System.out.println("    " + line);
        }
      }
      if (exit != 0) {
        System.out.println(err);
      }
      Map<String, String> shards = shardHashes(runDir);
      shards.forEach((shard, sha) -> System.out.printf("    %s sha256 %s%n", shard, sha));
      return shards;
    } finally {
      for (MockWebServer server : servers) {
        server.shutdown();
      }
    }
  }

  private static List<Dispatcher> concat(List<? extends Dispatcher> a,
      List<? extends Dispatcher> b) {
    List<Dispatcher> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static Map<String, String> shardHashes(Path runDir) throws IOException {
    Map<String, String> hashes = new TreeMap<>();
    try (Stream<Path> files = Files.list(runDir.resolve("data"))) {
      for (Path shard : files.toList()) {
        hashes.put(shard.getFileName().toString(),
            Hashing.sha256().hashBytes(Files.readAllBytes(shard)).toString());
      }
    }
    return hashes;
  }
}
