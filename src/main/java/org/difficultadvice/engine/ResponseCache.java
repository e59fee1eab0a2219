package org.difficultadvice.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.FinishReason;
import org.difficultadvice.provider.Usage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers shared across runs: one JSON file per canonical request hash under {@code
 * DIR/ab/abcdef....json}. A file is written beside its place and moved in atomically, so
 * concurrent runs and kills never leave a half-written answer; an unreadable file is a miss.
 */
public final class ResponseCache {
  private static final Logger log = LoggerFactory.getLogger(ResponseCache.class);

  private final Path dir;
  private final ObjectMapper json = new ObjectMapper();

  public ResponseCache(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
  }

  private Path fileOf(String hash) {
    return dir.resolve(hash.substring(0, 2)).resolve(hash + ".json");
  }

  public Optional<Completion> get(String hash) {
    Path file = fileOf(hash);
    try {
      ObjectNode node = (ObjectNode) json.readTree(file.toFile());
      return Optional.of(new Completion(node.get("text").asText(),
          FinishReason.valueOf(node.get("finish_reason").asText()),
          // Entries written before cache and reasoning counts were kept read as zero.
          new Usage(node.get("input_tokens").asLong(), node.get("output_tokens").asLong(),
              node.path("cached_input_tokens").asLong(0), node.path("cache_write_tokens").asLong(0),
              node.path("reasoning_tokens").asLong(0)),
          node.get("model").asText(), node.get("request_id").asText()));
    } catch (NoSuchFileException | java.io.FileNotFoundException missing) {
      return Optional.empty();
    } catch (IOException | RuntimeException unreadable) {
      log.warn("ignoring unreadable cache entry {}: {}", file, unreadable.toString());
      return Optional.empty();
    }
  }

  public void put(String hash, Completion completion) throws IOException {
    ObjectNode node = json.createObjectNode();
    node.put("text", completion.text());
    node.put("finish_reason", completion.finishReason().name());
    node.put("input_tokens", completion.usage().inputTokens());
    node.put("output_tokens", completion.usage().outputTokens());
    node.put("cached_input_tokens", completion.usage().cachedInputTokens());
    node.put("cache_write_tokens", completion.usage().cacheWriteTokens());
    node.put("reasoning_tokens", completion.usage().reasoningTokens());
    node.put("model", completion.model());
    node.put("request_id", completion.requestId());
    Path file = fileOf(hash);
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), hash, ".tmp");
    try {
      json.writeValue(temp.toFile(), node);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
