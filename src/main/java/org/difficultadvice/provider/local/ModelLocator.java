package org.difficultadvice.provider.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.difficultadvice.load.LocalModelSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the local model's GGUF file, in order:
 *
 * <ol>
 *   <li>an explicit path ({@code --model-path}, else the config's {@code local.path});
 *   <li>the file named by {@code $DIFFICULT_ADVICE_MODEL};
 *   <li>{@code ~/.cache/difficult-advice/models/<file name>};
 *   <li>{@code ../shared/models/<file name>}, beside the checkout (the working directory);
 *   <li>otherwise it downloads {@code local.url} into the cache, once.
 * </ol>
 *
 * The file name is the last segment of {@code local.url}. An explicit path or the environment
 * variable is taken at its word: if it names no file, that is an error, not a reason to look
 * elsewhere or download.
 */
public final class ModelLocator {
  public static final String MODEL_ENV = "DIFFICULT_ADVICE_MODEL";
  private static final Logger log = LoggerFactory.getLogger(ModelLocator.class);

  private final Map<String, String> environment;
  private final Path home;
  private final Path workingDir;
  private final ModelDownloader downloader;

  /**
   * @param environment the process environment ({@code System.getenv()} outside tests)
   * @param home the user's home folder
   * @param workingDir the folder the command runs in; {@code ../shared/models} is resolved
   *     against it
   */
  public ModelLocator(
      Map<String, String> environment, Path home, Path workingDir, ModelDownloader downloader) {
    this.environment = Map.copyOf(environment);
    this.home = Objects.requireNonNull(home, "home");
    this.workingDir = Objects.requireNonNull(workingDir, "workingDir");
    this.downloader = Objects.requireNonNull(downloader, "downloader");
  }

  /** The cache folder downloads go to. */
  public Path cacheDir() {
    return home.resolve(".cache").resolve("difficult-advice").resolve("models");
  }

  /**
   * The model file to load.
   *
   * @param explicitPath {@code --model-path}, or the config's {@code local.path} resolved
   *     against the config's folder; empty when neither is set
   * @throws ModelUnavailableException naming every place looked at, the URL tried and how to
   *     place the file by hand
   */
  public Path locate(LocalModelSettings settings, Optional<Path> explicitPath)
      throws ModelUnavailableException {
    String fileName = fileName(settings.url());
    Path cached = cacheDir().resolve(fileName);
    Path shared = sharedModels().resolve(fileName);
    List<String> looked = new ArrayList<>();

    if (explicitPath.isPresent()) {
      Path path = explicitPath.get();
      if (Files.isRegularFile(path)) {
        return found(path, "--model-path / local.path");
      }
      throw new ModelUnavailableException("the model file " + path + " (from --model-path or"
          + " local.path) does not exist; fix the path, or leave both unset to use the default"
          + " model " + fileName);
    }
    String fromEnv = environment.get(MODEL_ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      Path path = Path.of(fromEnv);
      if (Files.isRegularFile(path)) {
        return found(path, "$" + MODEL_ENV);
      }
      throw new ModelUnavailableException("the model file " + path + " (from $" + MODEL_ENV
          + ") does not exist; fix the variable, or unset it to use the default model "
          + fileName);
    }
    looked.add("--model-path / local.path (not set)");
    looked.add("$" + MODEL_ENV + " (not set)");
    for (Path candidate : List.of(cached, shared)) {
      if (Files.isRegularFile(candidate)) {
        return found(candidate, "the usual places");
      }
      looked.add(candidate + " (absent)");
    }

    log.info("no local model file found; downloading {} to {}", settings.url(), cached);
    try {
      downloader.download(settings.url(), cached);
      return found(cached, settings.url());
    } catch (IOException e) {
      throw new ModelUnavailableException(notFoundMessage(
          fileName, looked, settings.url(), e, cached), e);
    }
  }

  private Path sharedModels() {
    Path parent = workingDir.toAbsolutePath().normalize().getParent();
    return (parent == null ? workingDir.toAbsolutePath() : parent)
        .resolve("shared").resolve("models");
  }

  private static Path found(Path path, String where) {
    log.info("local model: {} (from {})", path, where);
    return path;
  }

  private static String notFoundMessage(
      String fileName, List<String> looked, String url, IOException failure, Path cached) {
    StringBuilder message = new StringBuilder()
        .append("no local model file ").append(fileName).append(", and downloading it failed.\n")
        .append("Looked in:\n");
    for (String place : looked) {
      message.append("  ").append(place).append('\n');
    }
    message.append("Tried to download ").append(url).append(":\n  ")
        .append(failure.getClass().getSimpleName()).append(": ").append(failure.getMessage())
        .append('\n')
        .append("To place the file by hand: download ").append(url)
        .append(" on a machine with network access and copy it to ").append(cached)
        .append(", or pass --model-path FILE, or set ").append(MODEL_ENV).append("=FILE.");
    return message.toString();
  }

  /** The last path segment of {@code url}: the name the model file gets on disk. */
  static String fileName(String url) {
    HttpUrl httpUrl = HttpUrl.parse(url);
    List<String> segments = httpUrl == null ? List.of() : httpUrl.pathSegments();
    String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    if (last.isBlank() || last.equals("..") || last.contains("/")) {
      throw new IllegalArgumentException(
          "local.url must be an http(s) URL ending in the model's file name, was " + url);
    }
    return last;
  }
}
