package org.difficultadvice.provider.local;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a tiny llama-architecture GGUF (version 3) with seeded random F32 weights, for tests of
 * the local provider's plumbing. It answers with word salad: tests that use it check loading,
 * templating, sampling, stopping and accounting, never the quality of an answer.
 *
 * <p>The vocabulary is SentencePiece-style ({@code tokenizer.ggml.model = "llama"}): the usual
 * {@code <unk>/<s>/</s>}, the ChatML control tokens, all 256 byte-fallback tokens (so any UTF-8
 * input tokenizes), the printable ASCII characters and a few words. The chat template is ChatML,
 * and {@code <|im_end|>} is the end-of-generation token, as in Qwen's instruct models.
 *
 * <p>Weights are shaped so the word salad is readable and ends: byte and unknown tokens get zero
 * output rows (so the model rarely emits raw bytes), words and the end token random rows, so
 * answers stop after about 30 tokens on average (measured over 30 seeds). {@link
 * #writeNeverEnding} zeroes the end token's row instead, for tests that must hit the limit.
 */
public final class TinyGguf {
  /** The {@code tokenizer.chat_template} written into the file. */
  public static final String CHATML_TEMPLATE =
      "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n'"
          + " + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}"
          + "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

  static final int N_EMBD = 64;
  static final int N_HEAD = 4;
  static final int N_HEAD_KV = 2;
  static final int N_FF = 128;
  static final int N_LAYER = 2;
  static final int CONTEXT_LENGTH = 4096;
  static final long SEED = 20260508L;

  private static final int ALIGNMENT = 32;
  private static final String[] WORDS = {
    "▁the", "▁a", "▁and", "▁to", "▁of", "▁you", "▁your", "▁is", "▁it", "▁that", "▁not", "▁can",
    "▁should", "▁would", "▁help", "▁advice", "▁honest", "▁rule", "▁goal", "▁way", "▁ask",
    "▁talk", "▁first", "▁because", "▁people", "▁trust", "▁team", "▁manager", "▁money", "▁time",
  };

  // GGUF value types (ggml docs/gguf.md).
  private static final int TYPE_UINT32 = 4;
  private static final int TYPE_INT32 = 5;
  private static final int TYPE_FLOAT32 = 6;
  private static final int TYPE_BOOL = 7;
  private static final int TYPE_STRING = 8;
  private static final int TYPE_ARRAY = 9;
  private static final int GGML_TYPE_F32 = 0;

  // llama.cpp token types.
  private static final int TOKEN_NORMAL = 1;
  private static final int TOKEN_UNKNOWN = 2;
  private static final int TOKEN_CONTROL = 3;
  private static final int TOKEN_BYTE = 6;

  static final int EOS_ID = 4;

  private TinyGguf() {}

  /** Writes the fixture to {@code file} and returns it. Same bytes on every call. */
  public static Path write(Path file) throws IOException {
    return write(file, 1.0f);
  }

  /** A variant whose end token is never likely: generation runs to the token limit. */
  public static Path writeNeverEnding(Path file) throws IOException {
    return write(file, 0.0f);
  }

  /**
   * Writes the fixture from the command line, e.g. for {@code bench-local}: {@code java -cp
   * target/test-classes org.difficultadvice.provider.local.TinyGguf FILE [--never-ending]}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2
        || (args.length == 2 && !args[1].equals("--never-ending"))) {
      System.err.println("usage: TinyGguf FILE [--never-ending]");
      System.exit(1);
    }
    Path file = Path.of(args[0]);
    Path written = args.length == 2 ? writeNeverEnding(file) : write(file);
    System.out.println("wrote " + written + " (" + Files.size(written) + " bytes)");
  }

  /** Number of tokens in the fixture's vocabulary. */
  public static int vocabularySize() {
    return vocabulary().size();
  }

  private static Path write(Path file, float endTokenScale) throws IOException {
    List<Token> vocab = vocabulary();
    Map<String, Object> metadata = metadata(vocab);
    List<Tensor> tensors = tensors(vocab, endTokenScale);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      new Writer(out).writeFile(metadata, tensors);
    }
    return file;
  }

  private record Token(String text, float score, int type) {}

  private record Tensor(String name, long[] dims, float[] data) {}

  private static List<Token> vocabulary() {
    List<Token> vocab = new ArrayList<>();
    vocab.add(new Token("<unk>", 0, TOKEN_UNKNOWN));
    vocab.add(new Token("<s>", 0, TOKEN_CONTROL));
    vocab.add(new Token("</s>", 0, TOKEN_CONTROL));
    vocab.add(new Token("<|im_start|>", 0, TOKEN_CONTROL));
    vocab.add(new Token("<|im_end|>", 0, TOKEN_CONTROL));
    for (int b = 0; b < 256; b++) {
      vocab.add(new Token(String.format("<0x%02X>", b), 0, TOKEN_BYTE));
    }
    vocab.add(new Token("▁", -1, TOKEN_NORMAL));
    for (char c = '!'; c <= '~'; c++) {
      vocab.add(new Token(String.valueOf(c), -2, TOKEN_NORMAL));
    }
    for (int i = 0; i < WORDS.length; i++) {
      vocab.add(new Token(WORDS[i], -3 - i, TOKEN_NORMAL));
    }
    return vocab;
  }

  private static Map<String, Object> metadata(List<Token> vocab) {
    Map<String, Object> kv = new LinkedHashMap<>();
    kv.put("general.architecture", "llama");
    kv.put("general.name", "difficult-advice tiny test model");
    kv.put("general.alignment", new U32(ALIGNMENT));
    kv.put("llama.context_length", new U32(CONTEXT_LENGTH));
    kv.put("llama.embedding_length", new U32(N_EMBD));
    kv.put("llama.block_count", new U32(N_LAYER));
    kv.put("llama.feed_forward_length", new U32(N_FF));
    kv.put("llama.attention.head_count", new U32(N_HEAD));
    kv.put("llama.attention.head_count_kv", new U32(N_HEAD_KV));
    kv.put("llama.rope.dimension_count", new U32(N_EMBD / N_HEAD));
    kv.put("llama.rope.freq_base", 10000.0f);
    kv.put("llama.attention.layer_norm_rms_epsilon", 1e-5f);
    kv.put("llama.vocab_size", new U32(vocab.size()));
    kv.put("tokenizer.ggml.model", "llama");
    kv.put("tokenizer.ggml.tokens", vocab.stream().map(Token::text).toList());
    float[] scores = new float[vocab.size()];
    int[] types = new int[vocab.size()];
    for (int i = 0; i < vocab.size(); i++) {
      scores[i] = vocab.get(i).score();
      types[i] = vocab.get(i).type();
    }
    kv.put("tokenizer.ggml.scores", scores);
    kv.put("tokenizer.ggml.token_type", types);
    kv.put("tokenizer.ggml.bos_token_id", new U32(1));
    kv.put("tokenizer.ggml.eos_token_id", new U32(EOS_ID));
    kv.put("tokenizer.ggml.unknown_token_id", new U32(0));
    kv.put("tokenizer.ggml.add_bos_token", false);
    kv.put("tokenizer.ggml.add_eos_token", false);
    kv.put("tokenizer.chat_template", CHATML_TEMPLATE);
    return kv;
  }

  private static List<Tensor> tensors(List<Token> vocab, float endTokenScale) {
    Random random = new Random(SEED);
    int nVocab = vocab.size();
    int headDim = N_EMBD / N_HEAD;
    int nEmbdKv = headDim * N_HEAD_KV;
    List<Tensor> tensors = new ArrayList<>();
    tensors.add(new Tensor("token_embd.weight", dims(N_EMBD, nVocab),
        gaussian(random, N_EMBD * nVocab, 1.0f)));
    for (int layer = 0; layer < N_LAYER; layer++) {
      String p = "blk." + layer + ".";
      tensors.add(new Tensor(p + "attn_norm.weight", dims(N_EMBD), ones(N_EMBD)));
      tensors.add(new Tensor(p + "attn_q.weight", dims(N_EMBD, N_EMBD),
          gaussian(random, N_EMBD * N_EMBD, 0.1f)));
      tensors.add(new Tensor(p + "attn_k.weight", dims(N_EMBD, nEmbdKv),
          gaussian(random, N_EMBD * nEmbdKv, 0.1f)));
      tensors.add(new Tensor(p + "attn_v.weight", dims(N_EMBD, nEmbdKv),
          gaussian(random, N_EMBD * nEmbdKv, 0.1f)));
      tensors.add(new Tensor(p + "attn_output.weight", dims(N_EMBD, N_EMBD),
          gaussian(random, N_EMBD * N_EMBD, 0.1f)));
      tensors.add(new Tensor(p + "ffn_norm.weight", dims(N_EMBD), ones(N_EMBD)));
      tensors.add(new Tensor(p + "ffn_gate.weight", dims(N_EMBD, N_FF),
          gaussian(random, N_EMBD * N_FF, 0.1f)));
      tensors.add(new Tensor(p + "ffn_up.weight", dims(N_EMBD, N_FF),
          gaussian(random, N_EMBD * N_FF, 0.1f)));
      tensors.add(new Tensor(p + "ffn_down.weight", dims(N_FF, N_EMBD),
          gaussian(random, N_FF * N_EMBD, 0.1f)));
    }
    tensors.add(new Tensor("output_norm.weight", dims(N_EMBD), ones(N_EMBD)));
    float[] output = gaussian(random, N_EMBD * nVocab, 0.3f);
    for (int token = 0; token < nVocab; token++) {
      float scale = switch (vocab.get(token).type()) {
        case TOKEN_BYTE, TOKEN_UNKNOWN -> 0.0f;
        case TOKEN_CONTROL -> token == EOS_ID ? endTokenScale : 0.0f;
        default -> 1.0f;
      };
      for (int i = 0; i < N_EMBD; i++) {
        output[token * N_EMBD + i] *= scale;
      }
    }
    tensors.add(new Tensor("output.weight", dims(N_EMBD, nVocab), output));
    return tensors;
  }

  private static long[] dims(long... ne) {
    return ne;
  }

  private static float[] ones(int n) {
    float[] values = new float[n];
    java.util.Arrays.fill(values, 1.0f);
    return values;
  }

  private static float[] gaussian(Random random, int n, float std) {
    float[] values = new float[n];
    for (int i = 0; i < n; i++) {
      values[i] = (float) random.nextGaussian() * std;
    }
    return values;
  }

  /** An unsigned 32-bit metadata value (plain Integers are written as int32). */
  private record U32(int value) {}

  /** GGUF v3 serialisation, little-endian throughout. */
  private static final class Writer {
    private final OutputStream out;
    private long position;

    Writer(OutputStream out) {
      this.out = out;
    }

    void writeFile(Map<String, Object> metadata, List<Tensor> tensors) throws IOException {
      bytes("GGUF".getBytes(StandardCharsets.US_ASCII));
      u32(3);
      u64(tensors.size());
      u64(metadata.size());
      for (Map.Entry<String, Object> entry : metadata.entrySet()) {
        string(entry.getKey());
        value(entry.getValue());
      }
      long offset = 0;
      for (Tensor tensor : tensors) {
        string(tensor.name());
        u32(tensor.dims().length);
        for (long dim : tensor.dims()) {
          u64(dim);
        }
        u32(GGML_TYPE_F32);
        u64(offset);
        offset = align(offset + 4L * tensor.data().length);
      }
      pad();
      for (Tensor tensor : tensors) {
        ByteBuffer buffer =
            ByteBuffer.allocate(4 * tensor.data().length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(tensor.data());
        bytes(buffer.array());
        pad();
      }
    }

    private void value(Object value) throws IOException {
      if (value instanceof String s) {
        u32(TYPE_STRING);
        string(s);
      } else if (value instanceof U32 u) {
        u32(TYPE_UINT32);
        u32(u.value());
      } else if (value instanceof Float f) {
        u32(TYPE_FLOAT32);
        f32(f);
      } else if (value instanceof Boolean b) {
        u32(TYPE_BOOL);
        bytes(new byte[] {(byte) (b ? 1 : 0)});
      } else if (value instanceof float[] floats) {
        u32(TYPE_ARRAY);
        u32(TYPE_FLOAT32);
        u64(floats.length);
        for (float f : floats) {
          f32(f);
        }
      } else if (value instanceof int[] ints) {
        u32(TYPE_ARRAY);
        u32(TYPE_INT32);
        u64(ints.length);
        for (int i : ints) {
          u32(i);
        }
      } else if (value instanceof List<?> strings) {
        u32(TYPE_ARRAY);
        u32(TYPE_STRING);
        u64(strings.size());
        for (Object s : strings) {
          string((String) s);
        }
      } else {
        throw new IllegalArgumentException("no GGUF type for " + value.getClass());
      }
    }

    private void string(String s) throws IOException {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      u64(utf8.length);
      bytes(utf8);
    }

    private void u32(int v) throws IOException {
      bytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array());
    }

    private void f32(float v) throws IOException {
      bytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(v).array());
    }

    private void u64(long v) throws IOException {
      bytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array());
    }

    private void pad() throws IOException {
      bytes(new byte[(int) (align(position) - position)]);
    }

    private void bytes(byte[] b) throws IOException {
      out.write(b);
      position += b.length;
    }

    private static long align(long offset) {
      return (offset + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }
  }
}
