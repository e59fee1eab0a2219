package org.difficultadvice.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams {@code duplicates.jsonl}: {@code {"line": n, "duplicate_of": m, "kind":
 * "exact"|"near", "similarity": x}} with 1-based line numbers. When the dataset has more than one
 * file, line numbers are per file and each line also says {@code "file"} and {@code
 * "duplicate_of_file"} (paths relative to the audited directory). Written to a temporary file
 * and moved into place by {@link #publish()}.
 */
public final class DuplicatesJsonl implements DuplicateSink, Closeable {
  private final ObjectMapper json;
  private final boolean namesFiles;
  private final Path target;
  private final Path temp;
  private final BufferedWriter out;
  private boolean published;

  DuplicatesJsonl(ObjectMapper json, Path target, boolean namesFiles) throws IOException {
    this.json = json;
    this.namesFiles = namesFiles;
    this.target = target;
    this.temp = ReportFiles.temporaryFor(target);
    this.out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
  }

  @Override
  public void accept(DuplicateLink link) throws IOException {
    out.write(line(json, link, namesFiles));
    out.write('\n');
  }

  /** One line of the file, without its newline. */
  public static String line(ObjectMapper json, DuplicateLink link, boolean namesFiles)
      throws IOException {
    ObjectNode node = json.createObjectNode();
    node.put("line", link.record().line());
    node.put("duplicate_of", link.duplicateOf().line());
    node.put("kind", link.kind().label());
    node.put("similarity", AuditJson.round(link.similarity()));
    if (namesFiles) {
      node.put("file", link.record().file());
      node.put("duplicate_of_file", link.duplicateOf().file());
    }
    return json.writeValueAsString(node);
  }

  void publish() throws IOException {
    out.close();
    ReportFiles.moveIntoPlace(temp, target);
    published = true;
  }

  @Override
  public void close() throws IOException {
    out.close();
    if (!published) {
      Files.deleteIfExists(temp);
    }
  }
}
