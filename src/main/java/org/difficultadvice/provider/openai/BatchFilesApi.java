package org.difficultadvice.provider.openai;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.difficultadvice.provider.BatchApi;
import org.difficultadvice.provider.BatchRowResult;
import org.difficultadvice.provider.BatchStatus;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.ProviderException;

/**
 * Batches as files in a folder, for a cluster with no HTTP endpoint: each batch's rows are
 * written as {@code KEY.input.jsonl} in OpenAI's batch format, which vLLM's {@code run-batch}
 * reads ({@code python -m vllm.entrypoints.openai.run_batch -i KEY.input.jsonl -o
 * KEY.output.jsonl --model M}); a batch ends when {@code KEY.output.jsonl} appears beside it.
 */
public final class BatchFilesApi implements BatchApi {
  static final String INPUT = ".input.jsonl";
  static final String OUTPUT = ".output.jsonl";

  private final Path dir;
  private final OpenAiBatchRows rows;

  public BatchFilesApi(Path dir, OpenAiProvider chat) {
    this.dir = dir;
    this.rows = new OpenAiBatchRows(chat);
  }

  @Override
  public String name() {
    return "files";
  }

  @Override
  public int maxRows() {
    return 50_000;
  }

  @Override
  public long maxBytes() {
    return 200L * 1000 * 1000;
  }

  @Override
  public String row(String customId, ChatRequest request) {
    return rows.row(customId, request);
  }

  @Override
  public Optional<String> upload(String key, List<String> lines) throws ProviderException {
    Path file = dir.resolve(key + INPUT);
    try {
      Files.createDirectories(dir);
      Path partial = dir.resolve(key + INPUT + ".partial");
      Files.write(partial, lines, StandardCharsets.UTF_8);
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new ProviderException("cannot write the batch file " + file + ": " + e.getMessage(),
          0, false);
    }
    return Optional.of(file.getFileName().toString());
  }

  @Override
  public String create(String key, Optional<String> inputRef, List<String> lines) {
    return key;
  }

  @Override
  public Optional<String> findCreated(String key, Optional<String> inputRef, int rowCount,
      Instant notBefore, Set<String> known) {
    return Files.exists(dir.resolve(key + INPUT)) ? Optional.of(key) : Optional.empty();
  }

  @Override
  public BatchStatus retrieve(String remoteId) {
    Path output = dir.resolve(remoteId + OUTPUT);
    boolean ended = Files.isRegularFile(output);
    return new BatchStatus(remoteId,
        ended ? "output found" : "waiting for " + output, ended, 0, 0, 0,
        ended ? List.of(output.getFileName().toString()) : List.of());
  }

  @Override
  public void results(BatchStatus status, Consumer<BatchRowResult> each)
      throws ProviderException {
    for (String name : status.resultRefs()) {
      Path file = dir.resolve(name);
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (!line.isBlank()) {
            rows.read(line).ifPresent(each);
          }
        }
      } catch (IOException e) {
        throw new ProviderException("cannot read the batch output " + file + ": "
            + e.getMessage(), 0, true);
      }
    }
  }

  @Override
  public void cancel(String remoteId) {
    // Nothing runs on our behalf: a file nobody has picked up costs nothing.
  }

  @Override
  public Completion decode(String body, ChatRequest request) throws ProviderException {
    return rows.decode(body, request);
  }
}
