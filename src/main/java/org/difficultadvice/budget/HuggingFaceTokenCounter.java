package org.difficultadvice.budget;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A Hugging Face {@code tokenizer.json} (any model the {@code tokenizers} library reads: BPE,
 * WordPiece, Unigram, WordLevel) through DJL's binding of the Rust library. Counts the tokens
 * of the text alone: no special tokens such as BOS are added, no truncation. The native
 * library ships inside the DJL jar for Linux, macOS (arm64) and Windows (x86_64) and is
 * unpacked to {@code ~/.djl.ai} (or {@code $DJL_CACHE_DIR}) on first use. On a machine with
 * a CUDA GPU, DJL would otherwise pick a CUDA build of the library that is not in the jar and
 * try to download it; counting tokens gains nothing from a GPU, so the CPU build is chosen
 * (the {@code RUST_FLAVOR} property) unless the user set it. Holds native memory until closed.
 */
public final class HuggingFaceTokenCounter implements TokenCounter, AutoCloseable {
  private static final Map<String, String> OPTIONS = Map.of(
      "addSpecialTokens", "false",
      "truncation", "false",
      "padding", "false");

  /** DJL's switch between the CPU library in the jar and downloadable CUDA builds. */
  private static final String FLAVOR = "RUST_FLAVOR";

  private final HuggingFaceTokenizer tokenizer;
  private final Path file;

  private HuggingFaceTokenCounter(HuggingFaceTokenizer tokenizer, Path file) {
    this.tokenizer = tokenizer;
    this.file = file;
  }

  /** Reads a {@code tokenizer.json}; a file the library cannot parse is an IOException. */
  public static HuggingFaceTokenCounter open(Path tokenizerJson) throws IOException {
    preferBundledCpuLibrary();
    try {
      return new HuggingFaceTokenCounter(
          HuggingFaceTokenizer.newInstance(tokenizerJson, OPTIONS), tokenizerJson);
    } catch (RuntimeException e) {
      // The Rust side reports a malformed file as a RuntimeException with its parse error.
      throw new IOException("not a Hugging Face tokenizer.json: " + tokenizerJson + ": "
          + e.getMessage(), e);
    }
  }

  private static void preferBundledCpuLibrary() {
    if (System.getenv(FLAVOR) == null && System.getProperty(FLAVOR) == null) {
      System.setProperty(FLAVOR, "cpu");
    }
  }

  @Override
  public int count(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    Encoding encoding = tokenizer.encode(text, false, false);
    return encoding.getIds().length;
  }

  @Override
  public void close() {
    tokenizer.close();
  }

  @Override
  public String toString() {
    return "tokenizer.json at " + file;
  }
}
