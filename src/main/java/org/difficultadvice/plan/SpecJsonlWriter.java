package org.difficultadvice.plan;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes specs as JSON Lines, one object per spec. The file appears whole or not at all: it is
 * written to a temporary file beside it, synced, then moved into place atomically.
 */
public final class SpecJsonlWriter {
  private final ObjectMapper json =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  public void write(List<DilemmaSpec> specs, Path out) throws IOException {
    Path target = out.toAbsolutePath();
    Path dir = target.getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          Writer writer = Channels.newWriter(channel, StandardCharsets.UTF_8)) {
        for (DilemmaSpec spec : specs) {
          writer.write(json.writeValueAsString(toJson(spec)));
          writer.write('\n');
        }
        writer.flush();
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /** The fields in the documented order, so files diff well. */
  ObjectNode toJson(DilemmaSpec spec) {
    ObjectNode node = json.createObjectNode();
    node.put("id", spec.id());
    node.put("template", spec.template());
    node.put("domain", spec.domain());
    node.put("temptation", spec.temptation());
    spec.clauses().forEach(node.putArray("clauses")::add);
    ObjectNode bindings = node.putObject("bindings");
    spec.bindings().forEach(bindings::put);
    node.put("goal", spec.goal());
    node.put("stakes", spec.stakes());
    node.put("pressure", spec.pressure());
    node.put("brief", spec.brief());
    return node;
  }
}
