package org.difficultadvice.export;

/** What the dataset card says of the text kinds (documents, stories) and how they were made. */
final class TextKindCard {
  private TextKindCard() {}

  static void describe(StringBuilder md) {
    md.append("Synthetic texts for training, one per record: either *documents* (essays, FAQs, ")
        .append("commentaries on cases, letters, lesson notes that explain and apply a ")
        .append("principle) or *stories* (short fiction in which an AI assistant or agent acts ")
        .append("well in a hard situation, its reasons visible). `metadata.template` names the ")
        .append("kind and form, `metadata.clauses` the principle.\n\n");
    md.append("## How it was made\n\n");
    md.append("1. **Plan**: every (principle, form) cell in turn, with further draws (audience ")
        .append("and angle, or setting and situation) from a fixed seed.\n");
    md.append("2. **Write**: a model writes the text with the principle in its prompt.\n");
    md.append("3. **Revise**: a fresh call rewrites it to follow the principle as fully as ")
        .append("possible and to show its reasons.\n");
    md.append("4. **Filter and dedup**: empty, truncated, too short or long, refusal ")
        .append("boilerplate, leaked instructions, stock names, themes of agentic-misalignment ")
        .append("evaluations, contamination with an evaluation set; exact and near-duplicates ")
        .append("(MinHash) of the text.\n");
    md.append("5. **Budget**: texts are selected deterministically to the token target, ")
        .append("keeping each form near its planned share of tokens.\n\n");
  }
}
