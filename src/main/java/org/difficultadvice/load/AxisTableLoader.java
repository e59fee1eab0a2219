package org.difficultadvice.load;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/** Reads one axis table, {@code templates/axes/<name>.csv}: CSV with a header row. */
public final class AxisTableLoader {
  static final String WEIGHT = "weight";
  /** Names a template can write as {@code ${axis.column}} without quoting. */
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
      .setAllowMissingColumnNames(false)
      .setIgnoreEmptyLines(true)
      .build();

  /** Reads the table, or returns {@code null} after adding every problem found. */
  public AxisTable load(Path file, Diagnostics diagnostics) {
    String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
    if (!IDENTIFIER.matcher(name).matches()) {
      diagnostics.add(Diagnostic.at(file, 0, "axis name '" + name + "' cannot be used as a variable",
          "rename the file to letters, digits and underscores, like 'job_title.csv'"));
      return null;
    }
    String text = ContentFiles.read(file, diagnostics);
    if (text == null) {
      return null;
    }
    int before = diagnostics.count();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      List<String> header = parser.getHeaderNames();
      if (header.isEmpty()) {
        diagnostics.add(Diagnostic.at(file, 1, "the table is empty",
            "write a header row of column names, then one row per value"));
        return null;
      }
      checkHeader(file, header, diagnostics);
      List<AxisRow> rows = readRows(file, text.split("\r?\n|\r", -1), parser, header,
          diagnostics);
      if (rows.isEmpty() && diagnostics.count() == before) {
        diagnostics.add(Diagnostic.at(file, 2, "the table has a header but no rows",
            "add at least one row of values"));
      }
      if (diagnostics.count() != before) {
        return null;
      }
      List<String> columns = header.stream().filter(c -> !c.equals(WEIGHT)).toList();
      return new AxisTable(name, file, columns, rows);
    } catch (IllegalArgumentException e) {
      // Commons CSV rejects duplicate or missing header names when it reads the header.
      diagnostics.add(Diagnostic.at(file, 1, "bad header row: " + e.getMessage(),
          "give every column a distinct, non-empty name"));
    } catch (IOException | UncheckedIOException e) {
      diagnostics.add(Diagnostic.at(file, 0, "not valid CSV: " + e.getMessage(),
          "fix the quoting at that place (RFC 4180: a quote inside a value is doubled)"));
    }
    return null;
  }

  private static void checkHeader(Path file, List<String> header, Diagnostics diagnostics) {
    for (String column : header) {
      if (!IDENTIFIER.matcher(column).matches()) {
        diagnostics.add(Diagnostic.at(file, 1,
            "column '" + column + "' cannot be used as a variable",
            "use letters, digits and underscores, like 'first_name'"));
      }
    }
  }

  private static List<AxisRow> readRows(Path file, String[] lines, CSVParser parser,
      List<String> header, Diagnostics diagnostics) {
    List<AxisRow> rows = new ArrayList<>();
    Iterator<CSVRecord> records = parser.iterator();
    while (true) {
      // CSVRecord has no line; the parser's count before the fetch is the line the record
      // starts after (a quoted value may span lines).
      int line = (int) parser.getCurrentLineNumber() + 1;
      CSVRecord record;
      // The parser skips empty lines before the record, so the record starts after them.
      while (line <= lines.length && lines[line - 1].isEmpty() && line < lines.length) {
        line++;
      }
      try {
        if (!records.hasNext()) {
          break;
        }
        record = records.next();
      } catch (UncheckedIOException e) {
        diagnostics.add(Diagnostic.at(file, line, "not valid CSV: " + e.getCause().getMessage(),
            "fix the quoting (RFC 4180: a quote inside a quoted value is doubled)"));
        break;
      }
      if (record.size() != header.size()) {
        diagnostics.add(Diagnostic.at(file, line,
            "row has " + record.size() + " values but the header has " + header.size(),
            "give every row one value per column (quote values that contain commas)"));
        continue;
      }
      AxisRow row = toRow(file, line, header, record, diagnostics);
      if (row != null) {
        rows.add(row);
      }
    }
    return rows;
  }

  private static AxisRow toRow(
      Path file, int line, List<String> header, CSVRecord record, Diagnostics diagnostics) {
    Map<String, String> values = new LinkedHashMap<>();
    double weight = 1;
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i);
      String value = record.get(i);
      if (!column.equals(WEIGHT)) {
        values.put(column, value);
        continue;
      }
      try {
        weight = Double.parseDouble(value.strip());
      } catch (NumberFormatException e) {
        weight = Double.NaN;
      }
      if (!(weight > 0) || Double.isInfinite(weight)) {
        diagnostics.add(Diagnostic.at(file, line, "weight '" + value + "' is not a positive number",
            "write a number above 0, like 1 or 2.5"));
        return null;
      }
    }
    return new AxisRow(values, weight, line);
  }
}
