package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the scenario stage's seed lists and checks them against the library: every domain of
 * the taxonomy needs settings, and the {@code person} and {@code city} axes need the columns a
 * seed uses.
 */
public final class ScenarioSeedsLoader {
  private static final String REFERENCE = "the scenario section of README.md";
  private static final List<String> PERSON_COLUMNS = List.of("name", "they", "them", "their");
  private static final List<String> CITY_COLUMNS = List.of("name", "country");

  /** The file as written; every list is required. */
  record SeedsFile(
      @JsonProperty("scales") List<String> scales,
      @JsonProperty("vantages") List<String> vantages,
      @JsonProperty("domains") Map<String, List<SettingRow>> domains) {}

  record SettingRow(
      @JsonProperty("role") String role,
      @JsonProperty("organisation") String organisation) {}

  public ScenarioSeedLists load(Path file, ContentLibrary library) throws InvalidInputException {
    Diagnostics diagnostics = new Diagnostics();
    String text = ContentFiles.read(file, diagnostics);
    if (text == null) {
      diagnostics.throwIfAny();
    }
    SeedsFile seeds = new YamlDocumentReader()
        .read(file, text, 1, SeedsFile.class, REFERENCE, diagnostics);
    diagnostics.throwIfAny();
    if (seeds.scales() == null || seeds.scales().isEmpty()) {
      diagnostics.add(Diagnostic.at(file, lineOf(text, "scales"), "no scales",
          "list at least one scale of stakes under 'scales:'"));
    }
    if (seeds.vantages() == null || seeds.vantages().isEmpty()) {
      diagnostics.add(Diagnostic.at(file, lineOf(text, "vantages"), "no vantages",
          "list at least one vantage under 'vantages:'"));
    }
    Map<String, List<ScenarioSeedLists.Setting>> settings = new LinkedHashMap<>();
    Map<String, List<SettingRow>> domains = seeds.domains() == null ? Map.of() : seeds.domains();
    for (String domain : library.taxonomy().domains().keySet()) {
      List<SettingRow> rows = domains.get(domain);
      if (rows == null || rows.isEmpty()) {
        diagnostics.add(Diagnostic.at(file, lineOf(text, "domains"),
            "no settings for domain '" + domain + "'",
            "add '" + domain + ":' under 'domains:' with role/organisation rows"));
        continue;
      }
      List<ScenarioSeedLists.Setting> checked = new ArrayList<>();
      for (SettingRow row : rows) {
        if (blank(row.role()) || blank(row.organisation())) {
          diagnostics.add(Diagnostic.at(file, YamlKeyLocator.lineOf(text,
              List.of("domains", domain)), "a setting of '" + domain
              + "' lacks its role or organisation", "give every row both keys"));
          continue;
        }
        checked.add(new ScenarioSeedLists.Setting(row.role().strip(),
            row.organisation().strip()));
      }
      settings.put(domain, checked);
    }
    for (String domain : domains.keySet()) {
      if (!library.taxonomy().domains().containsKey(domain)) {
        diagnostics.add(Diagnostic.at(file, YamlKeyLocator.lineOf(text,
            List.of("domains", domain)), "unknown domain '" + domain + "'",
            "use a domain id of taxonomy.yaml"));
      }
    }
    List<AxisRow> people = axisRows(library, "person", PERSON_COLUMNS, diagnostics);
    List<AxisRow> cities = axisRows(library, "city", CITY_COLUMNS, diagnostics);
    diagnostics.throwIfAny();
    return new ScenarioSeedLists(seeds.scales(), seeds.vantages(), settings, people, cities);
  }

  private static List<AxisRow> axisRows(ContentLibrary library, String name,
      List<String> columns, Diagnostics diagnostics) {
    AxisTable table = library.axes().get(name);
    if (table == null || !table.columns().containsAll(columns)) {
      Path where = table == null ? Path.of("templates/axes/" + name + ".csv") : table.file();
      diagnostics.add(Diagnostic.at(where, table == null ? 0 : 1,
          "the scenario stage draws seeds from axis '" + name + "' with columns " + columns,
          table == null ? "add the table" : "add the missing columns"));
      return List.of();
    }
    return table.rows();
  }

  private static int lineOf(String text, String key) {
    return YamlDocumentReader.lineOfKey(text, 1, key);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
