package org.difficultadvice.budget;

import com.knuddels.jtokkit.api.EncodingType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.difficultadvice.load.Diagnostic;
import org.difficultadvice.load.InvalidInputException;
import org.difficultadvice.load.JobConfig;

/**
 * The tokenizer a job config names in {@code budget.tokenizer}: {@code o200k_base} (the
 * default), {@code cl100k_base}, or the path of a Hugging Face {@code tokenizer.json},
 * relative to the config's folder.
 */
public final class TokenCounters {
  private TokenCounters() {}

  /**
   * Opens the configured tokenizer. A Hugging Face one holds native memory: close it (it is
   * {@link AutoCloseable}) when the run ends, or let the process end.
   */
  public static TokenCounter fromConfig(JobConfig config) throws InvalidInputException {
    Path configFile = config.source() == null ? Path.of("<config>") : config.source();
    return open(config.budget().tokenizer(), config.baseDir(), configFile);
  }

  /**
   * @param name {@code o200k_base}, {@code cl100k_base} or a path to a tokenizer.json
   * @param baseDir the folder a relative path resolves against
   * @param configFile the file named in the error if the tokenizer cannot be opened
   */
  public static TokenCounter open(String name, Path baseDir, Path configFile)
      throws InvalidInputException {
    String lower = name.trim().toLowerCase(Locale.ROOT);
    if (lower.equals(EncodingType.O200K_BASE.getName())) {
      return JtokkitTokenCounter.o200kBase();
    }
    if (lower.equals(EncodingType.CL100K_BASE.getName())) {
      return JtokkitTokenCounter.cl100kBase();
    }
    Path file = baseDir.resolve(name.trim()).normalize();
    if (!lower.endsWith(".json") || !Files.isRegularFile(file)) {
      throw new InvalidInputException(Diagnostic.at(configFile, 0,
          "budget.tokenizer '" + name + "' is neither a known encoding nor an existing "
              + "tokenizer.json" + (lower.endsWith(".json") ? " (looked at " + file + ")" : ""),
          "use o200k_base, cl100k_base or the path of a Hugging Face tokenizer.json"));
    }
    try {
      return HuggingFaceTokenCounter.open(file);
    } catch (IOException e) {
      throw new InvalidInputException(Diagnostic.at(configFile, 0,
          "budget.tokenizer: " + e.getMessage(),
          "point it at the tokenizer.json of a Hugging Face model"));
    }
  }
}
