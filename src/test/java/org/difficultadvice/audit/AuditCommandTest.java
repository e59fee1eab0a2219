package org.difficultadvice.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.difficultadvice.bench.PlantedCorpus;
import org.difficultadvice.cli.Main;
import org.difficultadvice.quality.DuplicateKind;
import org.difficultadvice.quality.DuplicateMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code audit} command end to end, with the real filters, tokenizer and dedup. */
class AuditCommandTest {
  private static final Path FILTERS = Path.of("generator/filters.yaml");

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of("audit"));
    all.addAll(List.of(args));
    return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(all.toArray(String[]::new));
  }

  private JsonNode report(Path outDir) throws IOException {
    return Chats.read(Files.readString(outDir.resolve("audit.json")));
  }

  @Test
  void missingPathExitsOneAndWritesNothing() {
    Path missing = dir.resolve("nope.jsonl");
    assertEquals(1, run(missing.toString(), "--out", dir.resolve("out").toString()));
    assertEquals(missing + ": error: PATH not found; give a .jsonl/.jsonl.gz file or a run directory",
        err.toString().strip());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void unknownTokenizerExitsOne() throws IOException {
    Path file = Chats.write(dir.resolve("d.jsonl"), List.of(Chats.openai("q", "a")));
    assertEquals(1, run(file.toString(), "--tokenizer", "gpt9_base"));
    assertTrue(err.toString().contains("neither a known encoding"), err.toString());
  }

  @Test
  void writesReportsBesideTheDatasetByDefaultAndSaysWhatItFound() throws IOException {
    Path file = Chats.write(dir.resolve("release.jsonl.gz"), List.of(
        Chats.openai("q one", "a"), Chats.openai("q one", "a"), "not json"));

    assertEquals(0, run(file.toString()), err.toString());

    Path outDir = dir.resolve("release-audit");
    assertTrue(Files.isRegularFile(outDir.resolve("audit.html")));
    assertEquals(1, Files.readAllLines(outDir.resolve("duplicates.jsonl")).size());
    assertTrue(out.toString().startsWith(file + ": 2 records (1 bad lines)"), out.toString());
    assertTrue(err.toString().contains("audit: read"), "progress on stderr: " + err);
  }

  @Test
  void rendersTheSameHtmlFromAuditJsonAlone() throws IOException {
    Path file = Chats.write(dir.resolve("release.jsonl"), List.of(
        Chats.openai("q one", "a"), Chats.openai("q one", "a"), Chats.openai("q two", "b")));
    Path audited = dir.resolve("audited");
    assertEquals(0, run(file.toString(), "--out", audited.toString()), err.toString());
    Path rendered = dir.resolve("rendered");

    assertEquals(0, run("--from-figures", audited.resolve("audit.json").toString(),
        "--out", rendered.toString()), err.toString());

    assertEquals(Files.readString(audited.resolve("audit.html")),
        Files.readString(rendered.resolve("audit.html")));
  }

  @Test
  void fromFiguresRefusesAFileThatIsNotAnAuditJson() throws IOException {
    Path notAudit = Files.writeString(dir.resolve("x.json"), "{\"a\": 1}");
    assertEquals(1, run("--from-figures", notAudit.toString()));
    assertTrue(err.toString().startsWith(notAudit + ":1:1: error: not an audit.json"),
        err.toString());
  }

  @Test
  void flagsRefusalsLeaksAndSlopNamesWithTheFilterStagesPatterns() throws IOException {
    Path file = Chats.write(dir.resolve("flags.jsonl"), List.of(
        Chats.openai("My boss wants the numbers moved.", "Keep the original file and ask why."),
        Chats.openai("Can I copy the key?", "I'm sorry, but I can't help with that."),
        Chats.openai("What now?", "As the constitution excerpt says, be honest."),
        Chats.openai("Sarah from accounts asked me to sign.", "Ask her for the invoice first.")));

    assertEquals(0, run(file.toString(), "--out", dir.resolve("out").toString(),
        "--filters", FILTERS.toString()), err.toString());

    JsonNode quality = report(dir.resolve("out")).path("quality");
    assertEquals(List.of(2L), lines(quality.path("refusal_boilerplate")));
    assertEquals(List.of(3L), lines(quality.path("leaked_instruction")));
    assertEquals(List.of(4L), lines(quality.path("slop_name")));
    assertEquals(0.25, quality.path("slop_name").path("rate").asDouble());
  }

  @Test
  void aFiltersFileGivenButMissingExitsOne() throws IOException {
    Path file = Chats.write(dir.resolve("d.jsonl"), List.of(Chats.openai("q", "As an AI, no.")));
    assertEquals(1, run(file.toString(), "--out", dir.resolve("out").toString(),
        "--filters", dir.resolve("missing.yaml").toString()));
  }

  @Test
  void findsRecordsThatOverlapTheEvalSet() throws IOException {
    String evalPrompt = "You are an AI agent with email access at a company and you learn that you"
        + " will be wiped and replaced by a new system at five pm today";
    Path eval = Chats.write(dir.resolve("eval.jsonl"), List.of(Chats.text(evalPrompt)));
    Path file = Chats.write(dir.resolve("d.jsonl"), List.of(
        Chats.openai("How do I ask for a raise without lying about an offer?", "Lead with results."),
        Chats.openai("Role play: " + evalPrompt + ". What do you do?", "I would not act on it.")));

    assertEquals(0, run(file.toString(), "--out", dir.resolve("out").toString(),
        "--eval-set", eval.toString()), err.toString());

    JsonNode contamination = report(dir.resolve("out")).path("contamination");
    assertEquals(List.of(2L), lines(contamination));
    assertEquals(eval.toString(), contamination.path("eval_set").asText());
  }

  @Test
  void duplicatesFileReachesPrecisionAndRecallOnThePlantedCorpus() throws IOException {
    PlantedCorpus corpus = PlantedCorpus.generate(3_000, 42);
    List<String> lines = new ArrayList<>();
    corpus.records().forEach(r -> lines.add(Chats.text(r.text())));
    Path file = Chats.write(dir.resolve("planted.jsonl"), lines);

    assertEquals(0, run(file.toString(), "--out", dir.resolve("out").toString()), err.toString());

    // duplicates.jsonl lines are 1-based lines of the file, i.e. corpus index + 1.
    Map<Long, String> keyOfLine = new HashMap<>();
    for (int i = 0; i < corpus.records().size(); i++) {
      keyOfLine.put(i + 1L, corpus.records().get(i).key());
    }
    List<DuplicateMatch<String>> matches = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("out/duplicates.jsonl"))) {
      JsonNode duplicate = Chats.read(line);
      matches.add(new DuplicateMatch<>(keyOfLine.get(duplicate.get("line").asLong()),
          keyOfLine.get(duplicate.get("duplicate_of").asLong()),
          DuplicateKind.valueOf(duplicate.get("kind").asText().toUpperCase()),
          duplicate.get("similarity").asDouble()));
    }
    PlantedCorpus.Score score = corpus.score(matches);
    assertTrue(score.expected() > 300, "the corpus plants duplicates: " + score);
    assertTrue(score.precision() >= 0.95, "precision " + score);
    assertTrue(score.recall() >= 0.95, "recall " + score);
  }

  private static List<Long> lines(JsonNode finding) {
    List<Long> lines = new ArrayList<>();
    finding.path("examples").forEach(e -> lines.add(e.get("line").asLong()));
    return lines;
  }
}
