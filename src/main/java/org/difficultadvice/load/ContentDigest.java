package org.difficultadvice.load;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A hash of every content file that shapes the model calls: the templates, their axis tables
 * and taxonomy, the constitution, the stage prompts and the scenario stage's seed lists when
 * it runs (the augmentation pools and filter
 * patterns act after the calls, so they are left out). A run directory is bound to it, so an
 * edited file is named when a run is resumed instead of the stored plan being reused silently.
 *
 * @param files a name such as {@code templates/housing/deposit.ftl} (the folder's own name,
 *     then the path inside it) -> the first 16 hex digits of the file's SHA-256
 */
public record ContentDigest(SortedMap<String, String> files) {
  /** The kinds of file the loaders read; anything else in the folders does not shape a call. */
  private static final Set<String> EXTENSIONS = Set.of(".ftl", ".csv", ".yaml", ".yml", ".md");

  public ContentDigest {
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  /** The content folders {@code job} names. */
  public static ContentDigest of(JobConfig job) {
    Path templates = job.resolve(job.paths().templates());
    Path constitution = job.resolve(job.paths().constitution());
    Path prompts = job.resolve(job.paths().prompts());
    if (job.runsScenario()) {
      // The scenario stage's seed lists shape its calls too.
      return of(templates, constitution, prompts,
          job.resolve(job.scenario().seeds()).getParent());
    }
    return of(templates, constitution, prompts);
  }

  public static ContentDigest of(Path... folders) {
    SortedMap<String, String> files = new TreeMap<>();
    for (Path folder : folders) {
      Path root = folder.toAbsolutePath().normalize();
      String label = root.getFileName() == null ? "" : root.getFileName() + "/";
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path file : (Iterable<Path>) walk.sorted()::iterator) {
          if (Files.isRegularFile(file) && hasContentExtension(file)) {
            String name = label + root.relativize(file).toString().replace('\\', '/');
            files.put(name, Hashing.sha256().hashBytes(Files.readAllBytes(file)).toString()
                .substring(0, 16));
          }
        }
      } catch (IOException e) {
        // The loaders have just read these files; failing now is not bad input but a fault.
        throw new UncheckedIOException("cannot hash the content under " + root, e);
      }
    }
    return new ContentDigest(files);
  }

  private static boolean hasContentExtension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(name.substring(dot).toLowerCase(java.util.Locale.ROOT));
  }

  public Map<String, String> asMap() {
    return files;
  }
}
