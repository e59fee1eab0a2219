package org.difficultadvice.spark;

import java.io.Serializable;

/**
 * What the duplicate search needs of one well-formed record, and the stored line for the
 * deduplicated shards. Only {@link #order}, {@link #contentHash} and the sketch cross shuffles.
 *
 * @param order the record's place in the mix ({@link RawLine#order})
 * @param contentHash the normalised transcript's hash, as {@code audit} computes it
 * @param tokens the record's tokens by the export's definition
 * @param shingles sorted 64-bit shingle hashes of the turn contents (empty: no words)
 * @param bandKeys the LSH band keys of those shingles' MinHash signature
 * @param line the line as stored, without its newline
 */
record SketchedRecord(
    long order, long contentHash, int tokens, long[] shingles, long[] bandKeys, byte[] line)
    implements Serializable {}
