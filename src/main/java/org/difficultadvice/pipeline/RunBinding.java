package org.difficultadvice.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.difficultadvice.export.ConfigHash;
import org.difficultadvice.load.ContentDigest;
import org.difficultadvice.load.DataKind;
import org.difficultadvice.load.JobConfig;

/**
 * The settings a run directory is bound to: what shapes the plan and the model calls. How the
 * run is driven (concurrency, limits, timeouts, threads, where the key and the model file are
 * found, which servers answer: {@link ConfigHash} leaves the base URLs out) may change between
 * sessions, and so may everything after generation (quality,
 * augmentation, budget, export): those stages run again from the stored results, so a finished
 * run can be re-exported with other settings without a call being sent again. The plan's size
 * is bound instead of the budget it may be derived from; with waves, the budget decides only
 * how many of the planned specs are called, so a larger budget later calls more of them.
 */
final class RunBinding {
  private RunBinding() {}

  static ObjectNode of(JobConfig job, PlannedRun planned) {
    ObjectNode key = ConfigHash.canonicalJson(job);
    key.remove(List.of("engine", "quality", "augment", "budget", "export", "specs"));
    if (planned.inWaves()) {
      // The candidates were planned for the first budget; a later one calls more or fewer.
      key.put("planned_specs", "waves");
    } else {
      key.put("planned_specs", planned.plan().requested());
    }
    if (job.kind() == DataKind.CHATS) {
      // Runs started before kinds existed bound no kind: chats keep their binding unchanged.
      key.remove("kind");
    }
    ((ObjectNode) key.get("provider")).remove("api_key_env");
    ((ObjectNode) key.get("local")).remove(List.of("threads", "path", "specs", "budget_tokens"));
    // What the files say, not only where they are: an edited template or prompt is refused.
    ContentDigest.of(job).asMap().forEach(key.putObject("content")::put);
    return key;
  }
}
