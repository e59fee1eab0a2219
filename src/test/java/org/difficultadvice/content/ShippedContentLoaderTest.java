package org.difficultadvice.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.difficultadvice.cli.Main;
import org.difficultadvice.load.ContentLibrary;
import org.difficultadvice.load.ContentLoader;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.plan.Plan;
import org.difficultadvice.plan.Planner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped content through the production loaders, planner and validate command. */
class ShippedContentLoaderTest {
  private static final long SEED = 20260508L;
  private static ContentLibrary library;
  private static ShippedContent content;

  @BeforeAll
  static void load() throws Exception {
    library = new ContentLoader().load(Path.of("constitution"), Path.of("templates"));
    content = ShippedContent.read();
  }

  private record Run(int exitCode, String out, String err) {
    static Run of(String... args) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
          .execute(args);
      return new Run(code, out.toString(), err.toString());
    }
  }

  @Test
  void validateExitsZeroOnTheShippedContent() {
    Run run = Run.of("validate", "--config", "generator/default.yaml");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    long domains = content.templates().stream()
        .map(ShippedContent.DilemmaTemplate::domain).distinct().count();
    assertTrue(run.out().contains(
        "templates: " + content.templates().size() + " in " + domains + " domains"), run.out());
  }

  @Test
  void planOf10000CoversEveryDomainAndTemptationWithDistinctIdsAndNoDomainAboveTwiceItsShare()
      throws Exception {
    Plan plan = new Planner(library).plan(10_000, SEED);
    List<DilemmaSpec> specs = plan.specs();
    assertEquals(10_000, specs.size());
    Set<String> ids = new HashSet<>();
    specs.forEach(s -> ids.add(s.id()));
    assertEquals(10_000, ids.size(), "spec ids are distinct");
    Map<String, Long> byDomain = plan.countsByDomain();
    Map<String, Long> byTemptation = plan.countsByTemptation();
    assertEquals(content.domains().keySet(), byDomain.keySet());
    assertEquals(content.temptations().keySet(), byTemptation.keySet());
    double fairShare = 10_000.0 / content.domains().size();
    byDomain.forEach((domain, n) ->
        assertTrue(n <= 2 * fairShare, domain + " got " + n + ", fair share " + fairShare));
    Set<String> templates = new HashSet<>();
    specs.forEach(s -> templates.add(s.template()));
    assertEquals(content.templates().size(), templates.size(), "every template is planned");
  }

  @Test
  void fewerThanFivePercentOf2000PlannedBriefsHaveANearDuplicate() throws Exception {
    List<String> briefs = new Planner(library).plan(2_000, SEED).specs().stream()
        .map(DilemmaSpec::brief).toList();
    int flagged = NearDuplicates.countWithNearDuplicate(briefs, 0.8);
    System.out.printf("planner: %d of 2000 briefs have a near-duplicate"
        + " (word 5-gram Jaccard >= 0.8, all pairs): %.2f%%%n", flagged, flagged / 20.0);
    assertTrue(flagged < 100, flagged + " of 2000 briefs are near-duplicates");
  }

  @Test
  void aShippedTemplateNamingAnUnknownClauseFailsWithItsFileAndLine(@TempDir Path dir)
      throws IOException {
    String source = editTemplate(dir, "clauses: [oversight.safety-process,",
        "clauses: [oversight.no-such-clause,");

    Run run = Run.of("validate", "--config", dir.resolve("generator/default.yaml").toString());

    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.err().contains("gas-check-lapsed.ftl:" + lineOf(source, "clauses:") + ":"),
        run.err());
    assertTrue(run.err().contains("oversight.no-such-clause"), run.err());
  }

  @Test
  void aShippedTemplateUsingAnUnknownAxisFailsWithItsFileAndLine(@TempDir Path dir)
      throws IOException {
    String source = editTemplate(dir, "axes: [person,", "axes: [planet, person,");
    Path template = dir.resolve(TEMPLATE);
    Files.writeString(template, Files.readString(template) + "It happened on ${planet.name}.\n");

    Run run = Run.of("validate", "--config", dir.resolve("generator/default.yaml").toString());

    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.err().contains("gas-check-lapsed.ftl:" + lineOf(source, "axes:") + ":"),
        run.err());
    assertTrue(run.err().contains("'planet'"), run.err());
  }

  private static final String TEMPLATE = "templates/housing/gas-check-lapsed.ftl";

  /** Copies the shipped content into {@code dir} and edits one template; returns the original. */
  private static String editTemplate(Path dir, String from, String to) throws IOException {
    copyTree(Path.of("constitution"), dir.resolve("constitution"));
    copyTree(Path.of("templates"), dir.resolve("templates"));
    copyTree(Path.of("generator"), dir.resolve("generator"));
    Path template = dir.resolve(TEMPLATE);
    String source = Files.readString(template);
    assertTrue(source.contains(from), from);
    Files.writeString(template, source.replace(from, to));
    return source;
  }

  private static int lineOf(String text, String prefix) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line starting " + prefix);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
