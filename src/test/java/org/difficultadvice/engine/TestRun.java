package org.difficultadvice.engine;

import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.difficultadvice.provider.ApiKey;
import org.difficultadvice.provider.HttpClientSettings;
import org.difficultadvice.provider.openai.OpenAiProvider;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import org.difficultadvice.generate.Example;
import org.difficultadvice.load.InvalidInputException;
import org.difficultadvice.store.RunStore;

/**
 * One batch run as the {@code generate} command will make it: open the run store, save the plan
 * if new, run the engine over it. Shared by in-process tests and the child JVM of the kill test.
 */
final class TestRun {
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final Path runDir;
  private final String baseUrl;
  private final int specs;
  private Engine.Builder engine;

  TestRun(Path runDir, String baseUrl, int specs) {
    this.runDir = runDir;
    this.baseUrl = baseUrl;
    this.specs = specs;
    // Backoff sleeps are recorded, not slept: fault tests take milliseconds.
    this.engine = Engine.builder().concurrency(8).random(new SplittableRandom(1))
        .sleeper(sleeps::add).drainTimeout(Duration.ofSeconds(5));
  }

  TestRun configure(java.util.function.UnaryOperator<Engine.Builder> change) {
    engine = change.apply(engine);
    return this;
  }

  static ObjectNode config(int specs) {
    ObjectNode config = new ObjectMapper().createObjectNode();
    config.put("seed", 7).put("specs", specs);
    config.putObject("provider").put("model", ThreeStageGenerator.MODEL);
    return config;
  }

  RunOutcome run(Duration readTimeout) throws Exception {
    try (RunStore store = RunStore.open(runDir, config(specs), Clock.systemUTC());
        OpenAiProvider provider = new OpenAiProvider(
            new HttpClientSettings(Duration.ofSeconds(5), readTimeout, Duration.ofSeconds(30), 64)
                .newClient(),
            HttpUrl.get(baseUrl).resolve("/v1"),
            Optional.of(ApiKey.fromEnvironment("TEST_API_KEY", Map.of("TEST_API_KEY", "sk-t"))))) {
      store.savePlanIfAbsent(TestSpecs.first(specs));
      return engine.store(store).build()
          .run(store.plannedSpecs(), store.planSize(), new ThreeStageGenerator(), provider);
    }
  }

  static List<Example> storedExamples(Path runDir, int specs) throws InvalidInputException {
    try (RunStore store = RunStore.open(runDir, config(specs), Clock.systemUTC())) {
      return store.examples().toList();
    }
  }
}
