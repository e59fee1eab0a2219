package org.difficultadvice.engine;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import org.difficultadvice.provider.BatchApi;
import org.difficultadvice.provider.BatchRowResult;
import org.difficultadvice.provider.BatchStatus;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.store.BatchLedger;
import org.difficultadvice.store.BatchLedger.BatchState;
import org.difficultadvice.store.BatchLedger.RowResult;
import org.difficultadvice.store.BatchLedger.RowState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider of a run in batch mode: it takes the place of the direct API under the recording
 * layer, so every answer is stored exactly as a direct call's would be.
 *
 * <p>Each worker's call blocks here. Once every spec in work is waiting (none is still between
 * calls), the calls collected go out as one or more batches, split by model and at the API's
 * limits, each row named by its request hash as custom id. One thread submits, polls with
 * backoff and downloads; each row's result is handed to the worker waiting for it, in whatever
 * order the server lists them. A failed row is thrown as a failed call, so the retry layer asks
 * it again (in a later batch) within its attempts, as in direct mode.
 *
 * <p>Every remote step is recorded in the run store's {@link BatchLedger} before and after, so a
 * killed run re-attaches: rows of a created batch are waited for, not sent again; results
 * already downloaded are answered from the store.
 */
public final class BatchingProvider implements Provider {
  private static final Logger log = LoggerFactory.getLogger(BatchingProvider.class);

  private final BatchApi api;
  private final BatchLedger ledger;
  private final StopSignal stop;
  private final BatchSettings settings;
  private final Clock clock;
  private final Object lock = new Object();
  private final Map<String, Waiter> queued = new LinkedHashMap<>();
  private final Map<String, OpenBatch> open = new LinkedHashMap<>();
  private final Map<String, String> batchOfRow = new HashMap<>();
  /** Results of rows whose worker has not asked yet (a resumed run's batches). */
  private final Map<String, Answer> undelivered = new HashMap<>();
  private final AtomicLong keys = new AtomicLong();
  private IntSupplier specsInWork = () -> Integer.MAX_VALUE;
  private int waiting;
  private Instant lastArrival = Instant.EPOCH;
  private boolean finished;
  private Thread coordinator;
  private long submittedBatches;
  private long endedBatches;
  private long rowsSubmitted;
  private long rowsDone;

  public BatchingProvider(BatchApi api, BatchLedger ledger, StopSignal stop,
      BatchSettings settings, Clock clock) {
    this.api = Objects.requireNonNull(api, "api");
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.stop = Objects.requireNonNull(stop, "stop");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A call's row result, from a batch or the store. */
  private record Answer(String batchKey, RowResult row) {}

  private static final class Waiter {
    final ChatRequest request;
    final CompletableFuture<Answer> answer = new CompletableFuture<>();
    int threads;

    Waiter(ChatRequest request) {
      this.request = request;
    }
  }

  private static final class OpenBatch {
    final String key;
    final List<String> rows;
    final Map<String, Waiter> waiters = new HashMap<>();
    String remoteId;
    Instant nextPoll;
    Duration interval;
    String lastState = "";

    OpenBatch(String key, List<String> rows) {
      this.key = key;
      this.rows = rows;
    }
  }

  /**
   * Re-attaches to the batches earlier sessions created and starts the thread that submits and
   * polls. Call once, before the first call.
   *
   * @param specsInWork how many specs are being generated right now: when as many calls wait
   *     here, no more will come until some are answered
   */
  public void start(IntSupplier specsInWork) {
    this.specsInWork = Objects.requireNonNull(specsInWork, "specsInWork");
    recover();
    coordinator = new Thread(this::coordinate, "batch-coordinator");
    coordinator.setDaemon(true);
    coordinator.start();
  }

  @Override
  public Completion complete(ChatRequest request) throws ProviderException {
    String hash = CanonicalRequest.hash(request);
    Waiter waiter = null;
    Answer ready;
    synchronized (lock) {
      throwIfFinished();
      String batch = batchOfRow.get(hash);
      if (batch != null) {
        waiter = attach(open.get(batch).waiters, hash, request);
      }
      ready = undelivered.remove(hash);
    }
    if (waiter == null && ready == null) {
      // A row downloaded by an earlier session is answered from the store.
      Optional<BatchLedger.Row> stored = ledger.latestRow(hash);
      if (stored.isPresent() && stored.get().state() == RowState.SUCCEEDED) {
        BatchLedger.Row row = stored.get();
        ready = new Answer(row.batchKey(), new RowResult(hash, RowState.SUCCEEDED,
            row.body().orElseThrow(), "", false));
      } else {
        synchronized (lock) {
          throwIfFinished();
          String batch = batchOfRow.get(hash);
          ready = undelivered.remove(hash);
          if (ready == null) {
            waiter = attach(batch != null ? open.get(batch).waiters : queued, hash, request);
          }
        }
      }
    }
    if (ready == null) {
      ready = await(waiter);
    }
    return answer(ready, request, hash);
  }

  /** Registers the calling thread as waiting for the row; hold the lock. */
  private Waiter attach(Map<String, Waiter> waiters, String hash, ChatRequest request) {
    Waiter waiter = waiters.computeIfAbsent(hash, h -> new Waiter(request));
    waiter.threads++;
    waiting++;
    lastArrival = clock.instant();
    lock.notifyAll();
    return waiter;
  }

  private void throwIfFinished() {
    if (finished) {
      throw new RunStoppedException(stop.reason().orElse(StopReason.CANCELLED),
          stop.message().isEmpty() ? "the run is stopping" : stop.message());
    }
  }

  private Answer await(Waiter waiter) throws ProviderException {
    try {
      return waiter.answer.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      synchronized (lock) {
        if (!waiter.answer.isDone()) {
          waiter.threads--;
          waiting--;
        }
      }
      throw new RunStoppedException(StopReason.CANCELLED, "interrupted while waiting for a batch");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ProviderException failure) {
        throw failure;
      }
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException("a batch failed", e.getCause());
    }
  }

  private Completion answer(Answer answer, ChatRequest request, String hash)
      throws ProviderException {
    RowResult row = answer.row();
    if (row.state() != RowState.SUCCEEDED) {
      throw new ProviderException("batch row failed: " + row.error(), 0, row.retryable());
    }
    try {
      return api.decode(row.body(), request);
    } catch (ProviderException e) {
      // The next attempt must go out again, not read the same broken answer from the store.
      ledger.rowFailed(answer.batchKey(), hash, String.valueOf(e.getMessage()));
      throw e;
    }
  }

  // ---- the coordinator thread ----------------------------------------------------------------

  private void recover() {
    Instant now = clock.instant();
    for (BatchLedger.Batch batch : ledger.batches(BatchState.PREPARING, BatchState.UPLOADED)) {
      ledger.abandoned(batch.key(), "never created: the run stopped before");
    }
    for (BatchLedger.Batch batch : ledger.batches(BatchState.CREATING)) {
      Optional<String> found = Optional.empty();
      try {
        found = api.findCreated(batch.key(), batch.inputRef(), batch.rows(), batch.updatedAt(),
            new HashSet<>(ledger.remoteIds()));
      } catch (ProviderException e) {
        log.warn("cannot list batches to find {}: {}", batch.key(), e.getMessage());
      }
      if (found.isPresent()) {
        ledger.submitted(batch.key(), found.get());
      } else {
        ledger.abandoned(batch.key(), "the create was not acknowledged and the server shows no"
            + " such batch");
      }
    }
    for (BatchLedger.Batch batch : ledger.batches()) {
      if (batch.state() == BatchState.SUBMITTED || batch.state() == BatchState.ENDED) {
        submittedBatches++;
        rowsSubmitted += batch.rows();
      }
      if (batch.state() == BatchState.ENDED) {
        endedBatches++;
        rowsDone += batch.rows();
      }
    }
    for (BatchLedger.Batch batch : ledger.batches(BatchState.SUBMITTED)) {
      OpenBatch open = new OpenBatch(batch.key(), ledger.rowHashes(batch.key()));
      open.remoteId = batch.remoteId().orElseThrow();
      open.nextPoll = now;
      open.interval = settings.firstPoll();
      this.open.put(open.key, open);
      open.rows.forEach(hash -> batchOfRow.put(hash, open.key));
    }
  }

  private void coordinate() {
    try {
      while (true) {
        List<Waiter> batch = List.of();
        List<OpenBatch> due = new ArrayList<>();
        boolean onlyWaiting = false;
        synchronized (lock) {
          while (!stop.stopped() && !finished) {
            Instant now = clock.instant();
            if (readyToSubmit(now)) {
              batch = new ArrayList<>(queued.values());
              break;
            }
            open.values().stream().filter(b -> b.remoteId != null && !now.isBefore(b.nextPoll))
                .forEach(due::add);
            if (!due.isEmpty()) {
              break;
            }
            if (!settings.waitForResults() && queued.isEmpty() && !open.isEmpty()
                && waiting >= specsInWork.getAsInt()) {
              onlyWaiting = true;
              break;
            }
            lock.wait(waitMillis(now));
          }
        }
        if (stop.stopped() || finished) {
          break;
        }
        if (onlyWaiting) {
          stop.stop(StopReason.BATCHES_PENDING, String.format(java.util.Locale.ROOT,
              "nothing is left but waiting for %d submitted batches; run the same command"
                  + " again later to collect their results", open.size()));
          break;
        }
        if (!batch.isEmpty()) {
          submit(batch);
        }
        for (OpenBatch b : due) {
          poll(b);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.error("the batch coordinator failed", e);
      stop.stop(StopReason.FATAL_ERROR, "bug in batch mode: " + e);
    }
    shutDown();
  }

  private boolean readyToSubmit(Instant now) {
    if (queued.isEmpty()) {
      return false;
    }
    if (queued.size() >= api.maxRows()) {
      return true;
    }
    return waiting >= specsInWork.getAsInt()
        && !now.isBefore(lastArrival.plus(settings.linger()));
  }

  private long waitMillis(Instant now) {
    long wait = 1000;
    if (!queued.isEmpty()) {
      wait = Math.min(wait, Math.max(1, settings.linger().toMillis()));
    }
    for (OpenBatch b : open.values()) {
      if (b.remoteId != null) {
        wait = Math.min(wait, Math.max(1, Duration.between(now, b.nextPoll).toMillis()));
      }
    }
    return Math.max(1, wait);
  }

  /** The queued calls as batches: one model per batch, within the API's row and byte limits. */
  private void submit(List<Waiter> calls) {
    Map<String, List<Waiter>> byModel = new TreeMap<>();
    calls.forEach(w -> byModel.computeIfAbsent(w.request.model(), m -> new ArrayList<>()).add(w));
    for (Map.Entry<String, List<Waiter>> model : byModel.entrySet()) {
      List<Waiter> chunk = new ArrayList<>();
      List<String> rows = new ArrayList<>();
      long bytes = 0;
      for (Waiter waiter : model.getValue()) {
        String row = api.row(CanonicalRequest.hash(waiter.request), waiter.request);
        long size = row.getBytes(StandardCharsets.UTF_8).length + 1L;
        if (!chunk.isEmpty() && (chunk.size() >= api.maxRows() || bytes + size > api.maxBytes())) {
          submitOne(model.getKey(), chunk, rows);
          chunk = new ArrayList<>();
          rows = new ArrayList<>();
          bytes = 0;
        }
        chunk.add(waiter);
        rows.add(row);
        bytes += size;
      }
      if (!chunk.isEmpty()) {
        submitOne(model.getKey(), chunk, rows);
      }
    }
  }

  private void submitOne(String model, List<Waiter> calls, List<String> rows) {
    String key = "b" + clock.millis() + "-" + keys.incrementAndGet();
    List<String> hashes = calls.stream().map(w -> CanonicalRequest.hash(w.request)).toList();
    ledger.prepare(key, api.name(), model, hashes);
    OpenBatch batch = new OpenBatch(key, hashes);
    synchronized (lock) {
      for (int i = 0; i < calls.size(); i++) {
        queued.remove(hashes.get(i));
        batch.waiters.put(hashes.get(i), calls.get(i));
        batchOfRow.put(hashes.get(i), key);
      }
      open.put(key, batch);
    }
    Optional<String> inputRef = Optional.empty();
    try {
      inputRef = api.upload(key, rows);
      if (inputRef.isPresent()) {
        ledger.uploaded(key, inputRef.get());
      }
      Instant creating = clock.instant();
      ledger.creating(key);
      String remoteId;
      try {
        remoteId = api.create(key, inputRef, rows);
      } catch (ProviderException e) {
        // A create that timed out may still have made the batch: look before sending again.
        if (!e.retryable()) {
          throw e;
        }
        remoteId = api.findCreated(key, inputRef, rows.size(), creating,
            new HashSet<>(ledger.remoteIds())).orElseThrow(() -> e);
      }
      ledger.submitted(key, remoteId);
      synchronized (lock) {
        batch.remoteId = remoteId;
        batch.interval = settings.firstPoll();
        batch.nextPoll = clock.instant().plus(batch.interval);
        submittedBatches++;
        rowsSubmitted += hashes.size();
      }
      log.info("submitted batch {} ({} rows of {}) as {}", key, rows.size(), model, remoteId);
    } catch (ProviderException e) {
      ledger.abandoned(key, String.valueOf(e.getMessage()));
      synchronized (lock) {
        open.remove(key);
        hashes.forEach(batchOfRow::remove);
        for (Waiter waiter : batch.waiters.values()) {
          waiting -= waiter.threads;
          waiter.answer.completeExceptionally(e);
        }
      }
    }
  }

  private void poll(OpenBatch batch) {
    BatchStatus status;
    try {
      status = api.retrieve(batch.remoteId);
    } catch (ProviderException e) {
      if (e.retryable()) {
        log.debug("polling {} failed ({}); trying again later", batch.remoteId, e.getMessage());
        backOff(batch);
        return;
      }
      // The server no longer knows the batch: its rows are asked again.
      status = new BatchStatus(batch.remoteId, "gone (" + e.getMessage() + ")", true, 0, 0, 0,
          List.of());
    }
    if (!status.ended()) {
      if (!status.state().equals(batch.lastState)) {
        ledger.polled(batch.key, status.describe());
        batch.lastState = status.state();
      }
      backOff(batch);
      return;
    }
    ledger.polled(batch.key, "downloading results; " + status.describe());
    Map<String, BatchRowResult> results = new HashMap<>();
    HashSet<String> ours = new HashSet<>(batch.rows);
    try {
      api.results(status, row -> {
        if (ours.contains(row.customId())) {
          results.put(row.customId(), row);
        }
      });
    } catch (ProviderException e) {
      log.debug("downloading {} failed ({}); trying again later", batch.remoteId,
          e.getMessage());
      backOff(batch);
      return;
    }
    List<RowResult> rows = new ArrayList<>(batch.rows.size());
    for (String hash : batch.rows) {
      BatchRowResult result = results.get(hash);
      if (result == null) {
        rows.add(new RowResult(hash, RowState.FAILED, null,
            "no result for this row; the batch ended " + status.state(), true));
      } else if (result.succeeded()) {
        rows.add(new RowResult(hash, RowState.SUCCEEDED, result.body(), "", false));
      } else {
        rows.add(new RowResult(hash, RowState.FAILED, null, result.error(),
            result.retryable()));
      }
    }
    ledger.ended(batch.key, rows, status.describe());
    synchronized (lock) {
      open.remove(batch.key);
      endedBatches++;
      rowsDone += rows.size();
      for (RowResult row : rows) {
        batchOfRow.remove(row.requestHash());
        Waiter waiter = batch.waiters.get(row.requestHash());
        Answer answer = new Answer(batch.key, row);
        if (waiter == null) {
          undelivered.put(row.requestHash(), answer);
        } else {
          waiting -= waiter.threads;
          waiter.answer.complete(answer);
        }
      }
    }
    log.info("batch {} ended: {}", batch.key, status.describe());
  }

  private void backOff(OpenBatch batch) {
    synchronized (lock) {
      batch.nextPoll = clock.instant().plus(batch.interval);
      Duration doubled = batch.interval.multipliedBy(2);
      batch.interval = doubled.compareTo(settings.longestPoll()) > 0
          ? settings.longestPoll() : doubled;
    }
  }

  /** Ends every wait: the run is stopping. Batches on the server keep running unless asked. */
  private void shutDown() {
    List<OpenBatch> running;
    synchronized (lock) {
      finished = true;
      RunStoppedException stopped = new RunStoppedException(
          stop.reason().orElse(StopReason.CANCELLED),
          stop.message().isEmpty() ? "the run is stopping" : stop.message());
      queued.values().forEach(w -> w.answer.completeExceptionally(stopped));
      queued.clear();
      running = new ArrayList<>(open.values());
      running.forEach(b -> b.waiters.values()
          .forEach(w -> w.answer.completeExceptionally(stopped)));
      waiting = 0;
    }
    if (settings.cancelOnStop() && stop.stopped()) {
      for (OpenBatch batch : running) {
        if (batch.remoteId == null) {
          continue;
        }
        try {
          api.cancel(batch.remoteId);
          ledger.polled(batch.key, "cancel requested by --cancel-batches");
        } catch (ProviderException e) {
          log.warn("cannot cancel batch {}: {}", batch.remoteId, e.getMessage());
        }
      }
    }
  }

  /** Where the batches stand, for progress. */
  public BatchProgress progress() {
    synchronized (lock) {
      long inProgress = open.values().stream().filter(b -> b.remoteId != null).count();
      return new BatchProgress(submittedBatches, inProgress, endedBatches, rowsDone,
          rowsSubmitted, queued.size());
    }
  }

  /** The run is done or stopping: the coordinator ends, and with it every wait. */
  public void finish() {
    Thread thread;
    synchronized (lock) {
      finished = true;
      lock.notifyAll();
      thread = coordinator;
    }
    if (thread != null && thread != Thread.currentThread()) {
      try {
        // It may be cancelling batches (--cancel-batches); a few seconds is plenty.
        thread.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public String name() {
    return api.name();
  }

  @Override
  public void close() {
    finish();
  }
}
