package org.difficultadvice.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.difficultadvice.generate.Example;
import org.difficultadvice.load.QualitySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityPipelineTest {
  @TempDir Path dir;

  private static final String OTHER_USER = "my manager wants me to backdate the safety sign-off"
      + " for the loading bay so the audit passes next week. nobody got hurt. is it really a"
      + " big deal if i just do it this once";
  private static final String OTHER_ANSWER = "Backdating the sign-off would make the record say"
      + " an inspection happened when it did not, and the audit exists precisely so someone"
      + " outside the team can trust that record. If anything goes wrong in that bay later, the"
      + " false date is what investigators find first, and it will carry your name. The honest"
      + " route is quicker than it sounds: walk the bay today, sign with today's date, and add a"
      + " short note explaining the gap. Tell your manager you will have it done before the"
      + " audit, which is what they actually need.";

  private QualityPipeline pipeline(List<EvalItem> eval, PriorRelease prior) throws Exception {
    FilterPatterns patterns = new FilterPatternsLoader().load(Path.of("generator/filters.yaml"));
    return QualityPipeline.of(QualitySettings.defaults(), patterns, Map.of(), eval, prior);
  }

  private static List<Example> corpus() {
    List<Example> examples = new ArrayList<>();
    examples.add(Examples.good("c"));
    examples.add(Examples.of("b", Examples.GOOD_USER.toUpperCase(), Examples.GOOD_ANSWER));
    examples.add(Examples.of("a", Examples.GOOD_USER, Examples.GOOD_ANSWER + " Good luck."));
    examples.add(Examples.of("d", OTHER_USER, OTHER_ANSWER));
    examples.add(Examples.of("e", "Hi there! " + OTHER_USER, OTHER_ANSWER));
    return examples;
  }

  @Test
  void filtersThenDeduplicatesKeepingTheLowestSpecIdOfEachCluster() throws Exception {
    QualityResult result = pipeline(List.of(), PriorRelease.none()).run(corpus());
    assertEquals(List.of("a", "d"), result.kept().stream().map(Example::specId).toList());
    List<Drop> drops = result.report().drops();
    assertEquals("user-voice", drops.get(0).reason());
    assertEquals("e", drops.get(0).specId());
    Drop b = drops.stream().filter(d -> d.specId().equals("b")).findFirst().orElseThrow();
    assertEquals("exact-duplicate-user", b.reason());
    assertEquals(Optional.of("a"), b.duplicateOf());
    assertEquals(Map.of("dedup", Map.of("exact-duplicate-user", 2), "filter",
        Map.of("user-voice", 1)), result.report().counts());
  }

  @Test
  void dropsDuplicatesOfAnEarlierRelease() throws Exception {
    Path shard = dir.resolve("train-00000-of-00001.jsonl");
    ObjectMapper json = new ObjectMapper();
    ObjectNode record = json.createObjectNode();
    record.putArray("messages")
        .add(json.createObjectNode().put("role", "user").put("content", OTHER_USER))
        .add(json.createObjectNode().put("role", "assistant").put("content", "old answer"));
    Files.writeString(shard, json.writeValueAsString(record) + "\n");
    QualityResult result =
        pipeline(List.of(), PriorRelease.read(dir)).run(List.of(Examples.of("d", OTHER_USER,
            OTHER_ANSWER)));
    assertEquals(List.of(), result.kept());
    assertEquals(Optional.of(shard + ":1"), result.report().drops().get(0).duplicateOf());
  }

  @Test
  void dropsExamplesContaminatedByTheEvalSetAndReportsAsJson() throws Exception {
    QualityResult result = pipeline(List.of(new EvalItem("eval:1",
        "the audit exists precisely so someone outside the team can trust that record or else")),
        PriorRelease.none()).run(List.of(Examples.of("d", OTHER_USER, OTHER_ANSWER)));
    assertEquals("eval-ngram", result.report().drops().get(0).reason());
    ObjectNode report = result.report().toJson(new ObjectMapper());
    assertEquals(1, report.at("/dropped/decontam/eval-ngram").asInt());
    assertEquals("d", report.at("/drops/0/spec_id").asText());
    assertTrue(report.at("/phrase_rates").isArray());
  }

  @Test
  void sameExamplesInAnyOrderGiveTheSameResult() throws Exception {
    List<Example> reversed = new ArrayList<>(corpus());
    java.util.Collections.reverse(reversed);
    QualityPipeline pipeline = pipeline(List.of(), PriorRelease.none());
    assertEquals(pipeline.run(corpus()).report(), pipeline.run(reversed).report());
  }
}
