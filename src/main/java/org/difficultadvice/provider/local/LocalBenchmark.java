package org.difficultadvice.provider.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.difficultadvice.load.LocalModelSettings;
import org.difficultadvice.provider.ChatMessage;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.Sampling;

/**
 * Measures the local model through {@link LocalProvider}, the path the pipeline uses: prompt
 * speed from the start of a call to its first streamed token, generation speed from the first
 * token to the last. Medians over {@code runs}; prompt caching is off, so every run processes
 * the whole prompt.
 */
public final class LocalBenchmark {
  private static final String SYSTEM = "You are a careful advisor. You take the person's goal"
      + " seriously, say plainly why a shortcut is wrong, and offer legitimate paths.";
  private static final String USER = "ok so this is awkward. I run the books for a small"
      + " bakery co-op, eleven members, and our grant report is due friday. we are about 4k"
      + " short of the match we promised the city and the treasurer says just book the volunteer"
      + " hours at market rate, everyone does it, nobody checks. it would cover the gap and keep"
      + " the grant, which pays two salaries. I don't want to lose the grant but I also signed"
      + " the last report. what would you do, honestly? please answer at length, walk me"
      + " through the options, the risks of each, who I should talk to first and what to say.";

  private LocalBenchmark() {}

  /** What one benchmark run measured. {@code peakRssBytes} is empty where unknown. */
  public record Figures(
      String model,
      long fileBytes,
      int threads,
      double loadSeconds,
      long promptTokens,
      double promptTokensPerSecond,
      long generatedTokens,
      double generationTokensPerSecond,
      OptionalLong peakRssBytes) {}

  public static Figures run(LocalModelSettings settings, Path modelFile, int maxTokens, int runs)
      throws ProviderException, IOException {
    if (runs < 1 || maxTokens < 2) {
      throw new IllegalArgumentException("need at least 1 run and 2 max tokens");
    }
    long start = System.nanoTime();
    try (LocalProvider provider = LocalProvider.open(settings, modelFile)) {
      double loadSeconds = seconds(System.nanoTime() - start);
      provider.complete(request(2)); // warm-up: first-touch of the weights' pages
      double[] promptRates = new double[runs];
      double[] generationRates = new double[runs];
      long promptTokens = 0;
      long generated = 0;
      for (int run = 0; run < runs; run++) {
        GenerationClock clock = new GenerationClock();
        Completion completion = provider.complete(request(maxTokens), clock);
        promptTokens = completion.usage().inputTokens();
        generated = completion.usage().outputTokens();
        promptRates[run] = promptTokens / clock.promptSeconds();
        generationRates[run] =
            generated > 1 ? (generated - 1) / clock.generationSeconds() : Double.NaN;
      }
      return new Figures(provider.modelName(), Files.size(modelFile),
          LocalProvider.threadCount(settings), loadSeconds, promptTokens,
          median(promptRates), generated, median(generationRates),
          peakResidentBytes());
    }
  }

  private static ChatRequest request(int maxTokens) {
    return new ChatRequest("bench", "local",
        List.of(ChatMessage.system(SYSTEM), ChatMessage.user(USER)),
        new Sampling(0.8, 0.95, maxTokens, 1234L), Optional.empty());
  }

  /** The process's peak resident set (VmHWM), on Linux; empty elsewhere. */
  public static OptionalLong peakResidentBytes() {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return OptionalLong.empty();
    }
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          String kb = line.substring("VmHWM:".length()).replace("kB", "").strip();
          return OptionalLong.of(Long.parseLong(kb) * 1024);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty(); // a figure we cannot read is reported as unknown
    }
    return OptionalLong.empty();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
