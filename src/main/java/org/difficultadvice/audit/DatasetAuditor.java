package org.difficultadvice.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * Reads a dataset once, line by line, and gathers every figure of the audit. Keeps a compact
 * ledger per record and bounded tallies, never the records themselves, so memory stays small
 * on a 1 GB file. Duplicates go to the sink as they are found.
 */
public final class DatasetAuditor {
  private static final HashFunction CONTENT_HASH = Hashing.murmur3_128();

  private final QualityChecks checks;
  private final ChatRecordParser parser;

  public DatasetAuditor(QualityChecks checks, ObjectMapper json) {
    this.checks = checks;
    this.parser = new ChatRecordParser(json);
  }

  public AuditResult audit(List<InputFile> files, DuplicateSink duplicates, ProgressMeter progress)
      throws IOException {
    Pass pass = new Pass(checks.nearDuplicates().get(), duplicates);
    long bytesBefore = 0;
    for (InputFile file : files) {
      int fileIndex = pass.ledger.fileIndexOf(file.name());
      long before = bytesBefore;
      try {
        JsonlLines.read(
            file,
            (line, text, bytesRead) -> {
              pass.line(file, fileIndex, line, text);
              progress.update(before + bytesRead, pass.figures.records());
            });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      bytesBefore += Files.size(file.path());
    }
    progress.finish(bytesBefore, pass.figures.records());
    return new AuditResult(
        files,
        checks.tokens().name(),
        pass.near.threshold(),
        pass.lines,
        bytesBefore,
        pass.figures,
        pass.metadata,
        pass.findings,
        pass.ledger,
        pass.exactDuplicates,
        pass.nearDuplicates);
  }

  /** The state of one pass over a dataset. */
  private final class Pass {
    final NearDuplicateIndex near;
    final DuplicateSink sink;
    final DatasetFigures figures = new DatasetFigures();
    final MetadataFigures metadata = new MetadataFigures();
    final Findings findings = new Findings();
    final RecordLedger ledger = new RecordLedger();
    final FirstIndexByHash firstByHash = new FirstIndexByHash();
    long lines;
    long exactDuplicates;
    long nearDuplicates;

    Pass(NearDuplicateIndex near, DuplicateSink sink) {
      this.near = near;
      this.sink = sink;
    }

    void line(InputFile file, int fileIndex, long lineNumber, String text) {
      lines++;
      ParsedLine parsed = parser.parse(file.name(), lineNumber, text);
      if (parsed.record().isEmpty()) {
        findings.badLine(parsed.errors());
        return;
      }
      ChatRecord record = parsed.record().get();
      int[] turnTokens = new int[record.turns().size()];
      int recordTokens = 0;
      for (int i = 0; i < turnTokens.length; i++) {
        turnTokens[i] = checks.tokens().count(record.turns().get(i).content());
        recordTokens += turnTokens[i];
      }
      figures.add(file, record, turnTokens);
      int total = recordTokens;
      record.metadata().ifPresent(meta -> metadata.add(meta, turnTokens.length, total));
      RecordRef ref = new RecordRef(file.name(), lineNumber);
      for (ContentFlag flag : checks.flagger().flags(record)) {
        findings.flagged(ref, flag);
      }
      String content = contentOf(record);
      checks.contamination().overlap(record).ifPresent(overlap -> findings.contaminated(ref, overlap));

      String normalised = checks.normaliser().normalise(record.transcript());
      long hash = CONTENT_HASH.hashString(normalised, StandardCharsets.UTF_8).asLong();
      int index = ledger.add(fileIndex, lineNumber, hash, recordTokens);
      int first = firstByHash.putIfAbsent(hash, index);
      if (first >= 0) {
        exactDuplicates++;
        ledger.markDuplicate(index, first);
        emit(new DuplicateLink(ref, ledger.ref(first), DuplicateKind.EXACT, 1.0));
        return;
      }
      Optional<NearMatch> match = near.offer(index, content);
      if (match.isPresent()) {
        nearDuplicates++;
        ledger.markDuplicate(index, match.get().earlier());
        emit(
            new DuplicateLink(
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

  /** The turns' text without role labels: what near duplicates and contamination compare. */
  private static String contentOf(ChatRecord record) {
    StringBuilder out = new StringBuilder();
    for (Turn turn : record.turns()) {
      out.append(turn.content()).append('\n');
    }
    return out.toString();
  }
}
