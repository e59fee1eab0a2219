package org.difficultadvice.audit;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.difficultadvice.budget.TokenBreakdown;

/** Counts, tokens and length distributions over the well-formed records, and by split and file. */
public final class DatasetFigures implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final Tally bySplit = new Tally();
  private final Tally byFile = new Tally();
  private final Map<ChatFormat, Long> byFormat = new EnumMap<>(ChatFormat.class);
  private final Map<String, IntDistribution> turnTokensByRole = new TreeMap<>();
  private final IntDistribution recordTokens = new IntDistribution();
  private final IntDistribution turnsPerRecord = new IntDistribution();
  private long records;
  private long turns;
  private long tokens;
  private TokenBreakdown breakdown = TokenBreakdown.NONE;

  /**
   * @param turnTokens each turn's content tokens
   * @param counted the record's tokens by the export's definition ({@code ExampleTokens})
   */
  void add(InputFile file, ChatRecord record, int[] turnTokens, TokenBreakdown counted) {
    int recordTotal = (int) Math.min(Integer.MAX_VALUE, counted.total());
    breakdown = breakdown.plus(counted);
    for (int i = 0; i < turnTokens.length; i++) {
      turnTokensByRole
          .computeIfAbsent(record.turns().get(i).role(), role -> new IntDistribution())
          .add(turnTokens[i]);
    }
    int turnCount = record.turns().size();
    records++;
    turns += turnCount;
    tokens += recordTotal;
    bySplit.add(file.split(), turnCount, recordTotal);
    byFile.add(file.name(), turnCount, recordTotal);
    byFormat.merge(record.format(), 1L, Long::sum);
    recordTokens.add(recordTotal);
    turnsPerRecord.add(turnCount);
  }

  void merge(DatasetFigures other) {
    bySplit.merge(other.bySplit);
    byFile.merge(other.byFile);
    other.byFormat.forEach((format, n) -> byFormat.merge(format, n, Long::sum));
    other.turnTokensByRole.forEach((role, dist) ->
        turnTokensByRole.computeIfAbsent(role, r -> new IntDistribution()).merge(dist));
    recordTokens.merge(other.recordTokens);
    turnsPerRecord.merge(other.turnsPerRecord);
    records += other.records;
    turns += other.turns;
    tokens += other.tokens;
    breakdown = breakdown.plus(other.breakdown);
  }

  public long records() {
    return records;
  }

  public long turns() {
    return turns;
  }

  public long tokens() {
    return tokens;
  }

  /** The tokens by content, tools and framing; they add up to {@link #tokens()}. */
  public TokenBreakdown tokenBreakdown() {
    return breakdown;
  }

  public Tally bySplit() {
    return bySplit;
  }

  public Tally byFile() {
    return byFile;
  }

  public Map<ChatFormat, Long> byFormat() {
    return java.util.Collections.unmodifiableMap(byFormat);
  }

  /** Tokens per turn, by role ({@code user}, {@code assistant}, {@code system}, ...). */
  public IntDistribution turnTokens(String role) {
    return turnTokensByRole.getOrDefault(role, new IntDistribution());
  }

  public Map<String, IntDistribution> turnTokensByRole() {
    return java.util.Collections.unmodifiableMap(turnTokensByRole);
  }

  public IntDistribution recordTokens() {
    return recordTokens;
  }

  public IntDistribution turnsPerRecord() {
    return turnsPerRecord;
  }
}
