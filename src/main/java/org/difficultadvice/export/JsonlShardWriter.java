package org.difficultadvice.export;

import com.google.common.hash.Hashing;
import com.google.common.hash.HashingOutputStream;
import com.google.common.io.CountingOutputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the records of each split into {@code data/<split>-00000-of-000NN.jsonl[.gz]}. The
 * shard count is part of every name, so all shards are first written to hidden temporary files
 * and only renamed into place once every one of them is complete ({@link Staged#publish()}).
 * A failure while writing removes the temporary files; a process killed part way leaves only
 * hidden {@code .*.tmp} files, which the next export overwrites.
 */
public final class JsonlShardWriter {
  /** Names of shards this writer makes, to clear those left by an earlier export. */
  static final Pattern SHARD_NAME =
      Pattern.compile("(train|validation)-\\d{5}-of-\\d{5}\\.jsonl(\\.gz)?");
  /** Temporary files of shards, left behind only by a killed process. */
  static final Pattern SHARD_TEMP =
      Pattern.compile("\\.(train|validation)-\\d{5}-of-\\d{5}\\.jsonl(\\.gz)?\\.tmp");

  private final ShardLimits limits;
  private final Compression compression;
  private final ShardOutput output;

  public JsonlShardWriter(ShardLimits limits, Compression compression, ShardOutput output) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.compression = Objects.requireNonNull(compression, "compression");
    this.output = Objects.requireNonNull(output, "output");
  }

  public JsonlShardWriter(ShardLimits limits, Compression compression) {
    this(limits, compression, ShardOutput.FILES);
  }

  /**
   * Writes every split to temporary files under {@code outputDir/data}, in the order given
   * (the caller sorts). Nothing appears under a final name until {@link Staged#publish()}.
   */
  Staged stage(Path outputDir, List<EncodedRecord> records) throws IOException {
    Path dataDir = outputDir.resolve("data");
    Files.createDirectories(dataDir);
    List<StagedShard> staged = new ArrayList<>();
    try {
      for (Split split : Split.values()) {
        List<EncodedRecord> ofSplit =
            records.stream().filter(r -> r.split() == split).toList();
        List<List<EncodedRecord>> shards = ShardPacker.pack(ofSplit, limits);
        for (int i = 0; i < shards.size(); i++) {
          String fileName = String.format(Locale.ROOT, "%s-%05d-of-%05d%s",
              split.fileStem(), i, shards.size(), compression.extension());
          staged.add(writeShard(dataDir.resolve(fileName), split, shards.get(i)));
        }
      }
    } catch (IOException | RuntimeException e) {
      for (StagedShard shard : staged) {
        deleteQuietlyInto(shard.temp(), e);
      }
      throw e;
    }
    return new Staged(dataDir, staged);
  }

  private StagedShard writeShard(Path target, Split split, List<EncodedRecord> records)
      throws IOException {
    Path temp = AtomicFiles.temporaryFor(target);
    long tokens = 0;
    try (OutputStream raw = output.open(temp);
        CountingOutputStream counted = new CountingOutputStream(raw);
        HashingOutputStream hashed = new HashingOutputStream(Hashing.sha256(), counted)) {
      OutputStream body = compression == Compression.GZIP
          ? new GZIPOutputStream(hashed, 1 << 16)
          : new BufferedOutputStream(hashed, 1 << 16);
      for (EncodedRecord record : records) {
        body.write(record.line());
        tokens += record.tokens();
      }
      body.close();
      ShardSummary summary = new ShardSummary(
          "data/" + target.getFileName(), split, records.size(), tokens,
          counted.getCount(), hashed.hash().toString());
      return new StagedShard(temp, target, summary);
    } catch (IOException | RuntimeException e) {
      deleteQuietlyInto(temp, e);
      throw e;
    }
  }

  private static void deleteQuietlyInto(Path file, Exception failure) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException cleanup) {
      failure.addSuppressed(cleanup);
    }
  }

  record StagedShard(Path temp, Path target, ShardSummary summary) {}

  /** Shards complete on disk under temporary names, waiting to be moved into place. */
  static final class Staged {
    private final Path dataDir;
    private final List<StagedShard> shards;

    private Staged(Path dataDir, List<StagedShard> shards) {
      this.dataDir = dataDir;
      this.shards = List.copyOf(shards);
    }

    List<ShardSummary> summaries() {
      return shards.stream().map(StagedShard::summary).toList();
    }

    /** Removes the temporary files, for an export abandoned before publishing. */
    void discard() throws IOException {
      for (StagedShard shard : shards) {
        Files.deleteIfExists(shard.temp());
      }
    }

    /**
     * Moves every shard into place, then deletes shard files of an earlier export that are not
     * part of this one (a different shard count gives different names) and temporary files a
     * killed export left behind.
     */
    void publish() throws IOException {
      List<Path> finals = new ArrayList<>();
      for (StagedShard shard : shards) {
        AtomicFiles.moveIntoPlace(shard.temp(), shard.target());
        finals.add(shard.target().getFileName());
      }
      try (var files = Files.list(dataDir)) {
        for (Path old : files.toList()) {
          String name = old.getFileName().toString();
          boolean staleShard = SHARD_NAME.matcher(name).matches()
              && !finals.contains(old.getFileName());
          if (staleShard || SHARD_TEMP.matcher(name).matches()) {
            Files.delete(old);
          }
        }
      }
    }
  }
}
