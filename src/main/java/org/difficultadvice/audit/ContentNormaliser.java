package org.difficultadvice.audit;

/** Brings a text to the form exact duplicates are hashed in: the dedup stage's normaliser. */
@FunctionalInterface
public interface ContentNormaliser {
  String normalise(String text);
}
