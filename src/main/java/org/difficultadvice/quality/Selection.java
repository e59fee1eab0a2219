package org.difficultadvice.quality;

import java.util.List;
import org.difficultadvice.generate.Example;

/** What a quality stage kept, in input order, and why it dropped the rest. */
record Selection(List<Example> kept, List<Drop> drops) {
  public Selection {
    kept = List.copyOf(kept);
    drops = List.copyOf(drops);
  }
}
