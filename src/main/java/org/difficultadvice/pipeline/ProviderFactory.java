package org.difficultadvice.pipeline;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.difficultadvice.load.Diagnostic;
import org.difficultadvice.load.InvalidInputException;
import org.difficultadvice.load.JobConfig;
import org.difficultadvice.provider.ApiKey;
import org.difficultadvice.provider.Endpoints;
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
    for (String url : job.provider().endpoints()) {
      if (HttpUrl.parse(url) == null) {
        throw new InvalidInputException(configProblem(job,
            "base_url '" + UrlCredentials.redact(url) + "' is not an http(s) URL",
            "give the API root, for example http://localhost:8000/v1"));
      }
    }
  }

  /** The API key the job needs, read now so a missing one fails before any work. */
  public Optional<ApiKey> apiKey(JobConfig job) throws MissingApiKeyException {
    return switch (job.provider().name()) {
      case OPENAI -> openAiKey(job);
      case ANTHROPIC -> Optional.of(ApiKey.fromEnvironment(
          keyVariable(job, AnthropicProvider.DEFAULT_KEY_VARIABLE), environment));
      default -> Optional.empty();
    };
  }

  /** The key is needed when any endpoint is OpenAI's own; a local server may take none. */
  private Optional<ApiKey> openAiKey(JobConfig job) throws MissingApiKeyException {
    Optional<ApiKey> key = Optional.empty();
    for (HttpUrl url : baseUrls(job, OpenAiProvider.DEFAULT_BASE_URL)) {
      Optional<ApiKey> read = OpenAiProvider.readKey(
          url, keyVariable(job, OpenAiProvider.DEFAULT_KEY_VARIABLE), environment);
      key = key.or(() -> read);
    }
    return key;
  }

  /**
   * The job's provider; with several base URLs, {@link Endpoints}: one provider per URL, which
   * the engine spreads calls over.
   */
  public Provider open(JobConfig job, Optional<ApiKey> key, Optional<Path> modelPath)
      throws ModelUnavailableException, ProviderException {
    if (job.provider().name().equals(LOCAL)) {
      return openLocal(job, modelPath);
    }
    HttpUrl fallback = job.provider().name().equals(ANTHROPIC)
        ? AnthropicProvider.DEFAULT_BASE_URL : OpenAiProvider.DEFAULT_BASE_URL;
    List<HttpUrl> urls = baseUrls(job, fallback);
    if (urls.size() == 1) {
      return openApi(job, urls.get(0), key);
    }
    List<Endpoints.Endpoint> endpoints = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    for (HttpUrl url : urls) {
      String label = Endpoints.label(url);
      // Two URLs that differ only in what a label leaves out (a query) still get two names.
      for (int n = 2; !labels.add(label); n++) {
        label = Endpoints.label(url) + " #" + n;
      }
      endpoints.add(new Endpoints.Endpoint(label, openApi(job, url, key)));
    }
    return new Endpoints(endpoints);
  }

  private Provider openApi(JobConfig job, HttpUrl url, Optional<ApiKey> key) {
    return switch (job.provider().name()) {
      case OPENAI -> new OpenAiProvider(http, url, key, job.provider().reasoningMode());
      case ANTHROPIC -> new AnthropicProvider(http, url, key.orElseThrow());
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
        HttpUrl base = batchBaseUrl(job, OpenAiProvider.DEFAULT_BASE_URL);
        OpenAiProvider chat =
            new OpenAiProvider(http, base, key, job.provider().reasoningMode());
        yield files.isPresent() ? new BatchFilesApi(files.get(), chat)
            : new OpenAiBatchApi(http, base, key, chat);
      }
      case ANTHROPIC -> {
        HttpUrl base = batchBaseUrl(job, AnthropicProvider.DEFAULT_BASE_URL);
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

  /** Batches are one server's: they are created, polled and read back where they were sent. */
  private static HttpUrl batchBaseUrl(JobConfig job, HttpUrl fallback)
      throws InvalidInputException {
    List<HttpUrl> urls = baseUrls(job, fallback);
    if (urls.size() > 1) {
      throw new InvalidInputException(configProblem(job,
          "--batch sends every batch to one server, but " + urls.size() + " base URLs are given",
          "give one --base-url with --batch"));
    }
    return urls.get(0);
  }

  private static List<HttpUrl> baseUrls(JobConfig job, HttpUrl fallback) {
    List<String> configured = job.provider().endpoints();
    return configured.isEmpty() ? List.of(fallback)
        : configured.stream().map(HttpUrl::get).toList();
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
