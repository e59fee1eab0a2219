package org.difficultadvice.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A few read connections to the run store, so hundreds of workers looking up calls do not queue
 * behind one connection. WAL mode lets them read while the writer commits.
 */
final class ReaderPool implements AutoCloseable {
  interface Query<T> {
    T run(Connection connection) throws SQLException;
  }

  private final List<Connection> all = new ArrayList<>();
  private final BlockingQueue<Connection> idle;

  ReaderPool(String url, int size) throws SQLException {
    idle = new ArrayBlockingQueue<>(size);
    try {
      for (int i = 0; i < size; i++) {
        Connection connection = DriverManager.getConnection(url);
        all.add(connection);
        try (Statement statement = connection.createStatement()) {
          statement.execute("PRAGMA busy_timeout=10000");
        }
        idle.add(connection);
      }
    } catch (SQLException e) {
      close();
      throw e;
    }
  }

  <T> T read(String what, Query<T> query) {
    Connection connection;
    try {
      connection = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while reading " + what, e);
    }
    try {
      return query.run(connection);
    } catch (SQLException e) {
      throw new StoreException("cannot read " + what + ": " + e.getMessage(), e);
    } finally {
      idle.add(connection);
    }
  }

  @Override
  public void close() {
    StoreException failure = null;
    for (Connection connection : all) {
      try {
        connection.close();
      } catch (SQLException e) {
        failure = new StoreException("cannot close the run store: " + e.getMessage(), e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
