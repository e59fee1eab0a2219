package org.difficultadvice.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli cannot parse (an unknown option or command, a value that is not a
 * number or out of range, a missing argument, a path the system cannot encode) is bad input:
 * one line on stderr saying what is wrong and where to read more, and exit 1, like a bad config.
 * picocli's own handler prints the whole usage and exits 2, which the design keeps for failures
 * at run time.
 */
final class OneLineUsageErrors implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    String message = firstLine(e.getMessage());
    if (e instanceof UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        message += " (did you mean " + String.join(" or ", suggestions) + "?)";
      }
    }
    err.println("error: " + message + "; see '" + command.getCommandSpec().qualifiedName()
        + " --help'");
    err.flush();
    return ExitCode.BAD_INPUT;
  }

  /**
   * A path the JVM cannot turn into a file name. Under a locale that is not UTF-8 (LANG=C, as in
   * many containers) Java encodes file names as ASCII, so any other character is refused: say
   * so, and how to run with a UTF-8 locale.
   */
  static String describe(InvalidPathException e) {
    String encoding = System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name());
    boolean utf8 = Charset.isSupported(encoding)
        && Charset.forName(encoding).equals(StandardCharsets.UTF_8);
    String path = e.getInput();
    if (!utf8) {
      return "cannot use the path '" + path + "': the system locale encodes file names as "
          + encoding + ", which cannot hold its characters; run with a UTF-8 locale (for"
          + " example LANG=C.UTF-8 LC_ALL=C.UTF-8) or use a path of ASCII characters";
    }
    return "not a usable path '" + path + "': " + e.getReason();
  }

  /** Converts option and parameter values to paths, naming the locale when one cannot be. */
  static Path toPath(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new TypeConversionException(describe(e));
    }
  }

  private static String firstLine(String text) {
    return text == null ? "bad command line" : text.lines().findFirst().orElse(text);
  }
}
