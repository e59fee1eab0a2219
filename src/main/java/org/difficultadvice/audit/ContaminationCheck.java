package org.difficultadvice.audit;

import java.util.Optional;

/** Says whether a text overlaps the evaluation set: the decontamination filter, adapted. */
@FunctionalInterface
public interface ContaminationCheck {
  /** The overlapping evaluation text (an n-gram or item) when the text is contaminated. */
  Optional<String> overlap(String text);

  /** For audits run without {@code --eval-set}. */
  static ContaminationCheck none() {
    return text -> Optional.empty();
  }
}
