package org.difficultadvice.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the JSONL files of a dataset: the file itself, or in a run directory its {@code
 * data/*.jsonl[.gz]} shards (or, failing that, the {@code *.jsonl[.gz]} files directly in it),
 * in name order so figures are reported in a stable order.
 */
public final class DatasetFiles {
  /** {@code train-00000-of-00004.jsonl}, {@code validation.jsonl.gz}: the split is the prefix. */
  private static final Pattern SPLIT = Pattern.compile("^([A-Za-z]+)(?:[-_.].*)?$");

  private DatasetFiles() {}

  /** The files to audit; empty when the path holds none. */
  public static List<InputFile> resolve(Path path) throws IOException {
    if (Files.isRegularFile(path)) {
      String name = path.getFileName().toString();
      return List.of(new InputFile(path, name, splitOf(name)));
    }
    Path data = path.resolve("data");
    List<InputFile> files = jsonlIn(path, Files.isDirectory(data) ? data : path);
    return files;
  }

  private static List<InputFile> jsonlIn(Path root, Path dir) throws IOException {
    List<InputFile> files = new ArrayList<>();
    try (Stream<Path> listing = Files.list(dir)) {
      for (Path file : listing.sorted().toList()) {
        String name = file.getFileName().toString();
        if (Files.isRegularFile(file) && (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz"))) {
          files.add(new InputFile(file, root.relativize(file).toString(), splitOf(name)));
        }
      }
    }
    return files;
  }

  public static String splitOf(String fileName) {
    String stem = fileName.replaceFirst("\\.jsonl(\\.gz)?$", "");
    Matcher matcher = SPLIT.matcher(stem);
    String prefix = matcher.matches() ? matcher.group(1).toLowerCase(Locale.ROOT) : "";
    return switch (prefix) {
      case "train", "training" -> "train";
      case "validation", "valid", "val", "dev" -> "validation";
      case "test" -> "test";
      default -> "all";
    };
  }
}
