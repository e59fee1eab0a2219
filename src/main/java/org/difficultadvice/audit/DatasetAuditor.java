package org.difficultadvice.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.difficultadvice.budget.ExampleTokens;
import org.difficultadvice.budget.TokenBreakdown;
import org.difficultadvice.plan.StoryDiversity;
import org.difficultadvice.quality.MinHashSimilarity;

/**
 * Reads a dataset once, line by line, and gathers every figure of the audit. Keeps a compact
 * ledger per record and bounded tallies, never the records themselves, so memory stays small
 * on a 1 GB file. Duplicates go to the sink as they are found.
 *
 * <p>The per-line work that needs no shared state (parsing, tokenizing, flagging, hashing,
 * sketching) runs on a pool of worker threads in batches; the results are folded in strictly in
 * line order on the calling thread, so every figure and {@code duplicates.jsonl} are the same
 * whatever the number of threads. At most {@link #BATCHES_PER_THREAD} batches per thread are in
 * flight, which bounds the lines held in memory.
 */
public final class DatasetAuditor {
  private static final HashFunction CONTENT_HASH = Hashing.murmur3_128();

  /** Lines per unit of work: large enough to amortise hand-over, small enough to stay bounded. */
  static final int BATCH_LINES = 256;

  static final int BATCHES_PER_THREAD = 3;

  private final QualityChecks checks;
  private final ChatRecordParser parser;
  private final int threads;

  public DatasetAuditor(QualityChecks checks, ObjectMapper json, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.checks = checks;
    this.parser = new ChatRecordParser(json);
    this.threads = threads;
  }

  public AuditResult audit(List<InputFile> files, DuplicateSink duplicates, ProgressMeter progress)
      throws IOException {
    NearDuplicateIndex near = checks.nearDuplicates().get();
    Fold fold = new Fold(near, duplicates);
    ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "audit-worker");
      thread.setDaemon(true);
      return thread;
    });
    ArrayDeque<Future<List<SketchedLine>>> inFlight = new ArrayDeque<>();
    long bytesBefore = 0;
    try {
      for (InputFile file : files) {
        int fileIndex = fold.ledger.fileIndexOf(file.name());
        long before = bytesBefore;
        LongColumn batchLines = new LongColumn();
        IntColumn batchMalformed = new IntColumn();
        List<String> batchTexts = new ArrayList<>();
        long[] lastLine = {0};
        Optional<String> cut = JsonlLines.read(
            file,
            (line, text, malformedAt, bytesRead) -> {
              lastLine[0] = line;
              batchLines.add(line);
              batchMalformed.add(malformedAt);
              batchTexts.add(text);
              if (batchTexts.size() == BATCH_LINES) {
                submit(workers, inFlight, near, file, fileIndex, batchLines, batchMalformed,
                    batchTexts);
                while (inFlight.size() >= threads * BATCHES_PER_THREAD) {
                  fold.apply(take(inFlight));
                }
                progress.update(before + bytesRead, fold.figures.records());
              }
            });
        submit(workers, inFlight, near, file, fileIndex, batchLines, batchMalformed, batchTexts);
        if (cut.isPresent()) {
          while (!inFlight.isEmpty()) {
            fold.apply(take(inFlight));
          }
          fold.findings.fileProblem(
              new SchemaError(file.name(), lastLine[0] + 1, SchemaProblem.TRUNCATED, cut.get()));
        }
        bytesBefore += Files.size(file.path());
      }
      while (!inFlight.isEmpty()) {
        fold.apply(take(inFlight));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      workers.shutdownNow();
      near.close();
    }
    progress.finish(bytesBefore, fold.figures.records());
    return new AuditResult(
        files,
        checks.tokens().name(),
        near.threshold(),
        fold.lines,
        bytesBefore,
        fold.figures,
        fold.metadata,
        fold.findings,
        fold.ledger,
        fold.exactDuplicates,
        fold.nearDuplicates,
        near.coverage(),
        fold.diversity.result(new MinHashSimilarity()));
  }

  private void submit(
      ExecutorService workers,
      ArrayDeque<Future<List<SketchedLine>>> inFlight,
      NearDuplicateIndex near,
      InputFile file,
      int fileIndex,
      LongColumn lines,
      IntColumn malformed,
      List<String> texts) {
    if (texts.isEmpty()) {
      return;
    }
    long[] numbers = lines.toArray();
    int[] malformedAt = malformed.toArray();
    List<String> batch = List.copyOf(texts);
    lines.clear();
    malformed.clear();
    texts.clear();
    inFlight.add(workers.submit(() -> {
      List<SketchedLine> out = new ArrayList<>(batch.size());
      for (int i = 0; i < batch.size(); i++) {
        out.add(malformedAt[i] >= 0
            ? SketchedLine.bad(file, fileIndex, numbers[i], ParsedLine.bad(Optional.empty(),
                List.of(new SchemaError(file.name(), numbers[i], SchemaProblem.INVALID_UTF8,
                    "first bad byte at byte " + (malformedAt[i] + 1) + " of the line"))))
            : sketch(near, file, fileIndex, numbers[i], batch.get(i)));
      }
      return out;
    }));
  }

  private static List<SketchedLine> take(ArrayDeque<Future<List<SketchedLine>>> inFlight) {
    try {
      return inFlight.removeFirst().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while auditing", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("auditing a line failed: " + e.getCause(), e.getCause());
    }
  }

  /** Everything about one line that depends on that line alone. */
  private SketchedLine sketch(
      NearDuplicateIndex near, InputFile file, int fileIndex, long lineNumber, String text) {
    ParsedLine parsed = parser.parse(file.name(), lineNumber, text);
    if (parsed.record().isEmpty()) {
      return SketchedLine.bad(file, fileIndex, lineNumber, parsed);
    }
    ChatRecord record = parsed.record().get();
    int[] turnTokens = new int[record.turns().size()];
    TokenBreakdown tokens;
    if (record.format() == ChatFormat.TEXT) {
      // A document, not a chat: no turns to frame.
      turnTokens[0] = checks.tokens().count(record.turns().get(0).content());
      tokens = new TokenBreakdown(turnTokens[0], 0, 0);
    } else {
      List<org.difficultadvice.budget.ChatFormat.Turn> labelled = new ArrayList<>();
      for (int i = 0; i < turnTokens.length; i++) {
        labelled.add(new org.difficultadvice.budget.ChatFormat.Turn(
            record.labels().get(i), record.turns().get(i).content()));
      }
      tokens = ExampleTokens.of(
          checks.tokens()::count, labelled, record.toolsJson(), turnTokens);
    }
    String normalised = checks.normaliser().normalise(record.transcript());
    return new SketchedLine(
        file,
        fileIndex,
        lineNumber,
        parsed,
        turnTokens,
        tokens,
        checks.flagger().flags(record),
        checks.contamination().overlap(record),
        CONTENT_HASH.hashString(normalised, StandardCharsets.UTF_8).asLong(),
        near.sketch(contentOf(record)));
  }

  /** The state gathered over a dataset, folded in line order. */
  private static final class Fold {
    final NearDuplicateIndex near;
    final DuplicateSink sink;
    final DatasetFigures figures = new DatasetFigures();
    final MetadataFigures metadata = new MetadataFigures();
    final Findings findings = new Findings();
    final RecordLedger ledger = new RecordLedger();
    final FirstIndexByHash firstByHash = new FirstIndexByHash();
    final StoryDiversity.Collector diversity = new StoryDiversity.Collector();
    long lines;
    long exactDuplicates;
    long nearDuplicates;

    Fold(NearDuplicateIndex near, DuplicateSink sink) {
      this.near = near;
      this.sink = sink;
    }

    void apply(List<SketchedLine> batch) {
      batch.forEach(this::apply);
    }

    void apply(SketchedLine sketched) {
      lines++;
      if (sketched.parsed().record().isEmpty()) {
        findings.badLine(sketched.errors());
        return;
      }
      ChatRecord record = sketched.parsed().record().get();
      int[] turnTokens = sketched.turnTokens();
      int recordTokens = (int) Math.min(Integer.MAX_VALUE, sketched.tokens().total());
      figures.add(sketched.file(), record, turnTokens, sketched.tokens());
      int total = recordTokens;
      record.metadata().ifPresent(meta -> metadata.add(meta, turnTokens.length, total));
      String user = record.textOf("user");
      if (!user.isEmpty()) {
        diversity.accept(textField(record, "story", "template"),
            textField(record, "domain").orElse(""), user);
      }
      RecordRef ref = new RecordRef(sketched.file().name(), sketched.line());
      for (ContentFlag flag : sketched.flags()) {
        findings.flagged(ref, flag);
      }
      sketched.overlap().ifPresent(overlap -> findings.contaminated(ref, overlap));

      long hash = sketched.contentHash();
      int index = ledger.add(sketched.fileIndex(), sketched.line(), hash, recordTokens);
      int first = firstByHash.putIfAbsent(hash, index);
      if (first >= 0) {
        exactDuplicates++;
        ledger.markDuplicate(index, first);
        emit(new DuplicateLink(ref, ledger.ref(first), DuplicateKind.EXACT, 1.0));
        return;
      }
      Optional<NearMatch> match;
      try {
        match = near.offer(index, sketched.nearSketch());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (match.isPresent()) {
        nearDuplicates++;
        ledger.markDuplicate(index, match.get().earlier());
        emit(new DuplicateLink(
            ref, ledger.ref(match.get().earlier()), DuplicateKind.NEAR, match.get().similarity()));
      }
    }

    private void emit(DuplicateLink link) {
      try {
        sink.accept(link);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The first of the metadata fields that holds text, if any. */
  private static Optional<String> textField(ChatRecord record, String... names) {
    if (record.metadata().isEmpty()) {
      return Optional.empty();
    }
    for (String name : names) {
      com.fasterxml.jackson.databind.JsonNode value = record.metadata().get().get(name);
      if (value != null && value.isTextual()) {
        return Optional.of(value.asText());
      }
    }
    return Optional.empty();
  }

  /** The turns' text without role labels: what near duplicates compare. */
  private static String contentOf(ChatRecord record) {
    StringBuilder out = new StringBuilder();
    for (Turn turn : record.turns()) {
      out.append(turn.content()).append('\n');
    }
    return out.toString();
  }
}
