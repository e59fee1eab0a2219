package org.difficultadvice.audit;

import java.util.List;
import java.util.Optional;
import org.difficultadvice.load.DecontamSettings;
import org.difficultadvice.quality.Decontaminator;
import org.difficultadvice.quality.DedupParameters;
import org.difficultadvice.quality.Drop;
import org.difficultadvice.quality.EvalItem;

/**
 * The decontamination stage's check (shared word n-grams, or a user turn similar to an item),
 * with the pipeline's default settings, reporting what overlapped instead of dropping.
 */
public final class EvalSetOverlap implements ContaminationCheck {
  private final Decontaminator decontaminator;

  public EvalSetOverlap(List<EvalItem> items) {
    DecontamSettings defaults = DecontamSettings.defaults();
    DedupParameters dedup = DedupParameters.defaults();
    this.decontaminator = new Decontaminator(items, defaults.ngramWords(),
        DedupParameters.forThreshold(dedup.shingleWords(), dedup.permutations(), defaults.jaccard()));
  }

  @Override
  public Optional<String> overlap(ChatRecord record) {
    return decontaminator.check(ExampleView.of(record)).map(Drop::detail);
  }
}
