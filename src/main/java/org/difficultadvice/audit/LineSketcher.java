package org.difficultadvice.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.difficultadvice.budget.ExampleTokens;
import org.difficultadvice.budget.TokenBreakdown;

/**
 * Everything about one line that depends on that line alone: parsing, tokens, flags,
 * evaluation overlap, the normalised content hash and the near-duplicate sketch. Pure, so it
 * runs on the audit's worker threads and on Spark executors alike, with the same results.
 */
public final class LineSketcher {
  private static final HashFunction CONTENT_HASH = Hashing.murmur3_128();

  private final QualityChecks checks;
  private final ChatRecordParser parser;
  private final Function<String, NearDuplicateIndex.Sketch> near;

  /** @param near the near-duplicate sketch of a record's turn contents ({@link #contentOf}) */
  public LineSketcher(
      QualityChecks checks, ObjectMapper json, Function<String, NearDuplicateIndex.Sketch> near) {
    this.checks = checks;
    this.parser = new ChatRecordParser(json);
    this.near = near;
  }

  /**
   * @param malformedAt the 0-based offset of the first byte that is not UTF-8, or -1 when the
   *     line decoded cleanly
   */
  public SketchedLine sketch(
      InputFile file, int fileIndex, long lineNumber, String text, int malformedAt) {
    if (malformedAt >= 0) {
      return SketchedLine.bad(file, fileIndex, lineNumber, ParsedLine.bad(Optional.empty(),
          List.of(new SchemaError(file.name(), lineNumber, SchemaProblem.INVALID_UTF8,
              "first bad byte at byte " + (malformedAt + 1) + " of the line"))));
    }
    ParsedLine parsed = parser.parse(file.name(), lineNumber, text);
    if (parsed.record().isEmpty()) {
      return SketchedLine.bad(file, fileIndex, lineNumber, parsed);
    }
    ChatRecord record = parsed.record().get();
    int[] turnTokens = new int[record.turns().size()];
    TokenBreakdown tokens;
    if (record.format() == ChatFormat.TEXT) {
      // A document, not a chat: no turns to frame.
      turnTokens[0] = checks.tokens().count(record.turns().get(0).content());
      tokens = new TokenBreakdown(turnTokens[0], 0, 0);
    } else {
      List<org.difficultadvice.budget.ChatFormat.Turn> labelled = new ArrayList<>();
      for (int i = 0; i < turnTokens.length; i++) {
        labelled.add(new org.difficultadvice.budget.ChatFormat.Turn(
            record.labels().get(i), record.turns().get(i).content()));
      }
      tokens = ExampleTokens.of(
          checks.tokens()::count, labelled, record.toolsJson(), turnTokens);
    }
    String normalised = checks.normaliser().normalise(record.transcript());
    return new SketchedLine(
        file,
        fileIndex,
        lineNumber,
        parsed,
        turnTokens,
        tokens,
        checks.flagger().flags(record),
        checks.contamination().overlap(record),
        CONTENT_HASH.hashString(normalised, StandardCharsets.UTF_8).asLong(),
        near.apply(contentOf(record)));
  }

  /** The turns' text without role labels: what near duplicates compare. */
  static String contentOf(ChatRecord record) {
    StringBuilder out = new StringBuilder();
    for (Turn turn : record.turns()) {
      out.append(turn.content()).append('\n');
    }
    return out.toString();
  }
}
