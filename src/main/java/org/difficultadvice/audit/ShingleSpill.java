package org.difficultadvice.audit;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What the near-duplicate index keeps of each record on disk instead of in memory: its LSH band
 * keys and its sorted shingle hashes, appended to a temporary file and read back by id (to
 * verify a candidate, or to re-file the band keys when the buckets grow). Memory is a file
 * offset per record and a write buffer. The file is deleted on {@link #close}.
 */
final class ShingleSpill implements Closeable {
  private static final int BUFFER_BYTES = 1 << 20;

  private final Path file;
  private final FileChannel channel;
  private final ByteBuffer pending = ByteBuffer.allocate(BUFFER_BYTES);
  private final LongColumn starts = new LongColumn();
  private final int bands;
  private long flushed;
  private long end;

  ShingleSpill(Path dir, int bands) throws IOException {
    this.file = Files.createTempFile(dir, "audit-near-duplicates-", ".spill");
    this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    this.bands = bands;
  }

  Path file() {
    return file;
  }

  int size() {
    return starts.size();
  }

  /** Bytes held in memory: the offsets and the write buffer. */
  long memoryBytes() {
    return 8L * starts.size() * 2 + BUFFER_BYTES;
  }

  /** Appends a record and returns its id (0, 1, 2...). */
  int append(long[] bandKeys, long[] shingles) throws IOException {
    if (bandKeys.length != bands) {
      throw new IllegalArgumentException("expected " + bands + " band keys, got " + bandKeys.length);
    }
    starts.add(end);
    put(bandKeys);
    put(shingles);
    return starts.size() - 1;
  }

  /** The sorted shingle hashes of record {@code id}. */
  long[] shingles(int id) throws IOException {
    long start = starts.get(id) + 8L * bands;
    long stop = id + 1 < starts.size() ? starts.get(id + 1) : end;
    return read(start, (int) ((stop - start) / 8));
  }

  /** Every record's band keys, in id order, read sequentially. */
  void forEachBandKeys(BandPostings.RecordKeys visitor) throws IOException {
    flush();
    for (int id = 0; id < starts.size(); id++) {
      visitor.visit(id, read(starts.get(id), bands));
    }
  }

  private void put(long[] values) throws IOException {
    for (long value : values) {
      if (!pending.hasRemaining()) {
        flush();
      }
      pending.putLong(value);
    }
    end += 8L * values.length;
  }

  private void flush() throws IOException {
    pending.flip();
    while (pending.hasRemaining()) {
      flushed += channel.write(pending, flushed);
    }
    pending.clear();
  }

  private long[] read(long position, int count) throws IOException {
    if (position + 8L * count > flushed) {
      flush();
    }
    ByteBuffer bytes = ByteBuffer.allocate(8 * count);
    long at = position;
    while (bytes.hasRemaining()) {
      int read = channel.read(bytes, at);
      if (read < 0) {
        throw new IOException("near-duplicate spill file " + file + " ended early at " + at);
      }
      at += read;
    }
    bytes.flip();
    LongBuffer longs = bytes.asLongBuffer();
    long[] out = new long[count];
    longs.get(out);
    return out;
  }

  @Override
  public void close() throws IOException {
    try {
      channel.close();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
