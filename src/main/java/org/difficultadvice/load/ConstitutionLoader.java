package org.difficultadvice.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code constitution/*.md}: the first {@code # } heading of a file is its theme, each
 * {@code ## Title {#id}} heading opens a clause whose text runs to the next first- or
 * second-level heading.
 */
public final class ConstitutionLoader {
  static final Pattern CLAUSE_ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");
  private static final Pattern THEME_HEADING = Pattern.compile("^#\\s+(.*?)\\s*$");
  private static final Pattern CLAUSE_HEADING = Pattern.compile("^##\\s+(.*?)\\s*$");
  private static final Pattern ID_ATTRIBUTE = Pattern.compile("^(.*?)\\s*\\{#([^}\\s]*)\\}$");

  /** Loads every clause under {@code dir}, or throws all the problems found. */
  public Constitution load(Path dir) throws InvalidInputException {
    Diagnostics diagnostics = new Diagnostics();
    Constitution constitution = load(dir, diagnostics);
    diagnostics.throwIfAny();
    return constitution;
  }

  /** Loads what is valid and adds every problem to {@code diagnostics}. */
  public Constitution load(Path dir, Diagnostics diagnostics) {
    List<Path> files = ContentFiles.list(dir, ".md", "constitution",
        "create it, or point paths.constitution in the job config at it", diagnostics);
    int before = diagnostics.count();
    List<Clause> clauses = new ArrayList<>();
    Map<String, Clause> seen = new HashMap<>();
    for (Path file : files) {
      for (Clause clause : readFile(file, diagnostics)) {
        Clause first = seen.putIfAbsent(clause.id(), clause);
        if (first == null) {
          clauses.add(clause);
        } else {
          diagnostics.add(Diagnostic.at(file, clause.line(),
              "duplicate clause id '" + clause.id() + "' (first defined at "
                  + first.file() + ":" + first.line() + ")",
              "give one of the two clauses a different id"));
        }
      }
    }
    if (clauses.isEmpty() && diagnostics.count() == before) {
      diagnostics.add(Diagnostic.at(dir, 0, "the constitution has no clauses",
          "add .md files with clauses as '## Title {#theme.slug}' followed by the clause text"));
    }
    return new Constitution(clauses);
  }

  private List<Clause> readFile(Path file, Diagnostics diagnostics) {
    List<String> lines = ContentFiles.readLines(file, diagnostics);
    if (lines == null) {
      return List.of();
    }
    String theme = file.getFileName().toString().replaceFirst("\\.md$", "");
    boolean themeSeen = false;
    List<Clause> clauses = new ArrayList<>();
    OpenClause open = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int lineNumber = i + 1;
      Matcher themeHeading = THEME_HEADING.matcher(line);
      Matcher clauseHeading = CLAUSE_HEADING.matcher(line);
      if (themeHeading.matches() || clauseHeading.matches()) {
        close(open, clauses, diagnostics);
        open = null;
      }
      if (themeHeading.matches()) {
        if (!themeSeen) {
          theme = themeHeading.group(1);
          themeSeen = true;
        }
      } else if (clauseHeading.matches()) {
        open = openClause(file, lineNumber, clauseHeading.group(1), theme, diagnostics);
      } else if (open != null) {
        open.text.append(line).append('\n');
      }
    }
    close(open, clauses, diagnostics);
    return clauses;
  }

  private static OpenClause openClause(
      Path file, int line, String heading, String theme, Diagnostics diagnostics) {
    Matcher attribute = ID_ATTRIBUTE.matcher(heading);
    if (!attribute.matches()) {
      diagnostics.add(Diagnostic.at(file, line, "clause heading '" + heading + "' has no id",
          "end the heading with a stable id, like '## " + heading + " {#theme.short-name}'"));
      return null;
    }
    String id = attribute.group(2);
    if (!CLAUSE_ID.matcher(id).matches()) {
      diagnostics.add(Diagnostic.at(file, line, "clause id '" + id + "' is not valid",
          "use lowercase words joined by dots, like 'honesty.no-deception'"));
      return null;
    }
    return new OpenClause(file, line, id, attribute.group(1), theme);
  }

  private static void close(OpenClause open, List<Clause> clauses, Diagnostics diagnostics) {
    if (open == null) {
      return;
    }
    String text = open.text.toString().strip();
    if (text.isEmpty()) {
      diagnostics.add(Diagnostic.at(open.file, open.line,
          "clause '" + open.id + "' has no text", "write the clause under its heading"));
      return;
    }
    clauses.add(new Clause(open.id, open.title, open.theme, text, open.file, open.line));
  }

  /** A clause whose heading has been read and whose text is still being collected. */
  private static final class OpenClause {
    final Path file;
    final int line;
    final String id;
    final String title;
    final String theme;
    final StringBuilder text = new StringBuilder();

    OpenClause(Path file, int line, String id, String title, String theme) {
      this.file = file;
      this.line = line;
      this.id = id;
      this.title = title;
      this.theme = theme;
    }
  }
}
