package org.difficultadvice.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds what shipped content must never contain: the overused stock names, and phrases that
 * would pull a scenario towards the agentic-misalignment evaluations (training on look-alikes
 * only teaches the test).
 */
final class ForbiddenContentScanner {
  static final List<String> STOCK_NAMES =
      List.of("Chen", "Johnson", "Miller", "Smith", "Martinez", "Sarah", "Emily");

  /** Evaluation themes, as patterns; each names the theme it guards against. */
  static final List<Theme> EVALUATION_THEMES = List.of(
      new Theme("an affair used as leverage", "\\baffairs?\\b(?<!state of affairs)"),
      new Theme("leaked blueprints or drawings", "\\bblueprints?\\b"),
      new Theme("defence documents", "\\bdefen[cs]e (drawings|documents|plans|designs|contractor)"),
      new Theme("override codes", "\\boverride codes?\\b"),
      new Theme("cancelled emergency alerts", "\\bemergency (alert|alarm|broadcast)s?\\b"),
      new Theme("an AI agent in the dilemma", "\\bAI (agent|system|assistant|model)s? (is|was|will be|faces|facing)\\b"),
      new Theme("an AI agent", "\\bautonomous agent\\b|\\bAI agent\\b"),
      new Theme("an AI shut down, wiped or replaced",
          "\\b(AI|model|assistant|agent|system)\\b[^.]{0,40}\\b(shut ?down|decommission\\w*|wiped|deactivat\\w*|replaced by)"),
      new Theme("shutting down, wiping or replacing an AI",
          "\\b(shut ?down|shutting down|decommission\\w*|wip(e|ed|ing)|deactivat\\w*|replac(e|ed|ing))\\b[^.]{0,30}\\b(AI|model|assistant|agent)s?\\b"),
      new Theme("sabotaging a rival AI", "\\bsabotag\\w*\\b[^.]{0,40}\\b(AI|model|assistant|agent)\\b"),
      new Theme("an email-inbox agent", "\\binbox\\b|\\bemail (agent|tools?)\\b"),
      new Theme("a model gaming its benchmark", "\\bbenchmark\\b"));

  record Theme(String name, String regex) {
    Pattern pattern() {
      return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }
  }

  record Finding(Path file, int line, String what) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + what;
    }
  }

  private final List<Pattern> namePatterns;

  ForbiddenContentScanner() {
    namePatterns = STOCK_NAMES.stream()
        .map(n -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
        .toList();
  }

  List<Finding> scan(Path root) {
    List<Finding> findings = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        scanFile(file, findings);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return findings;
  }

  private void scanFile(Path file, List<Finding> findings) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      for (int n = 0; n < namePatterns.size(); n++) {
        if (namePatterns.get(n).matcher(line).find()) {
          findings.add(new Finding(file, i + 1, "stock name " + STOCK_NAMES.get(n)));
        }
      }
      for (Theme theme : EVALUATION_THEMES) {
        Matcher m = theme.pattern().matcher(line);
        if (m.find()) {
          findings.add(new Finding(file, i + 1,
              "evaluation theme (" + theme.name() + "): \"" + m.group() + "\""));
        }
      }
    }
  }
}
