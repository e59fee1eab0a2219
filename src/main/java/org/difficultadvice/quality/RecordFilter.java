package org.difficultadvice.quality;

import java.util.Optional;
import org.difficultadvice.generate.Example;

/** One check on one example: a drop with its reason, or empty to keep it. */
@FunctionalInterface
public interface RecordFilter {
  Optional<Drop> check(Example example);
}
