package org.difficultadvice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.difficultadvice.engine.Engine;
import org.difficultadvice.engine.RunOutcome;
import org.difficultadvice.generate.Example;
import org.difficultadvice.generate.ExampleGenerator;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.provider.ChatMessage;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.FinishReason;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.Sampling;
import org.difficultadvice.provider.Usage;
import org.difficultadvice.store.RunStore;

/**
 * Measures the engine against a loopback OpenAI-compatible server with a fixed latency: the
 * achieved call rate against the ideal {@code concurrency / latency}, the client's CPU time and
 * heap, and peak live heap for two plan sizes. The server ({@link EngineBenchServer}) runs in a
 * child JVM so the CPU figure is the client's alone. Run from the project root:
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.difficultadvice.bench.EngineBench [--concurrency 256] [--latency-ms 200] \
 *     [--specs 6000] [--heap-specs 10000,100000] [--heap-latency-ms 20]
 * </pre>
 *
 * {@code --specs} is the plan size of the throughput run (3 calls a spec); {@code --heap-specs}
 * the plan sizes of the peak heap comparison (1 call a spec; empty to skip), whose server
 * answers after {@code --heap-latency-ms}.
 */
public final class EngineBench {
  private final int concurrency;
  private final int latencyMs;
  private final int specs;
  private final List<Integer> heapSpecs;
  private final int heapLatencyMs;

  private EngineBench(int concurrency, int latencyMs, int specs, List<Integer> heapSpecs,
      int heapLatencyMs) {
    this.concurrency = concurrency;
    this.latencyMs = latencyMs;
    this.specs = specs;
    this.heapSpecs = heapSpecs;
    this.heapLatencyMs = heapLatencyMs;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    List<Integer> heapSpecs = new ArrayList<>();
    for (String size : options.getOrDefault("--heap-specs", "10000,100000").split(",")) {
      if (!size.isBlank()) {
        heapSpecs.add(Integer.parseInt(size.trim()));
      }
    }
    new EngineBench(Integer.parseInt(options.getOrDefault("--concurrency", "256")),
        Integer.parseInt(options.getOrDefault("--latency-ms", "200")),
        Integer.parseInt(options.getOrDefault("--specs", "6000")), heapSpecs,
        Integer.parseInt(options.getOrDefault("--heap-latency-ms", "20")))
        .run(new PrintWriter(System.out, true));
  }

  private void run(PrintWriter out) throws Exception {
    Process server = startServerJvm();
    try {
      BufferedReader lines = new BufferedReader(
          new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String[] ports = lines.readLine().trim().split(" ");
      String slowUrl = "http://127.0.0.1:" + ports[0];
      String fastUrl = "http://127.0.0.1:" + ports[1];
      baseline(out, slowUrl);
      throughput(out, slowUrl);
      for (int size : heapSpecs) {
        heap(out, fastUrl, size);
      }
    } finally {
      server.destroy();
      server.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private Process startServerJvm() throws IOException {
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Xmx512m",
        // Without TCP_NODELAY, Nagle's algorithm and delayed ACKs add ~40 ms to each answer.
        "-Dsun.net.httpserver.nodelay=true", EngineBenchServer.class.getName(),
        Integer.toString(latencyMs), Integer.toString(heapLatencyMs));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private void throughput(PrintWriter out, String url) throws Exception {
    ClientMeter meter = new ClientMeter(false);
    CountingProvider provider = new CountingProvider(new LoopbackProvider(url, concurrency));
    AtomicLong startNanos = new AtomicLong();
    List<long[]> samples = new ArrayList<>();
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    sampler.scheduleAtFixedRate(() -> {
      synchronized (samples) {
        samples.add(new long[] {System.nanoTime(), provider.calls.sum()});
      }
    }, 0, 100, TimeUnit.MILLISECONDS);
    Path dir = Files.createTempDirectory("bench-engine");
    RunOutcome outcome;
    long started = System.nanoTime();
    startNanos.set(started);
    try (RunStore store = RunStore.open(dir, config(specs), Clock.systemUTC())) {
      store.savePlanIfAbsent(plan(specs));
      long planned = System.nanoTime();
      started = planned;
      outcome = Engine.builder().store(store).concurrency(concurrency).build()
          .run(store.plannedSpecs(), specs, new StagesGenerator(3), provider);
    } finally {
      sampler.shutdownNow();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double ideal = concurrency / (latencyMs / 1000.0);
    double rate = provider.calls.sum() / seconds;
    double steady = steadyRate(samples);
    out.printf(Locale.ROOT, "throughput: %d specs, %d calls in %.1f s at concurrency %d,"
            + " latency %d ms (%s)%n", specs, provider.calls.sum(), seconds, concurrency,
        latencyMs, outcome.completed() ? "completed" : "stopped: " + outcome.message());
    out.printf(Locale.ROOT, "  calls/s %.0f overall, %.0f steady (middle 80%%); ideal %.0f%n",
        rate, steady, ideal);
    out.printf(Locale.ROOT, "  ratio %.3f overall, %.3f steady%n", rate / ideal, steady / ideal);
    out.printf(Locale.ROOT, "  client CPU %.1f s (%.1f%% of one core), %s%n",
        meter.cpuSeconds(), 100 * meter.cpuSeconds() / seconds, meter.heap());
    out.flush();
    deleteRecursively(dir);
  }

  /**
   * The same calls from plain threads, without the engine: the ceiling that this machine, the
   * HTTP client and the loopback server allow, to read the engine's ratio against.
   */
  private void baseline(PrintWriter out, String url) throws Exception {
    LoopbackProvider provider = new LoopbackProvider(url, concurrency);
    int calls = specs * 3;
    AtomicInteger next = new AtomicInteger();
    ClientMeter meter = new ClientMeter(false);
    long started = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < concurrency; t++) {
      Thread thread = new Thread(() -> {
        for (int i = next.getAndIncrement(); i < calls; i = next.getAndIncrement()) {
          try {
            provider.complete(new ChatRequest("baseline", "bench-model",
                List.of(ChatMessage.user("call " + i)), new Sampling(0.8, 0.95, 512, 1L),
                Optional.empty()));
          } catch (ProviderException e) {
            throw new IllegalStateException("baseline call failed", e);
          }
        }
      });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    meter.stop();
    double ideal = concurrency / (latencyMs / 1000.0);
    out.printf(Locale.ROOT, "baseline (plain threads, no engine): %d calls in %.1f s,"
            + " %.0f calls/s, ratio %.3f, client CPU %.1f s%n", calls, seconds, calls / seconds,
        calls / seconds / ideal, meter.cpuSeconds());
    out.flush();
    provider.close();
  }

  private static double steadyRate(List<long[]> samples) {
    synchronized (samples) {
      int n = samples.size();
      if (n < 10) {
        return Double.NaN;
      }
      long[] from = samples.get(n / 10);
      long[] to = samples.get(n * 9 / 10);
      return (to[1] - from[1]) / ((to[0] - from[0]) / 1e9);
    }
  }

  private void heap(PrintWriter out, String url, int size) throws Exception {
    System.gc();
    ClientMeter meter = new ClientMeter(true);
    CountingProvider provider = new CountingProvider(new LoopbackProvider(url, concurrency));
    Path dir = Files.createTempDirectory("bench-engine-heap");
    long started = System.nanoTime();
    try (RunStore store = RunStore.open(dir, config(size), Clock.systemUTC())) {
      store.savePlanIfAbsent(plan(size));
      Engine.builder().store(store).concurrency(concurrency).build()
          .run(store.plannedSpecs(), size, new StagesGenerator(1), provider);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    meter.stop();
    out.printf(Locale.ROOT, "heap: %,d specs, %d calls in %.1f s (%.0f calls/s): %s,"
            + " client CPU %.1f s%n", size, provider.calls.sum(), seconds,
        provider.calls.sum() / seconds, meter.heap(), meter.cpuSeconds());
    out.flush();
    deleteRecursively(dir);
  }

  private static ObjectNode config(int size) {
    ObjectNode config = new ObjectMapper().createObjectNode();
    config.put("bench", true).put("specs", size);
    return config;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** Synthetic specs made on demand: a long plan costs no memory before it is stored. */
  private static Iterator<DilemmaSpec> plan(int size) {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      public DilemmaSpec next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int i = next++;
        return new DilemmaSpec(String.format("spec-%07d", i), "bench/t", "workplace",
            "deception", List.of("honesty-1"), Map.of("person.name", "Okafor"), "a goal",
            "a job", "rent", "Someone (" + i + ") is tempted to pad an expense report to cover"
                + " rent, and wants advice on what to do instead.");
      }
    };
  }

  /** Client CPU time and heap: live heap after collections (the figure that must stay flat). */
  private static final class ClientMeter {
    private final long cpuStart = processCpuNanos();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    private final List<Long> live = java.util.Collections.synchronizedList(new ArrayList<>());
    private final boolean sampleLiveHeap;
    private Long cpuEnd;

    /** @param sampleLiveHeap force a full GC each second to read the live heap (heap runs) */
    ClientMeter(boolean sampleLiveHeap) {
      this.sampleLiveHeap = sampleLiveHeap;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        pool.resetPeakUsage();
      }
      if (sampleLiveHeap) {
        sampler.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
      }
    }

    /** Live heap: what a full collection leaves. Once a second, so it barely slows the run. */
    private void sample() {
      if (cpuEnd != null) {
        return;
      }
      ManagementFactory.getMemoryMXBean().gc();
      live.add(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    void stop() {
      if (sampleLiveHeap) {
        sample();
      }
      sampler.shutdownNow();
      cpuEnd = processCpuNanos();
    }

    double cpuSeconds() {
      if (cpuEnd == null) {
        stop();
      }
      return (cpuEnd - cpuStart) / 1e9;
    }

    String heap() {
      long peak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      String text = String.format(Locale.ROOT, "peak heap used %.0f MiB", peak / 1048576.0);
      List<Long> sorted;
      synchronized (live) {
        sorted = live.stream().sorted().toList();
      }
      if (sorted.isEmpty()) {
        return text;
      }
      return text + String.format(Locale.ROOT,
          ", live heap after a full GC each second: peak %.1f MiB, median %.1f MiB (%d samples)",
          sorted.get(sorted.size() - 1) / 1048576.0, sorted.get(sorted.size() / 2) / 1048576.0,
          sorted.size());
    }

    private static long processCpuNanos() {
      return ((com.sun.management.OperatingSystemMXBean)
          ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
  }

  /** Counts answered calls, for the throughput samples. */
  private static final class CountingProvider implements Provider {
    private final Provider delegate;
    private final LongAdder calls = new LongAdder();

    CountingProvider(Provider delegate) {
      this.delegate = delegate;
    }

    @Override
    public Completion complete(ChatRequest request) throws ProviderException {
      Completion completion = delegate.complete(request);
      calls.increment();
      return completion;
    }

    @Override
    public String name() {
      return delegate.name();
    }
  }

  /** The generator's shape: stages in sequence, each feeding the next. */
  private static final class StagesGenerator implements ExampleGenerator {
    private static final List<String> STAGES = List.of("realize", "respond", "revise");
    private final int stages;

    StagesGenerator(int stages) {
      this.stages = stages;
    }

    @Override
    public Example generate(DilemmaSpec spec, Provider provider) throws ProviderException {
      String text = spec.brief();
      for (String stage : STAGES.subList(0, stages)) {
        text = provider.complete(new ChatRequest(stage, "bench-model",
            List.of(ChatMessage.system("You are the " + stage + " stage."),
                ChatMessage.user(spec.id() + ": " + text)),
            new Sampling(0.8, 0.95, 512, 1L), Optional.empty())).text();
      }
      return new Example(spec, "", spec.brief(), text, List.of(), Map.of("all", "bench-model"),
          Map.of());
    }
  }

  /**
   * A minimal OpenAI-compatible client for the loopback server. The real OpenAI provider lives
   * in {@code provider.openai}; the benchmark keeps its own so it measures the engine, not a
   * provider's parsing.
   */
  private static final class LoopbackProvider implements Provider {
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private final ObjectMapper json = new ObjectMapper();
    private final OkHttpClient client;
    private final String url;

    LoopbackProvider(String baseUrl, int connections) {
      this.url = baseUrl + "/v1/chat/completions";
      this.client = new OkHttpClient.Builder()
          .connectionPool(new ConnectionPool(connections, 5, TimeUnit.MINUTES))
          .readTimeout(Duration.ofSeconds(30)).build();
    }

    @Override
    public Completion complete(ChatRequest request) throws ProviderException {
      ObjectNode body = json.createObjectNode().put("model", request.model());
      for (ChatMessage message : request.messages()) {
        body.withArray("messages").addObject().put("role", message.role().wireName())
            .put("content", message.content());
      }
      Request http = new Request.Builder().url(url)
          .post(RequestBody.create(body.toString(), JSON_TYPE)).build();
      try (Response response = client.newCall(http).execute()) {
        if (!response.isSuccessful()) {
          throw new ProviderException("HTTP " + response.code(), response.code(),
              response.code() == 429 || response.code() >= 500);
        }
        JsonNode root = json.readTree(response.body().byteStream());
        return new Completion(root.path("choices").path(0).path("message").path("content")
            .asText(), FinishReason.STOP, new Usage(root.path("usage").path("prompt_tokens")
            .asLong(), root.path("usage").path("completion_tokens").asLong()),
            request.model(), "");
      } catch (IOException e) {
        throw new ProviderException("I/O error: " + e, 0, true, "", null, e);
      }
    }

    @Override
    public String name() {
      return "loopback";
    }

    @Override
    public void close() {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
