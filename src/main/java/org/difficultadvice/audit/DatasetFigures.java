package org.difficultadvice.audit;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Counts, tokens and length distributions over the well-formed records, and by split and file. */
public final class DatasetFigures {
  private final Tally bySplit = new Tally();
  private final Tally byFile = new Tally();
  private final Map<ChatFormat, Long> byFormat = new EnumMap<>(ChatFormat.class);
  private final Map<String, IntDistribution> turnTokensByRole = new TreeMap<>();
  private final IntDistribution recordTokens = new IntDistribution();
  private final IntDistribution turnsPerRecord = new IntDistribution();
  private long records;
  private long turns;
  private long tokens;

  void add(InputFile file, ChatRecord record, int[] turnTokens) {
    int recordTotal = 0;
    for (int i = 0; i < turnTokens.length; i++) {
      recordTotal += turnTokens[i];
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

  public long records() {
    return records;
  }

  public long turns() {
    return turns;
  }

  public long tokens() {
    return tokens;
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
