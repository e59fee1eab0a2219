package org.difficultadvice.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The run store's record of provider batches (OpenAI Batch, Anthropic Message Batches, batch
 * files) and of the rows in each. Each remote step is written before it is taken and after it
 * returns, so a run killed at any point knows on resume what the server may hold: a batch
 * never created is dropped and its rows asked again; a created one is re-attached to; rows whose
 * results were downloaded are answered from here without another download.
 */
public final class BatchLedger {
  static final String SCHEMA = """
      CREATE TABLE IF NOT EXISTS batches (
        batch_key TEXT PRIMARY KEY, api TEXT NOT NULL, model TEXT NOT NULL,
        state TEXT NOT NULL, rows INTEGER NOT NULL, input_ref TEXT, remote_id TEXT,
        detail TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS batch_rows (
        batch_key TEXT NOT NULL, request_hash TEXT NOT NULL, state TEXT NOT NULL,
        body TEXT, error TEXT, retryable INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (batch_key, request_hash));
      CREATE INDEX IF NOT EXISTS batch_rows_by_hash ON batch_rows (request_hash);
      """;

  /** Where a batch stands. Only {@link #SUBMITTED} batches are waited on. */
  public enum BatchState {
    /** Recorded with its rows; nothing sent yet. */
    PREPARING,
    /** The input file is uploaded (OpenAI); the batch is not created yet. */
    UPLOADED,
    /** The create request is about to go out: the server may hold the batch after a kill. */
    CREATING,
    /** Created on the server; results pending. */
    SUBMITTED,
    /** Results downloaded and stored row by row. */
    ENDED,
    /** Never created (killed before it, or the create failed): its rows are asked again. */
    ABANDONED
  }

  /** Where a row stands. */
  public enum RowState { QUEUED, SUCCEEDED, FAILED }

  /** A batch as stored. */
  public record Batch(String key, String api, String model, BatchState state, int rows,
      Optional<String> inputRef, Optional<String> remoteId, String detail, Instant createdAt,
      Instant updatedAt) {}

  /** One row's latest state across batches: its answer body, or why it failed. */
  public record Row(String batchKey, String requestHash, RowState state, Optional<String> body,
      String error, boolean retryable) {}

  /** A downloaded result for one row. */
  public record RowResult(String requestHash, RowState state, String body, String error,
      boolean retryable) {
    public RowResult {
      Objects.requireNonNull(requestHash, "requestHash");
      Objects.requireNonNull(state, "state");
      error = error == null ? "" : error;
    }
  }

  private final GroupCommitWriter writer;
  private final ReaderPool readers;
  private final Clock clock;

  BatchLedger(GroupCommitWriter writer, ReaderPool readers, Clock clock) {
    this.writer = writer;
    this.readers = readers;
    this.clock = clock;
  }

  /** Records a new batch and its rows before anything is sent. */
  public void prepare(String key, String api, String model, List<String> requestHashes) {
    String now = clock.instant().toString();
    writer.write(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO batches (batch_key, api, model, state, rows, created_at, updated_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, key);
        insert.setString(2, api);
        insert.setString(3, model);
        insert.setString(4, BatchState.PREPARING.name());
        insert.setInt(5, requestHashes.size());
        insert.setString(6, now);
        insert.setString(7, now);
        insert.executeUpdate();
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO batch_rows (batch_key, request_hash, state) VALUES (?, ?, ?)")) {
        for (String hash : requestHashes) {
          insert.setString(1, key);
          insert.setString(2, hash);
          insert.setString(3, RowState.QUEUED.name());
          insert.addBatch();
        }
        insert.executeBatch();
      }
    });
  }

  public void uploaded(String key, String inputRef) {
    update(key, BatchState.UPLOADED, "input_ref", inputRef);
  }

  /** Written just before the create request: from here on the server may hold the batch. */
  public void creating(String key) {
    update(key, BatchState.CREATING, null, null);
  }

  public void submitted(String key, String remoteId) {
    update(key, BatchState.SUBMITTED, "remote_id", remoteId);
  }

  public void abandoned(String key, String why) {
    update(key, BatchState.ABANDONED, "detail", why);
  }

  /** The server's latest word on a submitted batch, for progress and for a person reading. */
  public void polled(String key, String detail) {
    writer.write(connection -> {
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE batches SET detail = ?, updated_at = ? WHERE batch_key = ?")) {
        update.setString(1, detail);
        update.setString(2, clock.instant().toString());
        update.setString(3, key);
        update.executeUpdate();
      }
    });
  }

  /** Stores every row's result and marks the batch ended, in one transaction. */
  public void ended(String key, List<RowResult> results, String detail) {
    String now = clock.instant().toString();
    writer.write(connection -> {
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE batch_rows SET state = ?, body = ?, error = ?, retryable = ?"
              + " WHERE batch_key = ? AND request_hash = ?")) {
        for (RowResult row : results) {
          update.setString(1, row.state().name());
          update.setString(2, row.body());
          update.setString(3, row.error());
          update.setInt(4, row.retryable() ? 1 : 0);
          update.setString(5, key);
          update.setString(6, row.requestHash());
          update.addBatch();
        }
        update.executeBatch();
      }
      setState(connection, key, BatchState.ENDED, "detail", detail, now);
    });
  }

  /** A stored answer that turned out unusable (not a chat answer): the row is asked again. */
  public void rowFailed(String key, String requestHash, String error) {
    writer.write(connection -> {
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE batch_rows SET state = ?, error = ?, retryable = 1"
              + " WHERE batch_key = ? AND request_hash = ?")) {
        update.setString(1, RowState.FAILED.name());
        update.setString(2, error);
        update.setString(3, key);
        update.setString(4, requestHash);
        update.executeUpdate();
      }
    });
  }

  /** The row of this request in its latest batch that was not abandoned, if any. */
  public Optional<Row> latestRow(String requestHash) {
    return readers.read("batch rows", connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT r.batch_key, r.state, r.body, r.error, r.retryable FROM batch_rows r"
              + " JOIN batches b ON b.batch_key = r.batch_key"
              + " WHERE r.request_hash = ? AND b.state <> 'ABANDONED'"
              + " ORDER BY b.created_at DESC, b.rowid DESC LIMIT 1")) {
        select.setString(1, requestHash);
        try (ResultSet row = select.executeQuery()) {
          if (!row.next()) {
            return Optional.empty();
          }
          return Optional.of(new Row(row.getString(1), requestHash,
              RowState.valueOf(row.getString(2)), Optional.ofNullable(row.getString(3)),
              Objects.requireNonNullElse(row.getString(4), ""), row.getInt(5) == 1));
        }
      }
    });
  }

  /** Batches in the given states, oldest first. */
  public List<Batch> batches(BatchState... states) {
    return readers.read("batches", connection -> {
      StringBuilder sql = new StringBuilder("SELECT batch_key, api, model, state, rows,"
          + " input_ref, remote_id, detail, created_at, updated_at FROM batches");
      if (states.length > 0) {
        sql.append(" WHERE state IN (").append("?,".repeat(states.length - 1)).append("?)");
      }
      sql.append(" ORDER BY created_at, rowid");
      try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
        for (int i = 0; i < states.length; i++) {
          select.setString(i + 1, states[i].name());
        }
        try (ResultSet row = select.executeQuery()) {
          List<Batch> batches = new ArrayList<>();
          while (row.next()) {
            batches.add(new Batch(row.getString(1), row.getString(2), row.getString(3),
                BatchState.valueOf(row.getString(4)), row.getInt(5),
                Optional.ofNullable(row.getString(6)), Optional.ofNullable(row.getString(7)),
                row.getString(8), Instant.parse(row.getString(9)),
                Instant.parse(row.getString(10))));
          }
          return batches;
        }
      }
    });
  }

  /** The request hashes of a batch's rows, in the order they were recorded. */
  public List<String> rowHashes(String key) {
    return readers.read("batch rows", connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT request_hash FROM batch_rows WHERE batch_key = ? ORDER BY rowid")) {
        select.setString(1, key);
        try (ResultSet row = select.executeQuery()) {
          List<String> hashes = new ArrayList<>();
          while (row.next()) {
            hashes.add(row.getString(1));
          }
          return hashes;
        }
      }
    });
  }

  /** Remote ids of every batch this run created, to tell a found batch from one of ours. */
  public List<String> remoteIds() {
    return readers.read("batches", connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT remote_id FROM batches WHERE remote_id IS NOT NULL");
          ResultSet row = select.executeQuery()) {
        List<String> ids = new ArrayList<>();
        while (row.next()) {
          ids.add(row.getString(1));
        }
        return ids;
      }
    });
  }

  private void update(String key, BatchState state, String column, String value) {
    String now = clock.instant().toString();
    writer.write(connection -> setState(connection, key, state, column, value, now));
  }

  private static void setState(Connection connection, String key, BatchState state,
      String column, String value, String now) throws SQLException {
    String sql = column == null
        ? "UPDATE batches SET state = ?, updated_at = ? WHERE batch_key = ?"
        : "UPDATE batches SET state = ?, updated_at = ?, " + column + " = ? WHERE batch_key = ?";
    try (PreparedStatement update = connection.prepareStatement(sql)) {
      update.setString(1, state.name());
      update.setString(2, now);
      if (column == null) {
        update.setString(3, key);
      } else {
        update.setString(3, value);
        update.setString(4, key);
      }
      update.executeUpdate();
    }
  }
}
