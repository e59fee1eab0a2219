package org.difficultadvice.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@link EngineBench}'s loopback OpenAI-compatible server, run in a child JVM: two servers
 * (throughput latency, heap latency) on loopback ports, printed on one line, serving the same
 * answer until killed. Arguments: the two latencies in milliseconds.
 */
final class EngineBenchServer {
  private EngineBenchServer() {}

  public static void main(String[] args) throws Exception {
    HttpServer slow = server(Integer.parseInt(args[0]));
    HttpServer fast = server(Integer.parseInt(args[1]));
    System.out.println(slow.getAddress().getPort() + " " + fast.getAddress().getPort());
    System.out.flush();
    Thread.currentThread().join();
  }

  private static HttpServer server(int latency) throws IOException {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
    server.setExecutor(Executors.newFixedThreadPool(8));
    byte[] answer = ("{\"model\":\"bench-model\",\"choices\":[{\"finish_reason\":\"stop\","
        + "\"message\":{\"role\":\"assistant\",\"content\":\"A considered answer that weighs"
        + " the goal and the rule and offers a legitimate path.\"}}],"
        + "\"usage\":{\"prompt_tokens\":120,\"completion_tokens\":40}}")
        .getBytes(StandardCharsets.UTF_8);
    // Answers are sent from a timer rather than from a sleeping thread, so the server holds
    // hundreds of calls open without hundreds of threads competing for the two cores.
    ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
    server.createContext("/v1/chat/completions", exchange -> {
      exchange.getRequestBody().readAllBytes();
      timer.schedule(() -> {
        try (OutputStream body = exchange.getResponseBody()) {
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, answer.length);
          body.write(answer);
        } catch (IOException e) {
          exchange.close();
        }
      }, latency, TimeUnit.MILLISECONDS);
    });
    server.start();
    return server;
  }
}
