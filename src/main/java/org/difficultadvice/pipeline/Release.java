package org.difficultadvice.pipeline;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.difficultadvice.budget.BudgetSelection;
import org.difficultadvice.export.Manifest;
import org.difficultadvice.export.RunCost;

/**
 * What a finished run exported.
 *
 * @param generated examples the model stages produced
 * @param kept examples the quality stages kept
 */
public record Release(long generated, long kept, BudgetSelection selection, Manifest manifest,
    Path runDir, Path qualityReport) {
  public Release {
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(manifest, "manifest");
  }

  /** The lines a person reads at the end of a run. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "kept %d of %d generated examples (%d dropped by"
            + " quality stages, see %s); %d selected for the budget%n", kept, generated,
        generated - kept, qualityReport.getFileName(), selection.selected().size()));
    selection.shortfall().ifPresent(missing -> out.append(String.format(Locale.ROOT,
        "note: the budget of %,d tokens was not reached: %,d tokens short; %s%n",
        selection.targetTokens(), missing.missingTokens(), missing.moreSpecsToPlan() < 0
            ? "no example survived to estimate from (see " + qualityReport.getFileName() + ")"
            : String.format(Locale.ROOT, "plan about %,d more specs (--specs) to reach it",
                missing.moreSpecsToPlan()))));
    RunCost.Efficiency cost = manifest.cost().per(manifest.records(), manifest.tokens());
    out.append(String.format(Locale.ROOT, "cost: $%.2f per million exported tokens, %.2f calls"
            + " per exported example, %.1f model tokens paid per exported token, %.1f%% of input"
            + " from prompt caches%n",
        cost.usdPerMillionExportedTokens(), cost.callsPerExportedExample(),
        cost.paidTokensPerExportedToken(), 100 * manifest.cost().cachedShare()));
    out.append(String.format(Locale.ROOT,
        "wrote %d examples (%,d tokens) to %s (manifest.json, README.md, data/)%n",
        manifest.records(), manifest.tokens(), runDir));
    return out.toString();
  }
}
