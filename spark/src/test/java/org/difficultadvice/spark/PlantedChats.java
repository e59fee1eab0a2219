package org.difficultadvice.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * A mix of chat records with planted duplicates whose truth is known, in the formats {@code
 * audit} reads (OpenAI messages, ShareGPT conversations, {"text": ...}). Every record belongs
 * to a cluster: an original, sometimes an exact copy (case and punctuation changed, so equal
 * after normalisation), sometimes a near copy (words replaced until the Jaccard similarity of
 * the 5-word shingles of its turns to the original's is in [0.85, 0.95]), sometimes a distant
 * copy (in [0.40, 0.65]: its own cluster, which must not be merged). Lines are shuffled, so a
 * copy may come first.
 */
final class PlantedChats {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The cluster of every line, in file order (line i+1 of the files, concatenated). */
  final List<Integer> clusterOfLine;
  final List<String> lines;

  private PlantedChats(List<String> lines, List<Integer> clusterOfLine) {
    this.lines = lines;
    this.clusterOfLine = clusterOfLine;
  }

  static PlantedChats generate(int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder word = new StringBuilder();
      int length = 3 + random.nextInt(7);
      for (int c = 0; c < length; c++) {
        word.append((char) ('a' + random.nextInt(26)));
      }
      vocabulary.add(word.toString());
    }
    List<String> lines = new ArrayList<>(size);
    List<Integer> clusters = new ArrayList<>(size);
    int cluster = 0;
    while (lines.size() < size) {
      List<String> user = words(random, vocabulary, 15 + random.nextInt(20));
      List<String> assistant = words(random, vocabulary, 60 + random.nextInt(140));
      int format = random.nextInt(3);
      int id = cluster++;
      lines.add(render(format, user, assistant, false));
      clusters.add(id);
      double roll = random.nextDouble();
      if (roll < 0.08) {
        lines.add(render(format, user, assistant, true));
        clusters.add(id);
      } else if (roll < 0.20) {
        List<List<String>> copy = copyWithin(user, assistant, 0.85, 0.95, random, vocabulary);
        lines.add(render(random.nextInt(3), copy.get(0), copy.get(1), false));
        clusters.add(id);
      } else if (roll < 0.24) {
        List<List<String>> copy = copyWithin(user, assistant, 0.40, 0.65, random, vocabulary);
        lines.add(render(format, copy.get(0), copy.get(1), false));
        clusters.add(cluster++);
      }
    }
    while (lines.size() > size) {
      lines.remove(lines.size() - 1);
      clusters.remove(clusters.size() - 1);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(random.nextLong()));
    List<String> shuffled = new ArrayList<>(size);
    List<Integer> shuffledClusters = new ArrayList<>(size);
    for (int i : order) {
      shuffled.add(lines.get(i));
      shuffledClusters.add(clusters.get(i));
    }
    return new PlantedChats(shuffled, shuffledClusters);
  }

  /** Records a perfect deduplication drops: each cluster's size minus one. */
  long expectedDuplicates() {
    Map<Integer, Integer> sizes = new HashMap<>();
    clusterOfLine.forEach(c -> sizes.merge(c, 1, Integer::sum));
    return sizes.values().stream().mapToLong(n -> n - 1).sum();
  }

  /** Writes the lines as {@code files} shards under {@code dir/data}; gzip when asked. */
  List<Path> write(Path dir, int files, boolean gzip) throws IOException {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    List<Path> written = new ArrayList<>();
    int per = (lines.size() + files - 1) / files;
    for (int f = 0; f < files; f++) {
      Path file = data.resolve(String.format(Locale.ROOT, "train-%05d-of-%05d.jsonl%s", f, files,
          gzip ? ".gz" : ""));
      try (OutputStream raw = Files.newOutputStream(file);
          OutputStream body = gzip ? new GZIPOutputStream(raw) : raw;
          BufferedWriter out = new BufferedWriter(
              new OutputStreamWriter(body, StandardCharsets.UTF_8))) {
        for (int i = f * per; i < Math.min(lines.size(), (f + 1) * per); i++) {
          out.write(lines.get(i));
          out.write('\n');
        }
      }
      written.add(file);
    }
    return written;
  }

  private static List<String> words(SplittableRandom random, List<String> vocabulary, int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(vocabulary.get(random.nextInt(vocabulary.size())));
    }
    return out;
  }

  /**
   * A copy of both turns with words replaced one at a time until the shingle similarity of the
   * turns' words to the original's falls into {@code [low, high]}.
   */
  private static List<List<String>> copyWithin(List<String> user, List<String> assistant,
      double low, double high, SplittableRandom random, List<String> vocabulary) {
    List<String> original = new ArrayList<>(user);
    original.addAll(assistant);
    org.difficultadvice.quality.Shingles base =
        org.difficultadvice.quality.Shingles.ofWords(lower(original), 5);
    List<String> copy = new ArrayList<>(original);
    double target = low + (high - low) * random.nextDouble();
    for (int step = 0; step < 10 * copy.size(); step++) {
      double similarity = org.difficultadvice.quality.Shingles.jaccard(base.hashes(),
          org.difficultadvice.quality.Shingles.ofWords(lower(copy), 5).hashes());
      if (similarity <= target) {
        break;
      }
      copy.set(random.nextInt(copy.size()), vocabulary.get(random.nextInt(vocabulary.size())));
    }
    return List.of(copy.subList(0, user.size()), copy.subList(user.size(), copy.size()));
  }

  private static List<String> lower(List<String> words) {
    return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }

  private static String render(int format, List<String> user, List<String> assistant,
      boolean restyled) {
    String u = text(user, restyled);
    String a = text(assistant, restyled);
    ObjectNode line = JSON.createObjectNode();
    switch (format) {
      case 0 -> {
        ArrayNode messages = line.putArray("messages");
        messages.addObject().put("role", "user").put("content", u);
        messages.addObject().put("role", "assistant").put("content", a);
      }
      case 1 -> {
        ArrayNode turns = line.putArray("conversations");
        turns.addObject().put("from", "human").put("value", u);
        turns.addObject().put("from", "gpt").put("value", a);
      }
      default -> line.put("text", u + "\n\n" + a);
    }
    return line.toString();
  }

  private static String text(List<String> words, boolean restyled) {
    String joined = String.join(" ", words) + ".";
    if (!restyled) {
      return joined.substring(0, 1).toUpperCase(Locale.ROOT) + joined.substring(1);
    }
    return joined.toUpperCase(Locale.ROOT).replace(" ", ",  ");
  }
}
