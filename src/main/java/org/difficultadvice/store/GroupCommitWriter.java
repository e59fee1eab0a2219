package org.difficultadvice.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The store's only writer: one thread that takes queued writes and commits whatever has piled
 * up in one transaction. A caller waits until its write is durable, but hundreds of concurrent
 * callers share each fsync, so the store keeps pace with thousands of calls per second.
 */
final class GroupCommitWriter implements AutoCloseable {
  /** A bound on one transaction, so a slow disk cannot make one batch unbounded. */
  private static final int MAX_BATCH = 512;

  interface Write {
    void apply(Connection connection) throws SQLException;
  }

  private record Pending(Write write, CompletableFuture<Void> done) {}

  private static final Pending CLOSE = new Pending(connection -> {}, new CompletableFuture<>());

  private final Connection connection;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread thread;

  GroupCommitWriter(Connection connection) throws SQLException {
    this.connection = connection;
    connection.setAutoCommit(false);
    this.thread = new Thread(this::loop, "run-store-writer");
    thread.setDaemon(true);
    thread.start();
  }

  /** Queues a write and waits until it is committed. */
  void write(Write write) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    if (!thread.isAlive()) {
      throw new StoreException("the run store is closed", null);
    }
    queue.add(new Pending(write, done));
    try {
      done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for the run store", e);
    } catch (ExecutionException e) {
      throw new StoreException("run store write failed: " + e.getCause().getMessage(),
          e.getCause());
    }
  }

  private void loop() {
    List<Pending> batch = new ArrayList<>();
    while (true) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        return;
      }
      queue.drainTo(batch, MAX_BATCH - 1);
      boolean closing = batch.remove(CLOSE);
      commit(batch);
      batch.clear();
      if (closing) {
        // Writes queued after close still get an answer instead of waiting forever.
        List<Pending> late = new ArrayList<>();
        queue.drainTo(late);
        commit(late);
        CLOSE.done().complete(null);
        return;
      }
    }
  }

  private void commit(List<Pending> batch) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      for (Pending pending : batch) {
        pending.write().apply(connection);
      }
      connection.commit();
      batch.forEach(pending -> pending.done().complete(null));
    } catch (SQLException | RuntimeException e) {
      rollback(e);
      // One bad write must not fail its neighbours: retry each alone.
      for (Pending pending : batch) {
        try {
          pending.write().apply(connection);
          connection.commit();
          pending.done().complete(null);
        } catch (SQLException | RuntimeException single) {
          rollback(single);
          pending.done().completeExceptionally(single);
        }
      }
    }
  }

  private void rollback(Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException rollbackFailure) {
      cause.addSuppressed(rollbackFailure);
    }
  }

  @Override
  public void close() {
    if (!thread.isAlive()) {
      return;
    }
    queue.add(CLOSE);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the run store: " + e.getMessage(), e);
    }
  }
}
