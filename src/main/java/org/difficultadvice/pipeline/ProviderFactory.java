package org.difficultadvice.pipeline;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.difficultadvice.load.Diagnostic;
import org.difficultadvice.load.InvalidInputException;
import org.difficultadvice.load.JobConfig;
import org.difficultadvice.provider.ApiKey;
import org.difficultadvice.provider.BatchApi;
import org.difficultadvice.provider.HttpClientSettings;
import org.difficultadvice.provider.MissingApiKeyException;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.anthropic.AnthropicBatchApi;
import org.difficultadvice.provider.anthropic.AnthropicProvider;
import org.difficultadvice.provider.local.LocalProvider;
import org.difficultadvice.provider.local.ModelDownloader;
import org.difficultadvice.provider.local.ModelLocator;
import org.difficultadvice.provider.local.ModelUnavailableException;
import org.difficultadvice.provider.local.ProgressPrinter;
import org.difficultadvice.provider.openai.BatchFilesApi;
import org.difficultadvice.provider.openai.OpenAiBatchApi;
import org.difficultadvice.provider.openai.OpenAiProvider;

/**
 * Opens the provider a job names. The one HTTP client of the process is built here and shared
 * by the API providers and the model downloader.
 */
public final class ProviderFactory implements AutoCloseable {
  static final String LOCAL = "local";
  static final String OPENAI = "openai";
  static final String ANTHROPIC = "anthropic";

  private final Map<String, String> environment;
  private final PrintWriter err;
  private final OkHttpClient http;

  public ProviderFactory(
      JobConfig job, int concurrency, Map<String, String> environment, PrintWriter err) {
    this(job, concurrency, environment, err, UrlCredentials.of(job));
  }

  /**
   * @param credentials the base URL's user and password, sent as basic auth; {@code job}'s own
   *     base URL may have them removed already (see {@link UrlCredentials#redact(JobConfig)})
   */
  public ProviderFactory(JobConfig job, int concurrency, Map<String, String> environment,
      PrintWriter err, UrlCredentials credentials) {
    this.environment = Map.copyOf(environment);
    this.err = err;
    OkHttpClient client = new HttpClientSettings(job.engine().connectTimeout(),
        job.engine().readTimeout(), job.engine().callTimeout(), concurrency).newClient();
    this.http = credentials.present()
        ? client.newBuilder().addInterceptor(credentials).build()
        : client;
  }

  /**
   * Cancels every HTTP call in flight: their threads get an error at once instead of waiting
   * for the server. For a second Ctrl-C or SIGTERM, when a stopping run should not wait.
   */
  public void cancelCalls() {
    http.dispatcher().cancelAll();
  }

  /** Rejects an unknown provider name or base URL before anything is written. */
  static void check(JobConfig job) throws InvalidInputException {
    String name = job.provider().name();
    if (!name.equals(LOCAL) && !name.equals(OPENAI) && !name.equals(ANTHROPIC)) {
      throw new InvalidInputException(configProblem(job,
          "unknown provider '" + name + "'", "use local, openai or anthropic"));
    }
    if (job.provider().baseUrl() != null && HttpUrl.parse(job.provider().baseUrl()) == null) {
      throw new InvalidInputException(configProblem(job,
          "base_url '" + UrlCredentials.redact(job.provider().baseUrl())
              + "' is not an http(s) URL",
          "give the API root, for example http://localhost:8000/v1"));
    }
  }

  /** The API key the job needs, read now so a missing one fails before any work. */
  public Optional<ApiKey> apiKey(JobConfig job) throws MissingApiKeyException {
    return switch (job.provider().name()) {
      case OPENAI -> OpenAiProvider.readKey(
          baseUrl(job, OpenAiProvider.DEFAULT_BASE_URL),
          keyVariable(job, OpenAiProvider.DEFAULT_KEY_VARIABLE), environment);
      case ANTHROPIC -> Optional.of(ApiKey.fromEnvironment(
          keyVariable(job, AnthropicProvider.DEFAULT_KEY_VARIABLE), environment));
      default -> Optional.empty();
    };
  }

  public Provider open(JobConfig job, Optional<ApiKey> key, Optional<Path> modelPath)
      throws ModelUnavailableException, ProviderException {
    return switch (job.provider().name()) {
      case OPENAI -> new OpenAiProvider(
          http, baseUrl(job, OpenAiProvider.DEFAULT_BASE_URL), key, job.provider().reasoningMode());
      case ANTHROPIC -> new AnthropicProvider(
          http, baseUrl(job, AnthropicProvider.DEFAULT_BASE_URL), key.orElseThrow());
      case LOCAL -> openLocal(job, modelPath);
      default -> throw new IllegalStateException("unchecked provider " + job.provider().name());
    };
  }

  /**
   * The batch API of the job's provider, or batch files in {@code files} (OpenAI's format)
   * when given.
   *
   * @throws InvalidInputException the provider has no batch API
   */
  public BatchApi openBatches(JobConfig job, Optional<ApiKey> key, Optional<Path> files)
      throws InvalidInputException {
    String name = job.provider().name();
    if (files.isPresent() && !name.equals(OPENAI)) {
      throw new InvalidInputException(configProblem(job,
          "--batch-files writes OpenAI's batch format, but the provider is " + name,
          "add --provider openai (vLLM's run-batch reads that format)"));
    }
    return switch (name) {
      case OPENAI -> {
        HttpUrl base = baseUrl(job, OpenAiProvider.DEFAULT_BASE_URL);
        OpenAiProvider chat =
            new OpenAiProvider(http, base, key, job.provider().reasoningMode());
        yield files.isPresent() ? new BatchFilesApi(files.get(), chat)
            : new OpenAiBatchApi(http, base, key, chat);
      }
      case ANTHROPIC -> {
        HttpUrl base = baseUrl(job, AnthropicProvider.DEFAULT_BASE_URL);
        yield new AnthropicBatchApi(http, base, key.orElseThrow(),
            new AnthropicProvider(http, base, key.orElseThrow()));
      }
      default -> throw new InvalidInputException(configProblem(job,
          "the " + name + " provider has no batch API",
          "use --batch with --provider openai or anthropic, or run without --batch"));
    };
  }

  private Provider openLocal(JobConfig job, Optional<Path> modelPath)
      throws ModelUnavailableException, ProviderException {
    Optional<Path> explicit = modelPath.or(
        () -> Optional.ofNullable(job.local().path()).map(job::resolve));
    // HOME first, as every Unix tool reads it; the JVM's idea of the home folder otherwise.
    Path home = Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")));
    ModelLocator locator = new ModelLocator(environment, home, Path.of("").toAbsolutePath(),
        new ModelDownloader(http, new ProgressPrinter(err, "model download")));
    return LocalProvider.open(job.local(), locator.locate(job.local(), explicit));
  }

  private static HttpUrl baseUrl(JobConfig job, HttpUrl fallback) {
    String configured = job.provider().baseUrl();
    return configured == null ? fallback : HttpUrl.get(configured);
  }

  private static String keyVariable(JobConfig job, String fallback) {
    String configured = job.provider().apiKeyEnv();
    return configured == null ? fallback : configured;
  }

  private static Diagnostic configProblem(JobConfig job, String message, String fix) {
    Path file = job.source() == null ? Path.of("<config>") : job.source();
    return Diagnostic.at(file, 0, message, fix);
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
