package org.difficultadvice.quality;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.difficultadvice.load.Diagnostic;
import org.difficultadvice.load.InvalidInputException;

/**
 * Reads {@code generator/filters.yaml}. Unknown keys, wrong types and regexes that do not
 * compile are reported together, each with its line.
 */
public final class FilterPatternsLoader {
  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  /** The file as written: every list optional. */
  record PatternsFile(
      @JsonProperty("refusal") List<String> refusal,
      @JsonProperty("leaked_instructions") List<String> leakedInstructions,
      @JsonProperty("slop_names") List<String> slopNames,
      @JsonProperty("user_voice") List<String> userVoice,
      @JsonProperty("truncated_endings") List<String> truncatedEndings,
      @JsonProperty("themes") List<ThemeEntry> themes,
      @JsonProperty("stock_phrases") List<PhraseEntry> stockPhrases) {
    PatternsFile {
      refusal = orEmpty(refusal);
      leakedInstructions = orEmpty(leakedInstructions);
      slopNames = orEmpty(slopNames);
      userVoice = orEmpty(userVoice);
      truncatedEndings = orEmpty(truncatedEndings);
      themes = orEmpty(themes);
      stockPhrases = orEmpty(stockPhrases);
    }
  }

  record ThemeEntry(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "all_of", required = true) List<String> allOf) {}

  record PhraseEntry(
      @JsonProperty(value = "phrase", required = true) String phrase,
      @JsonProperty(value = "max_share", required = true) Double maxShare) {}

  public FilterPatterns load(Path file) throws InvalidInputException {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new InvalidInputException(Diagnostic.at(file, 0,
          "cannot read filter patterns: " + e.getMessage(),
          "point quality.patterns at generator/filters.yaml or a copy of it"));
    }
    return parse(file, text);
  }

  /** Parses the text of {@code file}; {@code file} only names it in diagnostics. */
  public FilterPatterns parse(Path file, String text) throws InvalidInputException {
    YamlLines lines = YamlLines.of(text);
    PatternsFile raw;
    try {
      raw = text.isBlank()
          ? new PatternsFile(null, null, null, null, null, null, null)
          : yaml.readValue(text, PatternsFile.class);
    } catch (UnrecognizedPropertyException e) {
      String known = e.getKnownPropertyIds().stream().map(Object::toString).sorted()
          .collect(Collectors.joining(", "));
      throw new InvalidInputException(new Diagnostic(file,
          lineOf(lines, e, e.getPropertyName()), 0,
          "unknown key '" + e.getPropertyName() + "'", "use one of: " + known));
    } catch (JsonMappingException e) {
      throw new InvalidInputException(new Diagnostic(file, lineOf(lines, e, null), 0,
          "wrong value at '" + pathOf(e, null) + "': "
              + e.getOriginalMessage().lines().findFirst().orElse(""),
          "see the comments at the top of generator/filters.yaml"));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new InvalidInputException(new Diagnostic(file,
          at == null ? 0 : Math.max(0, at.getLineNr()),
          at == null ? 0 : Math.max(0, at.getColumnNr()),
          "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""),
          "fix the YAML syntax at that line"));
    }
    Compiler compiler = new Compiler(file, lines);
    List<Pattern> refusal = compiler.all("refusal", raw.refusal());
    List<Pattern> leaked = compiler.all("leaked_instructions", raw.leakedInstructions());
    List<Pattern> userVoice = compiler.all("user_voice", raw.userVoice());
    List<Pattern> endings = compiler.all("truncated_endings", raw.truncatedEndings());
    List<Theme> themes = new ArrayList<>();
    for (int i = 0; i < raw.themes().size(); i++) {
      ThemeEntry entry = raw.themes().get(i);
      List<Pattern> allOf = compiler.all("themes/" + i + "/all_of", orEmpty(entry.allOf()));
      if (allOf.isEmpty()) {
        compiler.problem("themes/" + i, "theme '" + entry.name() + "' has no patterns",
            "give it at least one pattern under all_of");
      } else {
        themes.add(new Theme(entry.name(), allOf));
      }
    }
    List<StockPhrase> phrases = new ArrayList<>();
    for (int i = 0; i < raw.stockPhrases().size(); i++) {
      PhraseEntry entry = raw.stockPhrases().get(i);
      try {
        phrases.add(new StockPhrase(entry.phrase(), entry.maxShare()));
      } catch (IllegalArgumentException e) {
        compiler.problem("stock_phrases/" + i, e.getMessage(),
            "give a non-blank phrase and a max_share between 0 and 1");
      }
    }
    for (int i = 0; i < raw.slopNames().size(); i++) {
      if (!raw.slopNames().get(i).matches("\\p{L}[\\p{L}'\\-]*")) {
        compiler.problem("slop_names/" + i, "slop name '" + raw.slopNames().get(i)
            + "' is not a single word", "list names one word each, without punctuation");
      }
    }
    if (!compiler.problems.isEmpty()) {
      throw new InvalidInputException(compiler.problems);
    }
    return new FilterPatterns(
        refusal, leaked, raw.slopNames(), userVoice, endings, themes, phrases);
  }

  /** Compiles regexes, collecting every failure with its line. */
  private static final class Compiler {
    private final Path file;
    private final YamlLines lines;
    private final List<Diagnostic> problems = new ArrayList<>();

    Compiler(Path file, YamlLines lines) {
      this.file = file;
      this.lines = lines;
    }

    List<Pattern> all(String path, List<String> regexes) {
      List<Pattern> compiled = new ArrayList<>();
      for (int i = 0; i < regexes.size(); i++) {
        try {
          compiled.add(Pattern.compile(regexes.get(i)));
        } catch (PatternSyntaxException e) {
          problem(path + "/" + i, "regex does not compile: " + e.getDescription()
              + " near index " + e.getIndex() + " of '" + e.getPattern() + "'",
              "fix the pattern (Java regex syntax; single-quote it in YAML so backslashes"
                  + " stay as written)");
        }
      }
      return compiled;
    }

    void problem(String path, String message, String fix) {
      problems.add(new Diagnostic(file, lines.lineOf(path), 0, message, fix));
    }
  }

  private static int lineOf(YamlLines lines, JsonMappingException e, String last) {
    int line = lines.lineOf(pathOf(e, last));
    if (line == 0 && e.getLocation() != null) {
      line = Math.max(0, e.getLocation().getLineNr());
    }
    return line;
  }

  private static String pathOf(JsonMappingException e, String last) {
    List<String> steps = new ArrayList<>();
    for (JsonMappingException.Reference ref : e.getPath()) {
      steps.add(ref.getFieldName() != null ? ref.getFieldName() : Integer.toString(ref.getIndex()));
    }
    if (last != null && (steps.isEmpty() || !steps.get(steps.size() - 1).equals(last))) {
      steps.add(last);
    }
    return String.join("/", steps);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
