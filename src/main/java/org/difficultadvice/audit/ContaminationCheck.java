package org.difficultadvice.audit;

import java.util.Optional;

/** Says whether a record overlaps the evaluation set: the decontamination filter, adapted. */
@FunctionalInterface
public interface ContaminationCheck {
  /** The overlapping evaluation text (an n-gram or item) when the record is contaminated. */
  Optional<String> overlap(ChatRecord record);

  /** For audits run without {@code --eval-set}. */
  static ContaminationCheck none() {
    return record -> Optional.empty();
  }
}
