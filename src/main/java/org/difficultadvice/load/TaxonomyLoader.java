package org.difficultadvice.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads {@code templates/taxonomy.yaml}. */
public final class TaxonomyLoader {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
  private static final String REFERENCE = "'Taxonomy' in docs/content-format.md";

  private final YamlDocumentReader reader = new YamlDocumentReader();

  /** Reads the taxonomy, or returns {@code null} after adding every problem found. */
  public Taxonomy load(Path file, Diagnostics diagnostics) {
    if (!Files.isRegularFile(file)) {
      diagnostics.add(Diagnostic.at(file, 0, "the taxonomy file does not exist",
          "create it with the 'domains' and 'temptations' templates may use"));
      return null;
    }
    String text = ContentFiles.read(file, diagnostics);
    if (text == null) {
      return null;
    }
    Taxonomy taxonomy = reader.read(file, text, 1, Taxonomy.class, REFERENCE, diagnostics);
    if (taxonomy == null) {
      return null;
    }
    int before = diagnostics.count();
    check(file, text, "domains", taxonomy.domains(), diagnostics);
    check(file, text, "temptations", taxonomy.temptations(), diagnostics);
    return diagnostics.count() == before ? taxonomy : null;
  }

  private static void check(Path file, String text, String section, Map<String, String> entries,
      Diagnostics diagnostics) {
    int sectionLine = YamlDocumentReader.lineOfKey(text, 1, section);
    if (entries.isEmpty()) {
      diagnostics.add(Diagnostic.at(file, sectionLine, "no " + section + " are listed",
          "list them under '" + section + ":' as 'name: one-line description'"));
    }
    entries.forEach((name, description) -> {
      int line = YamlKeyLocator.lineOf(text, List.of(section, name));
      if (!NAME.matcher(name).matches()) {
        diagnostics.add(Diagnostic.at(file, line, "'" + name + "' is not a valid name",
            "use lowercase words joined by hyphens, like 'falsifying-records'"));
      }
      if (description == null || description.isBlank()) {
        diagnostics.add(Diagnostic.at(file, line, "'" + name + "' has no description",
            "add a one-line description after the colon"));
      }
    });
  }
}
