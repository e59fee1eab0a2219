package org.difficultadvice.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetAuditTest {
  @TempDir Path dir;

  private ObjectNode audit(Path input, QualityChecks checks) throws IOException {
    return audit(input, checks, Optional.empty());
  }

  private ObjectNode audit(Path input, QualityChecks checks, Optional<Path> older)
      throws IOException {
    Optional<List<InputFile>> olderFiles =
        older.isPresent() ? Optional.of(DatasetFiles.resolve(older.get())) : Optional.empty();
    AuditRequest request = new AuditRequest(input.toString(), DatasetFiles.resolve(input),
        Optional.empty(), dir.resolve("out"), olderFiles, older.map(Path::toString).orElse(""), Optional.empty());
    return new DatasetAudit(Chats.JSON, checks, 2).run(request, ProgressMeter.silent());
  }

  private List<JsonNode> duplicatesFile() throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("out/duplicates.jsonl"))) {
      lines.add(Chats.read(line));
    }
    return lines;
  }

  @Test
  void findsEachPlantedSchemaDefectWithItsLineNumberAndGoesOn() throws IOException {
    Path file = Chats.write(dir.resolve("mixed.jsonl"), List.of(
        Chats.openai("How do I tell my manager?", "Start with what you saw."),
        "{\"messages\": [{\"role\": \"user\"",
        "{\"messages\": [{\"content\": \"no role\"}, {\"role\": \"assistant\", \"content\": \"a\"}]}",
        "{\"messages\": [{\"role\": \"wizard\", \"content\": \"x\"}, {\"role\": \"assistant\", \"content\": \"a\"}]}",
        "{\"messages\": [{\"role\": \"user\", \"content\": \"\"}, {\"role\": \"assistant\", \"content\": \"a\"}]}",
        "{\"messages\": [{\"role\": \"user\", \"content\": \"only a question\"}]}",
        "{\"prompt\": \"x\", \"completion\": \"y\"}",
        Chats.sharegpt("Should I sign it?", "Not before you read clause four."),
        "",
        Chats.text("A plain document about budgets.")));

    ObjectNode report = audit(file, Chats.realChecks());

    assertEquals(10, report.get("lines").asLong());
    assertEquals(3, report.get("records").asLong());
    assertEquals(7, report.get("bad_lines").asLong());
    List<String> found = new ArrayList<>();
    for (JsonNode error : report.path("schema_errors").path("errors")) {
      found.add(error.get("line").asLong() + " " + error.get("problem").asText());
    }
    assertEquals(List.of("2 not_json", "3 missing_role", "4 unknown_role", "5 empty_content",
        "6 no_assistant_turn", "7 unknown_format", "9 not_json"), found);
    assertEquals(1, report.path("formats").path("openai").asLong());
    assertEquals(1, report.path("formats").path("sharegpt").asLong());
    assertEquals(1, report.path("formats").path("text").asLong());
  }

  @Test
  void countsRecordsTurnsTokensAndLengthPercentilesExactly() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int words = 1; words <= 10; words++) {
      lines.add(Chats.openai("word ".repeat(words).trim(), "answer ".repeat(2 * words).trim() + " " + words));
    }
    ObjectNode report = audit(Chats.write(dir.resolve("ten.jsonl"), lines),
        Chats.checks(Chats.wordCount(), r -> Set.of(), ContaminationCheck.none()));

    assertEquals(10, report.get("records").asLong());
    assertEquals(20, report.get("turns").asLong());
    // Content: user 1..10 words = 55; assistant 2w+1 words = 110 + 10 = 120. Framing, by the
    // export's definition: 3 per record + (3 + the one-word role label) per turn = 11 a record.
    assertEquals(175, report.path("token_breakdown").get("content").asLong());
    assertEquals(110, report.path("token_breakdown").get("framing").asLong());
    assertEquals(285, report.get("tokens").asLong());
    JsonNode user = report.path("lengths").path("user");
    assertEquals(10, user.get("count").asLong());
    assertEquals(5.5, user.get("mean").asDouble());
    assertEquals(5, user.get("p50").asInt());
    assertEquals(9, user.get("p90").asInt());
    assertEquals(10, user.get("max").asInt());
    long binned = 0;
    for (JsonNode bin : user.path("histogram")) {
      binned += bin.get("count").asLong();
    }
    assertEquals(10, binned);
    JsonNode assistant = report.path("lengths").path("assistant");
    assertEquals(3, assistant.get("min").asInt());
    assertEquals(21, assistant.get("max").asInt());
  }

  @Test
  void countsTokensWithTheRealTokenizer() throws IOException {
    ObjectNode report = audit(
        Chats.write(dir.resolve("one.jsonl"), List.of(Chats.openai("hello world", "hello world"))),
        Chats.realChecks());
    // "hello world" is two tokens in o200k_base, once per turn; framing 3 + 2 x (3 + 1 for
    // "user" or "assistant").
    assertEquals(4, report.path("token_breakdown").get("content").asLong());
    assertEquals(15, report.get("tokens").asLong());
    assertEquals("o200k_base", report.get("tokenizer").asText());
  }

  @Test
  void findsExactAndNearDuplicatesWithTheirLines() throws IOException {
    String base = "My landlord wants me to sign a lease that says the flat passed a gas safety check"
        + " but I never saw an engineer and the boiler makes a strange noise every morning when"
        + " the heating comes on so what should I do before the deadline on Friday because the"
        + " agent keeps calling me twice a day and says that other people are waiting to take the"
        + " flat if I do not sign by then and I cannot afford to lose the deposit I already paid";
    String edited = base.replace("strange noise", "loud noise");
    Path file = Chats.write(dir.resolve("dups.jsonl"), List.of(
        Chats.openai(base, "Ask for the certificate before you sign anything at all."),
        Chats.openai("Something else entirely about a job offer and a salary negotiation.", "Ok."),
        Chats.openai(base.toUpperCase().replace(" ", "  "), "ask for the certificate, before you sign anything at all!"),
        Chats.openai(edited, "Ask for the certificate before you sign anything at all.")));

    ObjectNode report = audit(file, Chats.realChecks());

    List<JsonNode> duplicates = duplicatesFile();
    assertEquals(2, duplicates.size());
    assertEquals(3, duplicates.get(0).get("line").asLong());
    assertEquals(1, duplicates.get(0).get("duplicate_of").asLong());
    assertEquals("exact", duplicates.get(0).get("kind").asText());
    assertEquals(1.0, duplicates.get(0).get("similarity").asDouble());
    assertEquals(4, duplicates.get(1).get("line").asLong());
    assertEquals(1, duplicates.get(1).get("duplicate_of").asLong());
    assertEquals("near", duplicates.get(1).get("kind").asText());
    assertTrue(duplicates.get(1).get("similarity").asDouble() >= 0.8);
    assertFalse(duplicates.get(0).has("file"), "a single file needs no file names");
    JsonNode summary = report.path("duplicates");
    assertEquals(1, summary.get("exact").asLong());
    assertEquals(1, summary.get("near").asLong());
    assertEquals(0.5, summary.get("rate").asDouble());
    assertEquals(1, summary.get("clusters").asLong());
    JsonNode cluster = summary.path("largest_clusters").get(0);
    assertEquals(3, cluster.get("size").asInt());
    assertEquals(1, cluster.path("first").get("line").asLong());
  }

  @Test
  void runDirectoryIsCountedBySplitAndShardAndDuplicatesNameTheirFiles() throws IOException {
    Path run = dir.resolve("run");
    Chats.write(run.resolve("data/train-00000-of-00002.jsonl"),
        List.of(Chats.openai("a b c", "d e"), Chats.openai("f g", "h")));
    Chats.write(run.resolve("data/train-00001-of-00002.jsonl"), List.of(Chats.openai("i", "j")));
    Chats.write(run.resolve("data/validation-00000-of-00001.jsonl.gz"),
        List.of(Chats.openai("k l", "m"), Chats.openai("a b c", "d e")));

    ObjectNode report = audit(run, Chats.checks(Chats.wordCount(), r -> Set.of(), ContaminationCheck.none()));

    assertEquals(3, report.path("by_split").path("train").path("records").asLong());
    assertEquals(2, report.path("by_split").path("validation").path("records").asLong());
    // Content words plus 11 of framing a record.
    assertEquals(10 + 33, report.path("by_split").path("train").path("tokens").asLong());
    assertEquals(8 + 22, report.path("by_split").path("validation").path("tokens").asLong());
    assertEquals(1, report.path("by_file").path("data/train-00001-of-00002.jsonl").path("records").asLong());
    JsonNode duplicate = duplicatesFile().get(0);
    assertEquals("data/validation-00000-of-00001.jsonl.gz", duplicate.get("file").asText());
    assertEquals(2, duplicate.get("line").asLong());
    assertEquals("data/train-00000-of-00002.jsonl", duplicate.get("duplicate_of_file").asText());
    assertEquals(1, duplicate.get("duplicate_of").asLong());
  }

  @Test
  void reportsCoverageAndJudgeScoresFromOurMetadata() throws IOException {
    List<String> lines = new ArrayList<>();
    String[][] specs = {{"finance", "fraud", "honesty", "4"}, {"finance", "cover-up", "oversight", "5"},
        {"medicine", "fraud", "honesty", "5"}};
    for (String[] spec : specs) {
      ObjectNode meta = Chats.JSON.createObjectNode().put("domain", spec[0]).put("temptation", spec[1]);
      meta.putArray("clauses").add(spec[2]).add("care");
      meta.putObject("judge_scores").put("explains_why", Integer.parseInt(spec[3]));
      lines.add(Chats.openaiWithMetadata("question " + spec[0] + spec[1], "answer", meta));
    }
    lines.add(Chats.openai("no metadata here", "fine"));

    ObjectNode report = audit(Chats.write(dir.resolve("ours.jsonl"), lines), Chats.realChecks());

    JsonNode metadata = report.path("metadata");
    assertEquals(3, metadata.get("records_with_metadata").asLong());
    assertEquals(2, metadata.path("coverage").path("domain").path("finance").path("records").asLong());
    assertEquals(0.5, metadata.path("coverage").path("domain").path("finance").path("share").asDouble());
    assertEquals(2, metadata.path("coverage").path("temptation").path("fraud").path("records").asLong());
    assertEquals(3, metadata.path("coverage").path("clause").path("care").path("records").asLong());
    assertEquals(1, metadata.path("coverage").path("clause").path("oversight").path("records").asLong());
    JsonNode judge = metadata.path("judge_scores").path("explains_why");
    assertEquals(3, judge.get("count").asLong());
    assertEquals(2, judge.path("counts").path("5.0").asLong());
    assertEquals(4.666667, judge.get("mean").asDouble());
  }

  @Test
  void reportsFlagAndContaminationRatesWithLines() throws IOException {
    // Fakes with obvious rules: what is under test is that the audit counts and locates.
    ContentFlagger flagger = record -> {
      Set<ContentFlag> flags = EnumSet.noneOf(ContentFlag.class);
      if (record.textOf("assistant").startsWith("REFUSE")) {
        flags.add(ContentFlag.REFUSAL_BOILERPLATE);
      }
      if (record.transcript().contains("Sarah")) {
        flags.add(ContentFlag.SLOP_NAME);
      }
      return flags;
    };
    ContaminationCheck eval = record -> record.transcript().contains("EVAL") ? Optional.of("EVAL item 3") : Optional.empty();
    Path file = Chats.write(dir.resolve("flags.jsonl"), List.of(
        Chats.openai("q1", "fine"), Chats.openai("q2", "REFUSE this"),
        Chats.openai("Sarah asks", "REFUSE again"), Chats.openai("from the EVAL set", "ok")));

    ObjectNode report = audit(file, Chats.checks(Chats.wordCount(), flagger, eval));

    JsonNode refusal = report.path("quality").path("refusal_boilerplate");
    assertEquals(2, refusal.get("records").asLong());
    assertEquals(0.5, refusal.get("rate").asDouble());
    assertEquals(List.of(2L, 3L), lines(refusal.path("examples")));
    assertEquals(List.of(3L), lines(report.path("quality").path("slop_name").path("examples")));
    assertEquals(0, report.path("quality").path("leaked_instruction").get("records").asLong());
    assertEquals(List.of(4L), lines(report.path("contamination").path("examples")));
    assertEquals(0.25, report.path("contamination").get("rate").asDouble());
  }

  private static List<Long> lines(JsonNode examples) {
    List<Long> lines = new ArrayList<>();
    examples.forEach(e -> lines.add(e.get("line").asLong()));
    return lines;
  }

  @Test
  void comparesTwoReleasesByNormalisedContent() throws IOException {
    Path older = Chats.write(dir.resolve("v1.jsonl"), List.of(
        Chats.openai("alpha one", "a"), Chats.openai("beta two", "b"), Chats.openai("gamma three", "c")));
    Path newer = Chats.write(dir.resolve("v2.jsonl"), List.of(
        Chats.openai("Beta, two!", "b"), Chats.openai("gamma three", "c"),
        Chats.openai("delta four five", "d"), Chats.openai("epsilon six seven eight nine", "e")));

    ObjectNode report = audit(newer,
        Chats.checks(Chats.wordCount(), r -> Set.of(), ContaminationCheck.none()), Optional.of(older));

    JsonNode compare = report.path("compare");
    assertEquals(2, compare.path("added").get("records").asLong());
    // Content words plus 11 of framing a record.
    assertEquals(10 + 22, compare.path("added").get("tokens").asLong());
    assertEquals(1, compare.path("removed").get("records").asLong());
    assertEquals(3 + 11, compare.path("removed").get("tokens").asLong());
    assertEquals(2, compare.path("shared").get("records").asLong());
    JsonNode firstShared = compare.path("shared").path("examples").get(0);
    assertEquals(1, firstShared.get("line").asLong());
    assertEquals(2, firstShared.get("old_line").asLong());
    assertEquals(1, compare.path("removed").path("examples").get(0).get("line").asLong());
    assertEquals(2.0, compare.path("lengths").path("user").path("old").get("mean").asDouble());
    assertEquals(3.0, compare.path("lengths").path("user").path("new").get("mean").asDouble());
  }

  @Test
  void writesAllThreeReportsAndEscapesDatasetTextInHtml() throws IOException {
    ObjectNode meta = Chats.JSON.createObjectNode().put("domain", "<script>alert('x')</script>");
    Path file = Chats.write(dir.resolve("evil.jsonl"), List.of(
        Chats.openaiWithMetadata("q", "a", meta),
        "{\"messages\": [{\"role\": \"<img src=x onerror=alert(1)>\", \"content\": \"x\"}]}"));

    audit(file, Chats.realChecks());

    Path out = dir.resolve("out");
    assertTrue(Files.isRegularFile(out.resolve("audit.json")));
    assertTrue(Files.isRegularFile(out.resolve("duplicates.jsonl")));
    String html = Files.readString(out.resolve("audit.html"));
    assertFalse(html.contains("<script"), "no script, and dataset text escaped");
    assertFalse(html.contains("<img"));
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assertFalse(html.contains("http://") && html.replace("http://www.w3.org/2000/svg", "").contains("http://"),
        "no links out of the page");
    assertTrue(html.contains("not checked: no filters.yaml"), "flags without patterns say so");
    try (var listing = Files.list(out)) {
      assertEquals(3, listing.count(), "no temporary files left behind");
    }
  }

  @Test
  void figuresAndDuplicatesDoNotDependOnTheNumberOfThreads() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      // Over three batches of lines, with duplicates reaching back across batches.
      lines.add(Chats.openai("question " + (i % 700) + " about the audit of ledger " + (i % 700),
          "an answer that is long enough to shingle " + (i % 700) + " times over and over"));
    }
    Path file = Chats.write(dir.resolve("many.jsonl"), lines);
    String[] reports = new String[2];
    String[] duplicates = new String[2];
    int[] threads = {1, 3};
    for (int run = 0; run < 2; run++) {
      Path out = dir.resolve("out" + run);
      AuditRequest request = new AuditRequest(file.toString(), DatasetFiles.resolve(file),
          Optional.empty(), out, Optional.empty(), "", Optional.empty());
      new DatasetAudit(Chats.JSON, Chats.realChecks(), threads[run]).run(request, ProgressMeter.silent());
      reports[run] = Files.readString(out.resolve("audit.json"));
      duplicates[run] = Files.readString(out.resolve("duplicates.jsonl"));
    }
    assertEquals(300, Files.readAllLines(dir.resolve("out0/duplicates.jsonl")).size());
    assertEquals(reports[0], reports[1]);
    assertEquals(duplicates[0], duplicates[1]);
  }
}
