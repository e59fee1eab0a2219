package org.difficultadvice.bench;

import com.google.common.hash.Hashing;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockWebServer;
import org.difficultadvice.testing.BatchApiServer;
import org.difficultadvice.testing.RateLimitedModelServer;

/**
 * The release job (3M tokens) twice against one loopback server: direct, then {@code --batch}
 * through the loopback Batch API. Prints calls, rows, batches, cost of each and the sha256 of
 * every shard of both, which must be equal.
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * java -Xmx3g -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.difficultadvice.bench.BatchBench [--api openai|anthropic] [--out DIR]
 * </pre>
 *
 * It runs {@code generate} in this JVM on a copy of {@code generator/release.yaml} (beside it,
 * removed after) that polls batches every 0.2 s instead of every 10, with the judge off (the
 * loopback server scores no rubric).
 */
public final class BatchBench {
  private BatchBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new TreeMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    boolean openAi = !options.getOrDefault("--api", "openai").equals("anthropic");
    Path out = Path.of(options.getOrDefault("--out", "target/batch-bench"));
    Path release = Path.of("generator/release.yaml");
    Path config = release.resolveSibling(".batch-bench.yaml");
    // The loopback server scores no rubric: the judge is left off, as in the recipe's default.
    String text = Files.readString(release).replace("engine:\n",
        "engine:\n  batch_poll_seconds: 0.2\n").replace("judge:\n  enabled: true",
        "judge:\n  enabled: false");
    Files.writeString(config, text);
    BatchApiServer api = new BatchApiServer(openAi
        ? RateLimitedModelServer.Api.OPENAI : RateLimitedModelServer.Api.ANTHROPIC);
    MockWebServer server = new MockWebServer();
    server.setDispatcher(api);
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    String base = server.url(openAi ? "/v1" : "/").toString();
    try {
      long started = System.nanoTime();
      String direct = generate(config, out.resolve("direct"), base, openAi, List.of());
      double directSeconds = (System.nanoTime() - started) / 1e9;
      long directCalls = api.directCalls();
      started = System.nanoTime();
      String batch = generate(config, out.resolve("batch"), base, openAi, List.of("--batch"));
      double batchSeconds = (System.nanoTime() - started) / 1e9;
      Map<String, String> directShards = shardHashes(out.resolve("direct"));
      Map<String, String> batchShards = shardHashes(out.resolve("batch"));
      System.out.printf("direct: %d calls, %s, %.0f s%n", directCalls, cost(direct),
          directSeconds);
      System.out.printf("batch: %d rows in %d batches (%d direct calls), %s, %.0f s%n",
          api.rowsSubmitted(), api.batchesCreated(), api.directCalls() - directCalls,
          cost(batch), batchSeconds);
      System.out.println("shards equal: " + directShards.equals(batchShards));
      directShards.forEach((name, hash) -> System.out.println("  " + name + " " + hash
          + (hash.equals(batchShards.get(name)) ? " (same in batch)" : " DIFFERS")));
      System.out.println("direct summary: " + lastLines(direct));
      System.out.println("batch summary: " + lastLines(batch));
    } finally {
      Files.deleteIfExists(config);
      server.shutdown();
    }
  }

  private static String generate(Path config, Path runDir, String base, boolean openAi,
      List<String> extra) {
    StringWriter err = new StringWriter();
    StringWriter out = new StringWriter();
    List<String> args = new java.util.ArrayList<>(List.of("generate", "--config",
        config.toString(), "--run-dir", runDir.toString(), "--provider",
        openAi ? "openai" : "anthropic", "--base-url", base));
    args.addAll(extra);
    int exit = org.difficultadvice.cli.Main.commandLine(new PrintWriter(out, true),
            new PrintWriter(err, true),
            Map.of("OPENAI_API_KEY", "sk-bench", "ANTHROPIC_API_KEY", "sk-ant-bench"))
        .execute(args.toArray(String[]::new));
    if (exit != 0) {
      throw new IllegalStateException("generate exited " + exit + ":\n" + err);
    }
    return err + "\n" + out;
  }

  private static String cost(String log) {
    Matcher m = Pattern.compile("(\\d+) input \\+ (\\d+) output tokens[^$]*\\$([0-9.]+) in all")
        .matcher(log);
    return m.find() ? m.group(1) + " input + " + m.group(2) + " output tokens, $" + m.group(3)
        : "cost not found";
  }

  private static String lastLines(String log) {
    String[] lines = log.strip().split("\n");
    return String.join(" | ", List.of(lines).subList(Math.max(0, lines.length - 4),
        lines.length));
  }

  private static Map<String, String> shardHashes(Path runDir) throws Exception {
    Map<String, String> hashes = new TreeMap<>();
    try (Stream<Path> files = Files.list(runDir.resolve("data"))) {
      for (Path file : files.toList()) {
        hashes.put(file.getFileName().toString(),
            Hashing.sha256().hashBytes(Files.readAllBytes(file)).toString());
      }
    }
    return hashes;
  }
}
