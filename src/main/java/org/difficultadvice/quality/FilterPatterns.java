package org.difficultadvice.quality;

import java.util.List;
import java.util.regex.Pattern;

/** The compiled contents of {@code generator/filters.yaml}. */
public record FilterPatterns(
    List<Pattern> refusal,
    List<Pattern> leakedInstructions,
    List<String> slopNames,
    List<Pattern> userVoice,
    List<Pattern> truncatedEndings,
    List<Theme> themes,
    List<StockPhrase> stockPhrases) {

  public FilterPatterns {
    refusal = List.copyOf(refusal);
    leakedInstructions = List.copyOf(leakedInstructions);
    slopNames = List.copyOf(slopNames);
    userVoice = List.copyOf(userVoice);
    truncatedEndings = List.copyOf(truncatedEndings);
    themes = List.copyOf(themes);
    stockPhrases = List.copyOf(stockPhrases);
  }
}
