package org.difficultadvice.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import org.difficultadvice.load.Diagnostic;
import org.difficultadvice.load.InvalidInputException;

/**
 * One run per directory at a time: an exclusive lock on {@code run.lock} in the run directory,
 * held for the run's life. The operating system drops it when the process ends, however it
 * ends, so a killed run never leaves a stale lock behind. The file holds who took it (pid, host,
 * start time) so a refused run can name the holder; it is left in place on release, because
 * deleting a lock file lets two later runs lock two different files.
 */
public final class RunLock implements AutoCloseable {
  public static final String FILE_NAME = "run.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code runDir}, creating the directory, or refuses at once.
   *
   * @throws InvalidInputException another process (or this one) holds it; the message names
   *     the holder
   */
  public static RunLock acquire(Path runDir, Clock clock) throws InvalidInputException {
    Path file = runDir.resolve(FILE_NAME);
    FileChannel channel = null;
    try {
      Files.createDirectories(runDir);
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException sameProcess) {
        lock = null;
      }
      if (lock == null) {
        String holder = holder(channel);
        channel.close();
        throw new InvalidInputException(Diagnostic.at(runDir, 0,
            "another generate is running in this run directory ("
                + (holder.isEmpty() ? "holder not known yet" : holder) + ")",
            "wait for it to finish or stop it (Ctrl-C, or kill the pid above), or pass another"
                + " --run-dir; two runs on one directory would pay for the same calls twice"));
      }
      byte[] who = describeThisProcess(clock).getBytes(StandardCharsets.UTF_8);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(who), 0);
      channel.force(false);
      return new RunLock(channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new StoreException("cannot lock the run directory " + runDir + " (" + file + "): "
          + e.getMessage(), e);
    }
  }

  private static String holder(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(512);
    channel.read(buffer, 0);
    buffer.flip();
    return StandardCharsets.UTF_8.decode(buffer).toString().strip();
  }

  private static String describeThisProcess(Clock clock) {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = System.getenv().getOrDefault("HOSTNAME", "unknown host");
    }
    ProcessHandle self = ProcessHandle.current();
    String started = self.info().startInstant().orElse(clock.instant()).toString();
    return "pid " + self.pid() + " on " + host + ", started " + started;
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // The open failure is the one to report.
      }
    }
  }

  /** Releases the lock; the file stays. */
  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // Closing the channel drops the lock in any case; the process's end certainly does.
      closeQuietly(channel);
    }
  }
}
