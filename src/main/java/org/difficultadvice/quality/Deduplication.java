package org.difficultadvice.quality;

import java.util.List;
import org.difficultadvice.generate.Example;

/** The dedup stage: which examples survive, and a drop naming the survivor for each other. */
interface Deduplication {
  Selection apply(List<Example> examples, PriorRelease prior);
}
