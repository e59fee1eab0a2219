package org.difficultadvice.audit;

import java.util.Set;

/** Names the quality problems of one record: the filter stage's patterns, adapted. */
@FunctionalInterface
public interface ContentFlagger {
  Set<ContentFlag> flags(ChatRecord record);
}
