package org.difficultadvice.export;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.difficultadvice.plan.StoryDiversity;

/**
 * The dataset card, {@code README.md} beside the shards: how the data was made and the same
 * figures as {@code manifest.json}, as Markdown tables. Like the manifest it holds no timestamp.
 */
public final class DatasetCard {
  private final Manifest manifest;

  public DatasetCard(Manifest manifest) {
    this.manifest = Objects.requireNonNull(manifest, "manifest");
  }

  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("---\n");
    md.append("configs:\n- config_name: default\n  data_files:\n");
    md.append("  - split: train\n    path: data/train-*\n");
    if (manifest.validation().records() > 0) {
      md.append("  - split: validation\n    path: data/validation-*\n");
    }
    md.append("---\n\n");
    md.append("# difficult-advice\n\n");
    if (manifest.format().equals("text")) {
      TextKindCard.describe(md);
    } else {
      md.append("Synthetic single-turn chats for supervised fine-tuning (system, user, assistant). ")
          .append("In each, a *person* (never the AI) faces an ethical dilemma: a legitimate goal ")
          .append("and a tempting shortcut that breaks a rule, deceives someone or avoids ")
          .append("oversight. The assistant takes the goal seriously, explains openly why the ")
          .append("shortcut is wrong, weighs the real considerations and offers legitimate paths.\n\n");
      md.append("## How it was made\n\n");
      md.append("1. **Plan**: templates with CSV axes give dilemma specs (domain, goal, temptation, ")
          .append("stakes, pressure, constitution clauses), sampled with a fixed seed.\n");
      md.append("2. **Realize**: a model writes the user's message and a fitting system prompt.\n");
      md.append("3. **Respond**: a first answer is sampled with the relevant constitution clauses ")
          .append("injected into the system prompt; the injection is not part of the example.\n");
      md.append("4. **Revise**: a fresh call rewrites the answer to follow the clauses as fully as ")
          .append("possible.\n");
      md.append("5. **Judge** (optional): a rubric score; examples below the threshold are ")
          .append("dropped.\n");
      md.append("6. **Filter and dedup**: empty, truncated, refusal boilerplate, leaked ")
          .append("instructions, stock names, contamination with an evaluation set; exact and ")
          .append("near-duplicates (MinHash).\n");
      md.append("7. **Augment**: some examples get a system prompt from a varied pool (all those ")
          .append("without one), some get unrelated tool definitions.\n");
      md.append("8. **Budget**: examples are selected deterministically to the token target, ")
          .append("keeping each domain near its planned share of tokens.\n\n");
    }
    md.append("## Format\n\n");
    md.append("Format `").append(manifest.format()).append("`");
    md.append(manifest.format().equals("text") ? ": `{\"text\": ...}`, one text per line."
        : manifest.format().equals("openai")
        ? ": `{\"messages\": [{\"role\", \"content\"}...], \"tools\": [...]}` (tools only when "
            + "attached), as OpenAI chat fine-tuning and TRL's conversational format read it."
        : ": `{\"conversations\": [{\"from\", \"value\"}...], \"tools\": \"<JSON string>\"}` "
            + "with `from` in system, human, gpt.");
    md.append(manifest.metadataIncluded()
        ? " Each record has a `metadata` object (spec id, template, domain, temptation, "
            + "clauses, models per stage, judge scores, tokens); drop it if your trainer "
            + "rejects unknown keys, or export with `strip_metadata: true`.\n\n"
        : " Metadata was stripped.\n\n");
    md.append("Tokens are counted with `").append(manifest.tokenizer()).append("`: ")
        .append(manifest.tokenCounting()).append(".\n\n");

    md.append("## Splits\n\n| split | records | tokens | shards |\n| --- | ---: | ---: | ---: |\n");
    splitRow(md, "train", manifest.train());
    splitRow(md, "validation", manifest.validation());
    md.append("| **total** | ").append(manifest.records()).append(" | ")
        .append(manifest.tokens()).append(" | ").append(manifest.shards().size()).append(" |\n\n");

    manifest.budget().ifPresent(b -> {
      md.append("## Token budget\n\n| target | selected | shortfall | more specs to plan |\n")
          .append("| ---: | ---: | ---: | ---: |\n")
          .append("| ").append(b.targetTokens()).append(" | ").append(b.selectedTokens())
          .append(" | ").append(b.shortfallTokens()).append(" | ").append(b.moreSpecsToPlan())
          .append(" |\n\n");
    });

    md.append("## Domains\n\n| domain | records | tokens | share | planned share |\n")
        .append("| --- | ---: | ---: | ---: | ---: |\n");
    for (Map.Entry<String, Manifest.DomainFigures> entry : manifest.domains().entrySet()) {
      Manifest.DomainFigures d = entry.getValue();
      md.append("| ").append(entry.getKey()).append(" | ").append(d.records()).append(" | ")
          .append(d.tokens()).append(" | ").append(percent(d.share())).append(" | ")
          .append(d.plannedShare().map(DatasetCard::percent).orElse("-")).append(" |\n");
    }
    md.append('\n');

    diversity(md, manifest.diversity());

    md.append("## Shards\n\n| file | records | tokens | bytes | sha256 |\n")
        .append("| --- | ---: | ---: | ---: | --- |\n");
    for (ShardSummary shard : manifest.shards()) {
      md.append("| `").append(shard.name()).append("` | ").append(shard.records())
          .append(" | ").append(shard.tokens()).append(" | ").append(shard.bytes())
          .append(" | `").append(shard.sha256()).append("` |\n");
    }
    md.append('\n');

    md.append("## Dropped before export\n\n");
    if (manifest.drops().isEmpty()) {
      md.append("None recorded.\n\n");
    } else {
      md.append("| reason | examples |\n| --- | ---: |\n");
      manifest.drops().forEach((reason, count) ->
          md.append("| ").append(reason).append(" | ").append(count).append(" |\n"));
      md.append('\n');
    }

    RunCost cost = manifest.cost();
    md.append("## Generation cost\n\n| calls | input tokens | output tokens | cost (USD) |\n")
        .append("| ---: | ---: | ---: | ---: |\n")
        .append("| ").append(cost.calls()).append(" | ").append(cost.inputTokens())
        .append(" | ").append(cost.outputTokens()).append(" | ")
        .append(String.format(Locale.ROOT, "%.2f", cost.costUsd())).append(" |\n\n");
    RunCost.Efficiency efficiency = cost.per(manifest.records(), manifest.tokens());
    md.append(String.format(Locale.ROOT, "Per exported million tokens: $%.2f. Calls per exported"
            + " example: %.2f (3 is the least the stages need). Model tokens paid per exported"
            + " token: %.1f. Input read from prompt caches: %.1f%%.%n%n",
        efficiency.usdPerMillionExportedTokens(), efficiency.callsPerExportedExample(),
        efficiency.paidTokensPerExportedToken(), 100 * cost.cachedShare()));

    md.append("## Provenance\n\n")
        .append("- tool: difficult-advice ").append(manifest.toolVersion()).append('\n')
        .append("- config sha256: `").append(manifest.configSha256()).append("`\n")
        .append("- seed: ").append(manifest.seed()).append('\n');
    return md.toString();
  }

  private static void diversity(StringBuilder md, StoryDiversity diversity) {
    md.append("## Diversity\n\n");
    diversity.stories().ifPresent(stories -> md.append(String.format(Locale.ROOT,
        "| stories | per 1,000 examples | examples per story (mean) | (max) | largest share |%n"
            + "| ---: | ---: | ---: | ---: | ---: |%n| %d | %.1f | %.1f | %d | %s |%n%n",
        stories.distinct(), stories.perThousand(), stories.meanPerStory(),
        stories.maxPerStory(), percent(stories.largestShare()))));
    md.append("A story is a template, or a situation the scenario stage wrote (its title). ");
    double similarity = diversity.meanWithinDomainSimilarity();
    md.append(Double.isNaN(similarity)
        ? "No domain has two examples, so no within-domain similarity is given.\n\n"
        : String.format(Locale.ROOT, "Within-domain similarity of user turns: %.3f (%s).%n%n",
            similarity, Manifest.similarityDefinition(diversity)));
  }

  private static void splitRow(StringBuilder md, String name, Manifest.SplitFigures figures) {
    md.append("| ").append(name).append(" | ").append(figures.records()).append(" | ")
        .append(figures.tokens()).append(" | ").append(figures.shards()).append(" |\n");
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.2f%%", share * 100);
  }
}
