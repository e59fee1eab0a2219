package org.difficultadvice.bench;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;
import org.difficultadvice.testing.RateLimitedModelServer;

/**
 * A loopback model server in its own process, for trying the command line as a user would
 * (every README command, kills and resumes) against OpenAI- or Anthropic-shaped answers:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.difficultadvice.bench.LoopbackModelServer --port 18081 --api openai \
 *     [--rpm N] [--tpm N] [--latency-ms N] [--short-share 0.2] [--answer-words 140]
 *     [--max-in-flight N]
 *     [--stats FILE]
 * </pre>
 *
 * It serves on 127.0.0.1 only, until killed; with {@code --stats} it rewrites FILE every
 * second with the calls served and refused.
 */
public final class LoopbackModelServer {
  private LoopbackModelServer() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    RateLimitedModelServer.Api api = options.getOrDefault("--api", "openai").equals("anthropic")
        ? RateLimitedModelServer.Api.ANTHROPIC : RateLimitedModelServer.Api.OPENAI;
    RateLimitedModelServer dispatcher = RateLimitedModelServer.builder(api)
        .requestsPerMinute(Long.parseLong(options.getOrDefault("--rpm", "0")))
        .tokensPerMinute(Long.parseLong(options.getOrDefault("--tpm", "0")))
        .latencyMillis(Long.parseLong(options.getOrDefault("--latency-ms", "20")))
        .shortAnswerShare(Double.parseDouble(options.getOrDefault("--short-share", "0")))
        .answerWords(Integer.parseInt(options.getOrDefault("--answer-words", "140")))
        .maxInFlight(Integer.parseInt(options.getOrDefault("--max-in-flight", "0")))
        .build();
    MockWebServer server = new MockWebServer();
    server.setDispatcher(dispatcher);
    server.start(InetAddress.getByName("127.0.0.1"),
        Integer.parseInt(options.getOrDefault("--port", "18081")));
    System.out.println("serving on " + server.url("/"));
    Path stats = options.containsKey("--stats") ? Path.of(options.get("--stats")) : null;
    while (true) {
      Thread.sleep(1000);
      if (stats != null) {
        Files.writeString(stats, dispatcher.describe() + String.format(java.util.Locale.ROOT,
            "; steady %.0f requests per minute%n", dispatcher.servedPerMinute(
                RateLimitedModelServer.Measure.REQUESTS, 0.1, 0.9)));
      }
    }
  }
}
