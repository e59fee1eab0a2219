package org.difficultadvice.audit;

/** What can be wrong with one line of a JSONL chat dataset. */
public enum SchemaProblem {
  INVALID_UTF8("not valid UTF-8", "write the file as UTF-8 (e.g. iconv -f LATIN1 -t UTF-8)"),
  TRUNCATED("the file ends early", "the lines before this were audited; fetch or compress the file again"),
  NOT_JSON("not valid JSON", "write one JSON object per line"),
  UNKNOWN_FORMAT(
      "not a known chat format",
      "use {\"messages\": [...]}, {\"conversations\": [...]} or {\"text\": ...}"),
  MISSING_ROLE("a turn has no role", "give every turn a \"role\" (or \"from\" in ShareGPT)"),
  UNKNOWN_ROLE("a turn has an unknown role", "use system, user, assistant or tool"),
  EMPTY_CONTENT("a turn has empty content", "drop the turn or fill in its text"),
  NO_ASSISTANT_TURN("no assistant turn", "every training chat needs an assistant answer");

  private final String description;
  private final String fix;

  SchemaProblem(String description, String fix) {
    this.description = description;
    this.fix = fix;
  }

  public String description() {
    return description;
  }

  public String fix() {
    return fix;
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
