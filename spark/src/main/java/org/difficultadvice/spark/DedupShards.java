package org.difficultadvice.spark;

import com.google.common.hash.Hashing;
import com.google.common.hash.HashingOutputStream;
import com.google.common.io.CountingOutputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.broadcast.Broadcast;

/**
 * Writes the deduplicated records as the export writes shards: {@code
 * data/<split>-00000-of-000NN.jsonl[.gz]} per split (train, validation), each shard filled in
 * order until the next record would pass the byte or record limit, all written under hidden
 * temporary names and renamed only when every shard is complete. Each partition fills its own
 * shards (so a partition's last shard may be short); names are given once the count is known.
 */
final class DedupShards {
  private DedupShards() {}

  /** A deduplicated record on its way to a shard. */
  record Kept(String split, int tokens, byte[] line) implements Serializable {}

  /** One shard written under a temporary name. */
  record Written(String split, int partition, int index, String temp, long records, long tokens,
      long bytes, String sha256) implements Serializable {}

  /** A published shard, as {@code manifest.json} lists it. */
  record Shard(String name, String split, long records, long tokens, long bytes, String sha256) {}

  static List<Shard> write(JavaRDD<Kept> records, String out, MixAuditSettings settings,
      Broadcast<SerializableConfiguration> conf) throws IOException {
    String extension = settings.gzip() ? ".jsonl.gz" : ".jsonl";
    List<Written> written = new ArrayList<>(records
        .mapPartitionsWithIndex((partition, kept) ->
            writePartition(partition, kept, out, settings, conf.value().value()).iterator(), true)
        .collect());
    written.sort(Comparator.comparing(Written::partition).thenComparing(Written::index));
    Configuration hadoop = conf.value().value();
    Path data = new Path(out, "data");
    FileSystem fs = data.getFileSystem(hadoop);
    fs.setWriteChecksum(false);
    List<Shard> shards = new ArrayList<>();
    for (String split : List.of("train", "validation")) {
      List<Written> ofSplit = written.stream().filter(w -> w.split().equals(split)).toList();
      for (int i = 0; i < ofSplit.size(); i++) {
        Written w = ofSplit.get(i);
        String name = String.format(Locale.ROOT, "%s-%05d-of-%05d%s", split, i, ofSplit.size(),
            extension);
        Path target = new Path(data, name);
        fs.delete(target, false);
        if (!fs.rename(new Path(w.temp()), target)) {
          throw new IOException("cannot move " + w.temp() + " to " + target);
        }
        shards.add(new Shard("data/" + name, split, w.records(), w.tokens(), w.bytes(),
            w.sha256()));
      }
    }
    return shards;
  }

  private static List<Written> writePartition(int partition, Iterator<Kept> kept, String out,
      MixAuditSettings settings, Configuration conf) throws IOException {
    List<Written> written = new ArrayList<>();
    Path data = new Path(out, "data");
    FileSystem fs = data.getFileSystem(conf);
    fs.setWriteChecksum(false);
    ShardStream train = null;
    ShardStream validation = null;
    while (kept.hasNext()) {
      Kept record = kept.next();
      boolean isValidation = record.split().equals("validation");
      ShardStream shard = isValidation ? validation : train;
      long size = record.line().length + 1L;
      if (size > settings.shardMaxBytes()) {
        throw new IOException("a record of " + size + " bytes is larger than the shard limit of "
            + settings.shardMaxBytes() + " bytes; raise --shard-max-bytes");
      }
      if (shard != null && !shard.fits(size, settings)) {
        written.add(shard.close());
        shard = null;
      }
      if (shard == null) {
        String split = isValidation ? "validation" : "train";
        int index = (int) written.stream().filter(w -> w.split().equals(split)).count();
        String temp = String.format(Locale.ROOT, ".%s-p%05d-%05d.tmp", split, partition, index);
        shard = new ShardStream(fs, new Path(data, temp), split, partition, index, settings.gzip());
      }
      shard.add(record);
      if (isValidation) {
        validation = shard;
      } else {
        train = shard;
      }
    }
    for (ShardStream open : new ShardStream[] {train, validation}) {
      if (open != null) {
        written.add(open.close());
      }
    }
    return written;
  }

  /** One shard being written: counts bytes and hashes the stored file as it goes. */
  private static final class ShardStream {
    private final Path temp;
    private final String split;
    private final int partition;
    private final int index;
    private final CountingOutputStream counted;
    private final HashingOutputStream hashed;
    private final OutputStream body;
    private long records;
    private long tokens;
    private long rawBytes;

    ShardStream(FileSystem fs, Path temp, String split, int partition, int index, boolean gzip)
        throws IOException {
      this.temp = temp;
      this.split = split;
      this.partition = partition;
      this.index = index;
      this.counted = new CountingOutputStream(fs.create(temp, true));
      this.hashed = new HashingOutputStream(Hashing.sha256(), counted);
      this.body = gzip
          ? new GZIPOutputStream(hashed, 1 << 16)
          : new BufferedOutputStream(hashed, 1 << 16);
    }

    boolean fits(long size, MixAuditSettings settings) {
      boolean countFits = settings.shardMaxRecords() == 0 || records < settings.shardMaxRecords();
      return rawBytes + size <= settings.shardMaxBytes() && countFits;
    }

    void add(Kept record) throws IOException {
      body.write(record.line());
      body.write('\n');
      records++;
      tokens += record.tokens();
      rawBytes += record.line().length + 1L;
    }

    Written close() throws IOException {
      body.close();
      return new Written(split, partition, index, temp.toString(), records, tokens,
          counted.getCount(), hashed.hash().toString());
    }
  }
}
