package org.difficultadvice.cli;

import java.nio.file.Path;
import org.difficultadvice.load.InvalidInputException;
import org.difficultadvice.load.JobConfig;
import org.difficultadvice.load.JobConfigLoader;
import picocli.CommandLine.Option;

/** The {@code --config} option every command shares. */
final class ConfigOption {
  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      defaultValue = "generator/default.yaml",
      description = "Job config (YAML). Default: ${DEFAULT-VALUE}.")
  Path config;

  JobConfig load() throws InvalidInputException {
    return new JobConfigLoader().load(config);
  }
}
