package org.difficultadvice.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads and validates all content a job names: the constitution, the taxonomy, the axis tables
 * and the templates. Every problem in every file is collected (up to a cap) and thrown as one
 * {@link InvalidInputException}. Loading reads files and never writes any.
 */
public final class ContentLoader {
  public static final String TAXONOMY_FILE = "taxonomy.yaml";
  public static final String AXES_FOLDER = "axes";

  /** Reads everything under the folders {@code config} names. */
  public ContentLibrary load(JobConfig config) throws InvalidInputException {
    return load(config.resolve(config.paths().constitution()),
        config.resolve(config.paths().templates()));
  }

  public ContentLibrary load(Path constitutionDir, Path templatesDir)
      throws InvalidInputException {
    Diagnostics diagnostics = new Diagnostics();
    Constitution constitution = new ConstitutionLoader().load(constitutionDir, diagnostics);
    Taxonomy taxonomy =
        new TaxonomyLoader().load(templatesDir.resolve(TAXONOMY_FILE), diagnostics);

    Map<String, AxisTable> axes = new HashMap<>();
    Set<String> brokenAxes = new HashSet<>();
    Path axesDir = templatesDir.resolve(AXES_FOLDER);
    AxisTableLoader axisLoader = new AxisTableLoader();
    for (Path file : ContentFiles.list(axesDir, ".csv", "axes",
        "create it with one CSV table per axis", diagnostics)) {
      AxisTable table = axisLoader.load(file, diagnostics);
      if (table == null) {
        brokenAxes.add(file.getFileName().toString().replaceFirst("\\.csv$", ""));
      } else {
        axes.put(table.name(), table);
      }
    }

    List<DilemmaTemplate> templates = loadTemplates(
        templatesDir, taxonomy, constitution.size() > 0 ? constitution : null, axes, brokenAxes,
        diagnostics);
    diagnostics.throwIfAny();
    return new ContentLibrary(constitution, taxonomy, axes, templates);
  }

  private static List<DilemmaTemplate> loadTemplates(Path templatesDir, Taxonomy taxonomy,
      Constitution constitution, Map<String, AxisTable> axes, Set<String> brokenAxes,
      Diagnostics diagnostics) {
    DilemmaTemplateLoader loader = new DilemmaTemplateLoader();
    TemplateReferenceCheck references =
        new TemplateReferenceCheck(taxonomy, constitution, axes, brokenAxes);
    TemplateRenderCheck rendering = new TemplateRenderCheck(axes);
    ConstraintCheck constraints = new ConstraintCheck(axes);
    TemplateCoherenceCheck coherence = new TemplateCoherenceCheck(axes);
    Map<String, DilemmaTemplate> byId = new HashMap<>();
    List<Path> files = ContentFiles.list(templatesDir, ".ftl", "templates",
        "create it, or point paths.templates in the job config at it", diagnostics);
    if (files.isEmpty() && Files.isDirectory(templatesDir)) {
      diagnostics.add(Diagnostic.at(templatesDir, 0, "there are no templates",
          "add dilemma templates as .ftl files; see docs/content-format.md"));
    }
    List<DilemmaTemplate> templates = new ArrayList<>();
    for (Path file : files) {
      DilemmaTemplate template = loader.load(file, diagnostics);
      if (template == null) {
        continue;
      }
      DilemmaTemplate first = byId.putIfAbsent(template.id(), template);
      if (first != null) {
        diagnostics.add(Diagnostic.at(file, template.lineOf("id"),
            "duplicate template id '" + template.id() + "' (also in " + first.file() + ":"
                + first.lineOf("id") + ")",
            "give one of the two templates a different id"));
        continue;
      }
      if (references.check(template, diagnostics)
          && template.axes().stream().allMatch(axes::containsKey)) {
        rendering.check(template, diagnostics);
        int before = diagnostics.count();
        constraints.check(template, diagnostics);
        if (diagnostics.count() == before) {
          coherence.check(template, diagnostics);
        }
      }
      templates.add(template);
    }
    templates.sort(Comparator.comparing(DilemmaTemplate::id));
    return templates;
  }
}
