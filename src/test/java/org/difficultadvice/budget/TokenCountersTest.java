package org.difficultadvice.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.difficultadvice.load.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCountersTest {
  @TempDir Path dir;

  /** A word-level tokenizer: one token per known word or punctuation mark, [UNK] otherwise. */
  static final String WORD_LEVEL = """
      {"version":"1.0","truncation":null,"padding":null,
       "added_tokens":[{"id":0,"content":"[UNK]","single_word":false,"lstrip":false,
         "rstrip":false,"normalized":false,"special":true}],
       "normalizer":{"type":"Lowercase"},
       "pre_tokenizer":{"type":"Whitespace"},
       "post_processor":null,"decoder":null,
       "model":{"type":"WordLevel","vocab":{"[UNK]":0,"hello":1,"world":2,",":3,"!":4},
         "unk_token":"[UNK]"}}
      """;

  /** A byte-pair tokenizer over characters with one merge: "ab". */
  static final String TINY_BPE = """
      {"version":"1.0","truncation":null,"padding":null,"added_tokens":[],
       "normalizer":null,"pre_tokenizer":{"type":"Whitespace"},
       "post_processor":null,"decoder":null,
       "model":{"type":"BPE","dropout":null,"unk_token":"?","continuing_subword_prefix":null,
         "end_of_word_suffix":null,"fuse_unk":false,"byte_fallback":false,
         "vocab":{"?":0,"a":1,"b":2,"c":3,"ab":4},"merges":["a b"]}}
      """;

  @Test
  void o200kAndCl100kCountKnownStrings() throws InvalidInputException {
    TokenCounter o200k = TokenCounters.open("o200k_base", dir, dir.resolve("job.yaml"));
    TokenCounter cl100k = TokenCounters.open("CL100K_BASE", dir, dir.resolve("job.yaml"));

    assertEquals(2, o200k.count("hello world"));
    assertEquals(2, cl100k.count("hello world"));
    assertEquals(0, o200k.count(""));
    String mixed = "Ünïcødé advice — 数据集 with emoji 🙂";
    assertNotEquals(o200k.count(mixed), cl100k.count(mixed), "two different encodings");
  }

  @Test
  void specialTokenTextIsCountedAsOrdinaryText() {
    TokenCounter o200k = JtokkitTokenCounter.o200kBase();

    assertTrue(o200k.count("<|endoftext|>") > 1);
  }

  @Test
  void wordLevelTokenizerJsonCountsOneTokenPerWord() throws Exception {
    Path file = dir.resolve("tokenizer.json");
    Files.writeString(file, WORD_LEVEL);

    TokenCounter counter = TokenCounters.open("tokenizer.json", dir, dir.resolve("job.yaml"));
    try (HuggingFaceTokenCounter hf = assertInstanceOf(HuggingFaceTokenCounter.class, counter)) {
      assertEquals(4, hf.count("Hello, world!"));
      assertEquals(3, hf.count("hello unknown world"));
      assertEquals(0, hf.count(""));
    }
  }

  @Test
  void bpeTokenizerJsonAppliesItsMerges() throws Exception {
    Path file = dir.resolve("bpe/tokenizer.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, TINY_BPE);

    try (HuggingFaceTokenCounter bpe = HuggingFaceTokenCounter.open(file)) {
      assertEquals(2, bpe.count("abc"));
      assertEquals(3, bpe.count("abab c"));
      assertEquals(3, bpe.count("cba"));
    }
  }

  @Test
  void unknownTokenizerNameIsAnErrorWithTheFix() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> TokenCounters.open("gpt2", dir, dir.resolve("job.yaml")));

    assertEquals(dir.resolve("job.yaml") + ": error: budget.tokenizer 'gpt2' is neither a "
        + "known encoding nor an existing tokenizer.json; use o200k_base, cl100k_base or the "
        + "path of a Hugging Face tokenizer.json", e.getMessage());
  }

  @Test
  void malformedTokenizerJsonIsAnErrorNamingTheFile() throws IOException {
    Files.writeString(dir.resolve("broken.json"), "{\"model\": {\"type\": \"Nonsense\"}}");

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> TokenCounters.open("broken.json", dir, dir.resolve("job.yaml")));

    assertTrue(e.getMessage().contains("broken.json"), e.getMessage());
    assertTrue(e.getMessage().contains("not a Hugging Face tokenizer.json"), e.getMessage());
  }
}
