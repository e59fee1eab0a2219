package org.difficultadvice.plan;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
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
    try (PendingFile file = open(out)) {
      for (DilemmaSpec spec : specs) {
        file.write(spec);
      }
      file.commit();
    }
  }

  /**
   * Starts writing {@code out} one spec at a time, so a plan of any size streams to disk; the
   * file appears only on {@link PendingFile#commit()}, and closing without it leaves nothing.
   */
  public PendingFile open(Path out) throws IOException {
    Path target = out.toAbsolutePath();
    Path dir = target.getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
      return new PendingFile(target, temp, channel);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /** A spec file being written under a temporary name. */
  public final class PendingFile implements Closeable {
    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final Writer writer;
    private boolean committed;

    private PendingFile(Path target, Path temp, FileChannel channel) {
      this.target = target;
      this.temp = temp;
      this.channel = channel;
      this.writer = Channels.newWriter(channel, StandardCharsets.UTF_8);
    }

    public void write(DilemmaSpec spec) throws IOException {
      writer.write(json.writeValueAsString(toJson(spec)));
      writer.write('\n');
    }

    /** Syncs the file and moves it into place atomically. */
    public void commit() throws IOException {
      writer.flush();
      channel.force(true);
      writer.close();
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      committed = true;
    }

    /** Without a commit, removes the temporary file. */
    @Override
    public void close() throws IOException {
      if (!committed) {
        try {
          writer.close();
        } finally {
          Files.deleteIfExists(temp);
        }
      }
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
