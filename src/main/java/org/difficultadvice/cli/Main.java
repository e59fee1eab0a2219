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

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A command line wired to the given writers, so tests can run it in-process. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("error: " + e);
          e.printStackTrace(commandLine.getErr());
          return ExitCode.FAILED;
        });
    return cli;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    // Exit explicitly: the embedded model's binding leaves a non-daemon native thread behind.
    System.exit(code);
  }
}
