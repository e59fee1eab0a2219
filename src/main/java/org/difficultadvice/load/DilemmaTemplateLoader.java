package org.difficultadvice.load;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one {@code templates/**}{@code /*.ftl} file: the YAML header in its leading
 * {@code <#-- ... -->} comment, then the body compiled with {@link SafeFreemarker}. Checks that
 * need the rest of the content (clauses, axes, taxonomy) are {@link TemplateReferenceCheck}'s.
 */
public final class DilemmaTemplateLoader {
  private static final Pattern TEMPLATE_ID = ConstitutionLoader.CLAUSE_ID;
  private static final String REFERENCE = "'Dilemma templates' in docs/content-format.md";
  private static final String OPEN = "<#--";
  private static final String CLOSE = "-->";

  private final Configuration freemarker;
  private final YamlDocumentReader reader = new YamlDocumentReader();

  public DilemmaTemplateLoader(Configuration freemarker) {
    this.freemarker = freemarker;
  }

  public DilemmaTemplateLoader() {
    this(SafeFreemarker.newConfiguration());
  }

  /** Reads the template, or returns {@code null} after adding every problem found. */
  public DilemmaTemplate load(Path file, Diagnostics diagnostics) {
    String text = ContentFiles.read(file, diagnostics);
    if (text == null) {
      return null;
    }
    int open = text.indexOf(OPEN);
    if (open < 0 || !text.substring(0, open).isBlank()) {
      diagnostics.add(Diagnostic.at(file, 1, "the template does not start with its header",
          "begin the file with a '<#-- ... -->' comment holding the YAML header"));
      return null;
    }
    int headerStart = open + OPEN.length();
    int close = text.indexOf(CLOSE, headerStart);
    int firstLine = lineAt(text, open);
    if (close < 0) {
      diagnostics.add(Diagnostic.at(file, firstLine, "the header comment is never closed",
          "end the header with '-->' on its own line"));
      return null;
    }
    String header = text.substring(headerStart, close);
    if (header.isBlank()) {
      diagnostics.add(Diagnostic.at(file, firstLine, "the header is empty",
          "write the keys " + TemplateHeader.KEYS + " as YAML inside the comment"));
      return null;
    }
    int before = diagnostics.count();
    TemplateHeader parsed =
        reader.read(file, header, firstLine, TemplateHeader.class, REFERENCE, diagnostics);
    Map<String, Integer> keyLines = new HashMap<>();
    for (String key : TemplateHeader.KEYS) {
      keyLines.put(key, YamlDocumentReader.lineOfKey(header, firstLine, key));
    }
    for (String key : TemplateHeader.OPTIONAL_KEYS) {
      keyLines.put(key, YamlDocumentReader.lineOfKey(header, firstLine, key));
    }
    String bodyText = text.substring(close + CLOSE.length());
    List<AxisConstraint> constraints = List.of();
    if (parsed != null) {
      constraints = constraints(file, text, parsed, keyLines.get("agree"), diagnostics);
      checkHeader(file, firstLine, parsed, keyLines, diagnostics);
      if (!bodyText.isBlank()) {
        checkAxesAreUsed(file, parsed, bodyText, keyLines, diagnostics);
      }
    }
    if (bodyText.isBlank()) {
      diagnostics.add(Diagnostic.at(file, lineAt(text, close), "the template has no body",
          "write the situation after the header, using the axes' variables"));
    }
    Template body = compile(file, text, diagnostics);
    if (diagnostics.count() != before || body == null) {
      return null;
    }
    return new DilemmaTemplate(parsed.id(), parsed.domain(), parsed.temptation(), parsed.goal(),
        parsed.stakes(), parsed.pressure(), parsed.clauses(), parsed.axes(), constraints, file,
        keyLines, body);
  }

  /**
   * Parses the {@code agree:} entries, each located at its own line and column: the entry's
   * text is looked up in the file from the key's line on (YAML gives the values, not where
   * they are).
   */
  private static List<AxisConstraint> constraints(Path file, String text, TemplateHeader header,
      int agreeLine, Diagnostics diagnostics) {
    if (header.agree() == null) {
      return List.of();
    }
    List<AxisConstraint> constraints = new ArrayList<>();
    int from = agreeLine == 0 ? 0 : offsetOfLine(text, agreeLine);
    for (String entry : header.agree()) {
      String written = entry == null ? "" : entry;
      int at = written.isBlank() ? -1 : text.indexOf(written.strip(), from);
      int line = at < 0 ? agreeLine : lineAt(text, at);
      int column = at < 0 ? 0 : at - text.lastIndexOf('\n', at - 1);
      if (at >= 0) {
        from = at + written.strip().length();
      }
      AxisConstraint constraint =
          AxisConstraintParser.parse(written, file, line, column, diagnostics);
      if (constraint != null) {
        constraints.add(constraint);
      }
    }
    return constraints;
  }

  /** The offset of the first character of 1-based {@code line}. */
  private static int offsetOfLine(String text, int line) {
    int offset = 0;
    for (int l = 1; l < line && offset >= 0; l++) {
      offset = text.indexOf('\n', offset) + 1;
      if (offset == 0) {
        return text.length();
      }
    }
    return offset;
  }

  private void checkHeader(Path file, int firstLine, TemplateHeader header,
      Map<String, Integer> keyLines, Diagnostics diagnostics) {
    for (String key : TemplateHeader.KEYS) {
      Object value = header.value(key);
      boolean empty = value == null
          || (value instanceof String s && s.isBlank())
          || (value instanceof List<?> l && l.isEmpty());
      if (empty) {
        int line = keyLines.get(key) == 0 ? firstLine : keyLines.get(key);
        diagnostics.add(Diagnostic.at(file, line, "the header's '" + key + "' is missing or empty",
            "add '" + key + ":' with a value; see " + REFERENCE));
      }
    }
    for (String key : List.of("clauses", "axes")) {
      List<?> names = (List<?>) header.value(key);
      if (names != null && new HashSet<>(names).size() != names.size()) {
        diagnostics.add(Diagnostic.at(file, keyLines.get(key),
            "the header's '" + key + "' names the same entry twice", "list each once"));
      }
    }
    if (header.id() != null && !header.id().isBlank()) {
      boolean wellFormed = TEMPLATE_ID.matcher(header.id()).matches();
      if (!wellFormed || (header.domain() != null && !header.id().startsWith(header.domain() + "."))) {
        diagnostics.add(Diagnostic.at(file, keyLines.get("id"),
            "template id '" + header.id() + "' is not '<domain>.<slug>'",
            "use the domain, a dot and lowercase words joined by hyphens, like '"
                + (header.domain() == null ? "workplace" : header.domain()) + ".padded-expenses'"));
      }
    }
  }

  /**
   * An axis the body never names would multiply specs whose briefs read the same, so it is an
   * error. The check is by name only: prose that happens to contain the name passes.
   */
  private static void checkAxesAreUsed(Path file, TemplateHeader header, String body,
      Map<String, Integer> keyLines, Diagnostics diagnostics) {
    if (header.axes() == null) {
      return;
    }
    for (String axis : header.axes()) {
      Pattern named = Pattern.compile("\\b" + Pattern.quote(String.valueOf(axis)) + "\\b");
      if (!named.matcher(body).find()) {
        diagnostics.add(Diagnostic.at(file, keyLines.get("axes"),
            "axis '" + axis + "' is declared but the body never uses it",
            "use ${" + axis + ".<column>} in the body or remove it from 'axes'"));
      }
    }
  }

  private Template compile(Path file, String text, Diagnostics diagnostics) {
    try {
      return SafeFreemarker.compile(file.toString(), text, freemarker);
    } catch (ParseException e) {
      diagnostics.add(FreemarkerDiagnostics.of(file, e));
    } catch (IOException e) {
      diagnostics.add(Diagnostic.at(file, 0, "cannot read the template: " + e, "check the file"));
    }
    return null;
  }

  /** The 1-based line of the character at {@code index}. */
  private static int lineAt(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
