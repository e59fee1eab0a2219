package org.difficultadvice.quality;

import java.util.Objects;

/**
 * A text to deduplicate and what identifies it.
 *
 * @param key orders records: of a cluster of duplicates, the lowest key survives
 * @param group texts rendered from one template share a group; shingles common to most of a
 *     group are its scaffolding (see {@link DedupParameters#scaffoldShare}). Empty: no group.
 */
public record KeyedText<K>(K key, String text, String group) {
  public KeyedText {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(group, "group");
  }

  public KeyedText(K key, String text) {
    this(key, text, "");
  }
}
