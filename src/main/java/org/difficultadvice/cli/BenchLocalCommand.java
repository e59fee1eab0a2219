package org.difficultadvice.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.difficultadvice.load.LocalModelSettings;
import org.difficultadvice.provider.local.LocalBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench-local}: prompt and generation speed and peak memory of a local GGUF model. */
@Command(
    name = "bench-local",
    mixinStandardHelpOptions = true,
    description = "Measures a local GGUF model's prompt and generation tokens per second and the"
        + " process's peak RSS, through the local provider.")
final class BenchLocalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model-path", required = true, paramLabel = "FILE",
      description = "The GGUF model file to measure.")
  Path modelPath;

  @Option(names = "--threads", defaultValue = "0",
      description = "CPU threads; 0 means every core. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--context-size", defaultValue = "4096",
      description = "Context window in tokens. Default: ${DEFAULT-VALUE}.")
  int contextSize;

  @Option(names = "--max-tokens", defaultValue = "128",
      description = "Tokens to generate per measured call. Default: ${DEFAULT-VALUE}.")
  int maxTokens;

  @Option(names = "--runs", defaultValue = "3",
      description = "Measured runs; medians are reported. Default: ${DEFAULT-VALUE}.")
  int runs;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    LocalModelSettings settings =
        new LocalModelSettings(modelPath.toString(), null, threads, contextSize);
    LocalBenchmark.Figures f = LocalBenchmark.run(settings, modelPath, maxTokens, runs);
    out.printf(Locale.ROOT, "model               %s (%.1f MB)%n", f.model(), f.fileBytes() / 1e6);
    out.printf(Locale.ROOT, "threads             %d%n", f.threads());
    out.printf(Locale.ROOT, "load                %.2f s%n", f.loadSeconds());
    out.printf(Locale.ROOT, "prompt              %d tokens, %.1f tokens/s%n",
        f.promptTokens(), f.promptTokensPerSecond());
    out.printf(Locale.ROOT, "generation          %d tokens, %.1f tokens/s%n",
        f.generatedTokens(), f.generationTokensPerSecond());
    out.printf(Locale.ROOT, "peak RSS            %s%n", f.peakRssBytes().isPresent()
        ? String.format(Locale.ROOT, "%.0f MB", f.peakRssBytes().getAsLong() / 1e6)
        : "unknown on this OS");
    out.flush();
    return ExitCode.OK;
  }
}
