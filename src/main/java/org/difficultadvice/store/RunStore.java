package org.difficultadvice.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.difficultadvice.generate.Example;
import org.difficultadvice.load.Diagnostic;
import org.difficultadvice.load.InvalidInputException;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.FinishReason;
import org.difficultadvice.provider.Usage;

/**
 * A run's durable state: an SQLite file {@code run.sqlite} in the run directory holding the plan,
 * every call attempt and every spec's result. Writes go through one writer thread and are
 * committed before they return, so whatever a caller has seen stored survives a kill. Reads use
 * their own connection (WAL mode lets them run beside the writer) and page through tables, so
 * nothing here grows with the plan.
 */
public final class RunStore implements AutoCloseable {
  public static final String FILE_NAME = "run.sqlite";
  /** Rows per page when streaming the plan or the results: small enough to keep memory flat. */
  private static final int PAGE = 500;
  /** Read connections: enough that lookups from hundreds of workers rarely wait. */
  private static final int READERS = 4;

  private static final String SCHEMA = """
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS plan (
        ordinal INTEGER PRIMARY KEY, spec_id TEXT NOT NULL UNIQUE, spec_json TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS calls (
        id INTEGER PRIMARY KEY AUTOINCREMENT, request_hash TEXT NOT NULL, stage TEXT NOT NULL,
        model TEXT NOT NULL, attempt INTEGER NOT NULL, ok INTEGER NOT NULL,
        status INTEGER NOT NULL, latency_ms INTEGER NOT NULL, input_tokens INTEGER NOT NULL,
        output_tokens INTEGER NOT NULL, cost_usd REAL NOT NULL, error TEXT NOT NULL,
        text TEXT, finish_reason TEXT, request_id TEXT, recorded_at TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS calls_by_hash ON calls (request_hash, ok);
      CREATE TABLE IF NOT EXISTS results (
        spec_id TEXT PRIMARY KEY, ok INTEGER NOT NULL, example_json TEXT,
        failed_stage TEXT, failure_reason TEXT);
      CREATE TABLE IF NOT EXISTS twin_results (
        twin TEXT NOT NULL, spec_id TEXT NOT NULL, ok INTEGER NOT NULL, example_json TEXT,
        failed_stage TEXT, failure_reason TEXT, PRIMARY KEY (twin, spec_id));
      """;

  /**
   * Columns added to {@code calls} after the first release, each with the default its old rows
   * read as: a run directory made before them opens, gains them, and resumes.
   */
  private static final List<String> ADDED_CALL_COLUMNS = List.of(
      "cached_input_tokens INTEGER NOT NULL DEFAULT 0",
      "cache_write_tokens INTEGER NOT NULL DEFAULT 0",
      "reasoning_tokens INTEGER NOT NULL DEFAULT 0");

  private final Path file;
  private final ObjectMapper json;
  private final Clock clock;
  private final ReaderPool readers;
  private final GroupCommitWriter writer;

  private RunStore(Path file, ObjectMapper json, Clock clock, ReaderPool readers,
      GroupCommitWriter writer) {
    this.file = file;
    this.json = json;
    this.clock = clock;
    this.readers = readers;
    this.writer = writer;
  }

  /**
   * Opens the store of {@code runDir}, creating it for a new run. A run directory made with a
   * different config is refused, naming the settings that changed.
   *
   * @param config the canonical config this run is made from; compared key by key on resume
   * @throws InvalidInputException the run directory belongs to a different config
   */
  public static RunStore open(Path runDir, JsonNode config, Clock clock)
      throws InvalidInputException {
    Path file = runDir.resolve(FILE_NAME);
    ObjectMapper json = new ObjectMapper();
    ReaderPool readers = null;
    Connection writing = null;
    try {
      Files.createDirectories(runDir);
      String url = "jdbc:sqlite:" + file.toAbsolutePath();
      writing = DriverManager.getConnection(url);
      try (Statement statement = writing.createStatement()) {
        statement.execute("PRAGMA journal_mode=WAL");
        // NORMAL in WAL mode is durable against a killed process; only power loss can drop
        // the last commits, which a resume then sends again.
        statement.execute("PRAGMA synchronous=NORMAL");
        statement.execute("PRAGMA busy_timeout=10000");
        for (String ddl : SCHEMA.split(";")) {
          if (!ddl.isBlank()) {
            statement.execute(ddl);
          }
        }
        addMissingColumns(statement, "calls", ADDED_CALL_COLUMNS);
        for (String ddl : BatchLedger.SCHEMA.split(";")) {
          if (!ddl.isBlank()) {
            statement.execute(ddl);
          }
        }
      }
      checkConfig(file, writing, json, config, clock);
      readers = new ReaderPool(url, READERS);
      return new RunStore(file, json, clock, readers, new GroupCommitWriter(writing));
    } catch (SQLException | IOException e) {
      if (readers != null) {
        readers.close();
      }
      closeQuietly(writing, e);
      throw new StoreException("cannot open run store " + file + ": " + e.getMessage(), e);
    } catch (InvalidInputException | RuntimeException e) {
      if (readers != null) {
        readers.close();
      }
      closeQuietly(writing, e);
      throw e;
    }
  }

  private static void addMissingColumns(Statement statement, String table, List<String> columns)
      throws SQLException {
    Set<String> present = new HashSet<>();
    try (ResultSet row = statement.executeQuery("PRAGMA table_info(" + table + ")")) {
      while (row.next()) {
        present.add(row.getString("name"));
      }
    }
    for (String column : columns) {
      if (!present.contains(column.substring(0, column.indexOf(' ')))) {
        statement.execute("ALTER TABLE " + table + " ADD COLUMN " + column);
      }
    }
  }

  private static void checkConfig(
      Path file, Connection connection, ObjectMapper json, JsonNode config, Clock clock)
      throws SQLException, InvalidInputException {
    Optional<String> stored = meta(connection, "config");
    if (stored.isEmpty()) {
      putMeta(connection, "config", config.toString());
      putMeta(connection, "created_at", clock.instant().toString());
      return;
    }
    JsonNode before;
    try {
      before = json.readTree(stored.get());
    } catch (JsonProcessingException e) {
      throw new StoreException("the stored config in " + file + " is not JSON", e);
    }
    List<String> changes = ConfigDiff.between(before, config);
    if (!changes.isEmpty()) {
      throw new InvalidInputException(Diagnostic.at(file, 0,
          "this run directory was made with a different config; changed: "
              + String.join(", ", changes),
          "restore those settings or files to resume it, or pass a new --run-dir to start a"
              + " new run"));
    }
  }

  private static Optional<String> meta(Connection connection, String key) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      select.setString(1, key);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
      }
    }
  }

  private static void putMeta(Connection connection, String key, String value)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
      insert.setString(1, key);
      insert.setString(2, value);
      insert.executeUpdate();
    }
  }

  public Path file() {
    return file;
  }

  /** The batches of a run in batch mode, and their rows. */
  public BatchLedger batchLedger() {
    return new BatchLedger(writer, readers, clock);
  }

  // ---- plan ----------------------------------------------------------------------------------

  /** Stores the plan in order, in batches; a no-op when this run already has one. */
  public void savePlanIfAbsent(Iterator<DilemmaSpec> specs) {
    if (planSize() > 0) {
      return;
    }
    long ordinal = 0;
    List<DilemmaSpec> batch = new ArrayList<>(PAGE);
    while (specs.hasNext()) {
      batch.add(specs.next());
      if (batch.size() == PAGE || !specs.hasNext()) {
        long first = ordinal;
        List<DilemmaSpec> rows = List.copyOf(batch);
        writer.write(connection -> insertPlan(connection, first, rows));
        ordinal += rows.size();
        batch.clear();
      }
    }
  }

  private void insertPlan(Connection connection, long first, List<DilemmaSpec> rows)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO plan (ordinal, spec_id, spec_json) VALUES (?, ?, ?)")) {
      long ordinal = first;
      for (DilemmaSpec spec : rows) {
        insert.setLong(1, ordinal++);
        insert.setString(2, spec.id());
        insert.setString(3, toJson(spec));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  public long planSize() {
    return queryLong("SELECT COUNT(*) FROM plan");
  }

  /** The plan in its order, read a page at a time. */
  public Iterator<DilemmaSpec> plannedSpecs() {
    return new PagedIterator<>(
        "SELECT ordinal, spec_json FROM plan WHERE ordinal > ? ORDER BY ordinal LIMIT " + PAGE,
        Long.MIN_VALUE,
        row -> row.getLong(1),
        row -> fromJson(row.getString(2), DilemmaSpec.class));
  }

  // ---- calls ---------------------------------------------------------------------------------

  /** The stored answer to this request, if any, and how many attempts were stored. */
  public CallHistory callHistory(String requestHash) {
    return readers.read("calls", connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT ok, text, finish_reason, input_tokens, output_tokens, model, request_id,"
              + " cached_input_tokens, cache_write_tokens, reasoning_tokens"
              + " FROM calls WHERE request_hash = ? ORDER BY ok DESC, id")) {
        select.setString(1, requestHash);
        try (ResultSet row = select.executeQuery()) {
          Optional<Completion> answer = Optional.empty();
          int attempts = 0;
          while (row.next()) {
            if (attempts++ == 0 && row.getInt(1) == 1) {
              answer = Optional.of(new Completion(row.getString(2),
                  FinishReason.valueOf(row.getString(3)),
                  new Usage(row.getLong(4), row.getLong(5), row.getLong(8), row.getLong(9),
                      row.getLong(10)),
                  row.getString(6), row.getString(7)));
            }
          }
          return new CallHistory(answer, attempts);
        }
      }
    });
  }

  /** Stores one attempt; returns once it is committed. */
  public void recordCall(CallRecord call) {
    String recordedAt = clock.instant().toString();
    writer.write(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO calls (request_hash, stage, model, attempt, ok, status, latency_ms,"
              + " input_tokens, output_tokens, cost_usd, error, text, finish_reason, request_id,"
              + " recorded_at, cached_input_tokens, cache_write_tokens, reasoning_tokens)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        Usage usage = call.completion().map(Completion::usage).orElse(Usage.NONE);
        insert.setString(1, call.requestHash());
        insert.setString(2, call.stage());
        insert.setString(3, call.model());
        insert.setInt(4, call.attempt());
        insert.setInt(5, call.ok() ? 1 : 0);
        insert.setInt(6, call.status());
        insert.setLong(7, call.latencyMillis());
        insert.setLong(8, usage.inputTokens());
        insert.setLong(9, usage.outputTokens());
        insert.setDouble(10, call.costUsd());
        insert.setString(11, call.error());
        insert.setString(12, call.completion().map(Completion::text).orElse(null));
        insert.setString(13,
            call.completion().map(c -> c.finishReason().name()).orElse(null));
        insert.setString(14, call.completion().map(Completion::requestId).orElse(null));
        insert.setString(15, recordedAt);
        insert.setLong(16, usage.cachedInputTokens());
        insert.setLong(17, usage.cacheWriteTokens());
        insert.setLong(18, usage.reasoningTokens());
        insert.executeUpdate();
      }
    });
  }

  /** Calls stored with an answer, across every session of this run. */
  public long completedCalls() {
    return queryLong("SELECT COUNT(*) FROM calls WHERE ok = 1");
  }

  /** Usage and cost of answered calls per stage and model, across every session of this run. */
  public List<StageUsage> usageByStage() {
    return readers.read("calls", connection -> {
      try (Statement select = connection.createStatement();
          ResultSet row = select.executeQuery(
              "SELECT stage, model, COUNT(*), SUM(input_tokens), SUM(output_tokens),"
                  + " SUM(cost_usd), SUM(cached_input_tokens), SUM(cache_write_tokens),"
                  + " SUM(reasoning_tokens) FROM calls WHERE ok = 1 GROUP BY stage, model"
                  + " ORDER BY stage, model")) {
        List<StageUsage> usage = new ArrayList<>();
        while (row.next()) {
          usage.add(new StageUsage(row.getString(1), row.getString(2), row.getLong(3),
              new Usage(row.getLong(4), row.getLong(5), row.getLong(7), row.getLong(8),
                  row.getLong(9)),
              row.getDouble(6)));
        }
        return usage;
      }
    });
  }

  public double totalCostUsd() {
    return usageByStage().stream().mapToDouble(StageUsage::costUsd).sum();
  }

  // ---- results -------------------------------------------------------------------------------

  public boolean hasResult(String specId) {
    return readers.read("results", connection -> {
      try (PreparedStatement select =
          connection.prepareStatement("SELECT 1 FROM results WHERE spec_id = ?")) {
        select.setString(1, specId);
        try (ResultSet row = select.executeQuery()) {
          return row.next();
        }
      }
    });
  }

  public void recordExample(Example example) {
    String exampleJson = toJson(example);
    writer.write(connection -> insertResult(connection, example.specId(), exampleJson, null));
  }

  public void recordFailure(SpecFailure failure) {
    writer.write(connection -> insertResult(connection, failure.specId(), null, failure));
  }

  private static void insertResult(
      Connection connection, String specId, String exampleJson, SpecFailure failure)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT OR REPLACE INTO results (spec_id, ok, example_json, failed_stage, failure_reason)"
            + " VALUES (?, ?, ?, ?, ?)")) {
      insert.setString(1, specId);
      insert.setInt(2, failure == null ? 1 : 0);
      insert.setString(3, exampleJson);
      insert.setString(4, failure == null ? null : failure.stage());
      insert.setString(5, failure == null ? null : failure.reason());
      insert.executeUpdate();
    }
  }

  public long exampleCount() {
    return queryLong("SELECT COUNT(*) FROM results WHERE ok = 1");
  }

  public long failureCount() {
    return queryLong("SELECT COUNT(*) FROM results WHERE ok = 0");
  }

  /** Every stored example, sorted by spec id, read a page at a time. */
  public Stream<Example> examples() {
    Iterator<Example> pages = new PagedIterator<>(
        "SELECT spec_id, example_json FROM results WHERE ok = 1 AND spec_id > ?"
            + " ORDER BY spec_id LIMIT " + PAGE,
        "",
        row -> row.getString(1),
        row -> fromJson(row.getString(2), Example.class));
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** Every failed spec, sorted by spec id. */
  public List<SpecFailure> failures() {
    return readers.read("results", connection -> {
      try (Statement select = connection.createStatement();
          ResultSet row = select.executeQuery("SELECT spec_id, failed_stage, failure_reason"
              + " FROM results WHERE ok = 0 ORDER BY spec_id")) {
        List<SpecFailure> failures = new ArrayList<>();
        while (row.next()) {
          failures.add(new SpecFailure(row.getString(1), row.getString(2), row.getString(3)));
        }
        return failures;
      }
    });
  }

  // ---- matched twins (the full twin is the spec's own result above) -------------------------

  /** Stores {@code twin}'s example of its spec, replacing an earlier one. */
  public void recordTwinExample(String twin, Example example) {
    String exampleJson = toJson(example);
    writer.write(connection ->
        insertTwinResult(connection, twin, example.specId(), exampleJson, null));
  }

  /** Stores that {@code twin}'s answer to a spec could not be made. */
  public void recordTwinFailure(String twin, SpecFailure failure) {
    writer.write(connection -> insertTwinResult(connection, twin, failure.specId(), null, failure));
  }

  private static void insertTwinResult(Connection connection, String twin, String specId,
      String exampleJson, SpecFailure failure) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT OR REPLACE INTO twin_results (twin, spec_id, ok, example_json, failed_stage,"
            + " failure_reason) VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, twin);
      insert.setString(2, specId);
      insert.setInt(3, failure == null ? 1 : 0);
      insert.setString(4, exampleJson);
      insert.setString(5, failure == null ? null : failure.stage());
      insert.setString(6, failure == null ? null : failure.reason());
      insert.executeUpdate();
    }
  }

  /** {@code twin}'s stored examples, sorted by spec id. */
  public List<Example> twinExamples(String twin) {
    return readers.read("twin_results", connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT example_json FROM"
          + " twin_results WHERE twin = ? AND ok = 1 ORDER BY spec_id")) {
        select.setString(1, twin);
        try (ResultSet row = select.executeQuery()) {
          List<Example> examples = new ArrayList<>();
          while (row.next()) {
            examples.add(fromJson(row.getString(1), Example.class));
          }
          return examples;
        }
      }
    });
  }

  /** {@code twin}'s failed specs, sorted by spec id. */
  public List<SpecFailure> twinFailures(String twin) {
    return readers.read("twin_results", connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT spec_id,"
          + " failed_stage, failure_reason FROM twin_results WHERE twin = ? AND ok = 0"
          + " ORDER BY spec_id")) {
        select.setString(1, twin);
        try (ResultSet row = select.executeQuery()) {
          List<SpecFailure> failures = new ArrayList<>();
          while (row.next()) {
            failures.add(new SpecFailure(row.getString(1), row.getString(2), row.getString(3)));
          }
          return failures;
        }
      }
    });
  }

  // ---- plumbing ------------------------------------------------------------------------------

  private long queryLong(String sql) {
    return readers.read(file.toString(), connection -> {
      try (Statement select = connection.createStatement();
          ResultSet row = select.executeQuery(sql)) {
        row.next();
        return row.getLong(1);
      }
    });
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  private <T> T fromJson(String text, Class<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("a stored " + type.getSimpleName() + " is not readable", e);
    }
  }

  private interface Column<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** Keyset paging: each page starts after the last key of the one before. */
  private final class PagedIterator<K, T> implements Iterator<T> {
    private final String sql;
    private final Column<K> key;
    private final Column<T> value;
    private K after;
    private List<T> page = List.of();
    private int next;
    private boolean exhausted;

    PagedIterator(String sql, K start, Column<K> key, Column<T> value) {
      this.sql = sql;
      this.after = start;
      this.key = key;
      this.value = value;
    }

    @Override
    public boolean hasNext() {
      if (next < page.size()) {
        return true;
      }
      if (exhausted) {
        return false;
      }
      fetch();
      return next < page.size();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return page.get(next++);
    }

    private void fetch() {
      List<T> rows = new ArrayList<>(PAGE);
      readers.read("the run store", connection -> {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
          select.setObject(1, after);
          try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
              after = key.read(row);
              rows.add(value.read(row));
            }
          }
        }
        return null;
      });
      exhausted = rows.size() < PAGE;
      page = rows;
      next = 0;
    }
  }

  private static void closeQuietly(Connection connection, Exception primary) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      primary.addSuppressed(e);
    }
  }

  /** Flushes queued writes and closes the database. */
  @Override
  public void close() {
    writer.close();
    readers.close();
  }
}
