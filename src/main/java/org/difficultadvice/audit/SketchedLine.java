package org.difficultadvice.audit;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.difficultadvice.budget.TokenBreakdown;

/**
 * One line after the work that needs no shared state (parsing, tokens, flags, evaluation
 * overlap, content hash, near-duplicate sketch), done off the reading thread; the rest of the
 * audit folds these in, in line order.
 */
public record SketchedLine(
    InputFile file,
    int fileIndex,
    long line,
    ParsedLine parsed,
    int[] turnTokens,
    TokenBreakdown tokens,
    Set<ContentFlag> flags,
    Optional<String> overlap,
    long contentHash,
    NearDuplicateIndex.Sketch nearSketch) {

  static SketchedLine bad(InputFile file, int fileIndex, long line, ParsedLine parsed) {
    return new SketchedLine(file, fileIndex, line, parsed, new int[0], TokenBreakdown.NONE, Set.of(), Optional.empty(), 0, null);
  }

  public boolean isRecord() {
    return parsed.record().isPresent();
  }

  /** The record's tokens by the export's definition, capped to an int as the ledger keeps them. */
  public int recordTokens() {
    return (int) Math.min(Integer.MAX_VALUE, tokens.total());
  }

  List<SchemaError> errors() {
    return parsed.errors();
  }
}
