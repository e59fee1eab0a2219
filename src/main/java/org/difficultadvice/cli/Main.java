package org.difficultadvice.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code difficult-advice} command. */
@Command(
    name = "difficult-advice",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Builds synthetic 'difficult advice' chats for supervised fine-tuning.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ValidateCommand.class,
      PlanCommand.class,
      GenerateCommand.class,
      AuditCommand.class,
      BenchLocalCommand.class,
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:bad input or config (nothing written)",
      "2:failure at run time",
      "3:stopped part way; run the same command again to resume"
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(
      names = {"-v", "--verbose"},
      scope = CommandLine.ScopeType.INHERIT,
      description = "More detail on stderr: -v for operations, -vv for debugging.")
  boolean[] verbose = new boolean[0];

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Sets the log level before any logger exists (SLF4J's simple binding reads it once): warnings
   * by default, {@code -v} for info, {@code -vv} for debug. Results go to the command's writers,
   * not the log.
   */
  private static void configureLogging(String[] args) {
    int level = 0;
    for (String arg : args) {
      if (arg.equals("--verbose")) {
        level++;
      } else if (arg.matches("-v+")) {
        level += arg.length() - 1;
      }
    }
    String name = level == 0 ? "warn" : level == 1 ? "info" : "debug";
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
        System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", name));
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
  }

  /** A command line wired to the given writers, so tests can run it in-process. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, System.getenv());
  }

  /** As above, with the environment API keys are read from. */
  public static CommandLine commandLine(
      PrintWriter out, PrintWriter err, java.util.Map<String, String> environment) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        return type == GenerateCommand.class
            ? type.cast(new GenerateCommand(environment))
            : defaults.create(type);
      }
    };
    CommandLine cli = new CommandLine(new Main(), factory);
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(new OneLineUsageErrors());
    cli.registerConverter(java.nio.file.Path.class, OneLineUsageErrors::toPath);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof java.nio.file.InvalidPathException path) {
            // A path from the config the system cannot encode: bad input, not a bug.
            commandLine.getErr().println("error: " + OneLineUsageErrors.describe(path));
            return ExitCode.BAD_INPUT;
          }
          commandLine.getErr().println("error: " + e);
          e.printStackTrace(commandLine.getErr());
          return ExitCode.FAILED;
        });
    return cli;
  }

  public static void main(String[] args) {
    configureLogging(args);
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    // Exit explicitly: the embedded model's binding leaves a non-daemon native thread behind.
    System.exit(code);
  }
}
