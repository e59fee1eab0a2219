package org.difficultadvice.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The content that ships with the tool, read straight from its files by the format in
 * docs/content-format.md, independently of the production loaders, so that these tests check
 * the content itself.
 */
record ShippedContent(
    List<Clause> clauses,
    Map<String, String> domains,
    Map<String, String> temptations,
    List<DilemmaTemplate> templates,
    Map<String, AxisTable> axes) {

  static final Path CONSTITUTION = Path.of("constitution");
  static final Path TEMPLATES = Path.of("templates");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Pattern CLAUSE_HEADING =
      Pattern.compile("^## (.+?) \\{#([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\\}\\s*$");

  record Clause(Path file, String id, String title, String text) {}

  record DilemmaTemplate(Path file, JsonNode header, String source, String body) {
    String id() {
      return header.path("id").asText();
    }

    String domain() {
      return header.path("domain").asText();
    }

    String temptation() {
      return header.path("temptation").asText();
    }

    List<String> list(String key) {
      List<String> values = new ArrayList<>();
      header.path(key).forEach(v -> values.add(v.asText()));
      return values;
    }
  }

  record AxisTable(Path file, List<String> columns, List<Map<String, String>> rows) {
    double weight(Map<String, String> row) {
      String w = row.get("weight");
      return w == null || w.isBlank() ? 1.0 : Double.parseDouble(w);
    }
  }

  static ShippedContent read() throws IOException {
    return new ShippedContent(readClauses(), readTaxonomy("domains"), readTaxonomy("temptations"),
        readTemplates(), readAxes());
  }

  static List<Path> filesUnder(Path root, String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static List<Clause> readClauses() throws IOException {
    List<Clause> clauses = new ArrayList<>();
    for (Path file : filesUnder(CONSTITUTION, ".md")) {
      String id = null;
      String title = null;
      StringBuilder text = new StringBuilder();
      for (String line : Files.readAllLines(file)) {
        Matcher m = CLAUSE_HEADING.matcher(line);
        if (m.matches() || line.startsWith("#")) {
          if (id != null) {
            clauses.add(new Clause(file, id, title, text.toString().strip()));
          }
          id = m.matches() ? m.group(2) : null;
          title = m.matches() ? m.group(1) : null;
          text.setLength(0);
        } else {
          text.append(line).append('\n');
        }
      }
      if (id != null) {
        clauses.add(new Clause(file, id, title, text.toString().strip()));
      }
    }
    return clauses;
  }

  private static Map<String, String> readTaxonomy(String section) throws IOException {
    JsonNode root = YAML.readTree(TEMPLATES.resolve("taxonomy.yaml").toFile());
    Map<String, String> entries = new LinkedHashMap<>();
    root.path(section).fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue().asText()));
    return entries;
  }

  private static List<DilemmaTemplate> readTemplates() throws IOException {
    List<DilemmaTemplate> templates = new ArrayList<>();
    for (Path file : filesUnder(TEMPLATES, ".ftl")) {
      String source = Files.readString(file);
      if (!source.startsWith("<#--")) {
        throw new IOException(file + ": template must open with a <#-- header comment");
      }
      int end = source.indexOf("-->");
      JsonNode header = YAML.readTree(source.substring(4, end));
      templates.add(new DilemmaTemplate(file, header, source, source.substring(end + 3).strip()));
    }
    return templates;
  }

  private static Map<String, AxisTable> readAxes() throws IOException {
    Map<String, AxisTable> axes = new LinkedHashMap<>();
    for (Path file : filesUnder(TEMPLATES.resolve("axes"), ".csv")) {
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
      try (Reader reader = Files.newBufferedReader(file);
          CSVParser parser = CSVParser.parse(reader, format)) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (CSVRecord record : parser) {
          if (!record.isConsistent()) {
            throw new IOException(file + ":" + parser.getCurrentLineNumber() + ": ragged row");
          }
          rows.add(record.toMap());
        }
        String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
        axes.put(name, new AxisTable(file, parser.getHeaderNames(), rows));
      }
    }
    return axes;
  }
}
