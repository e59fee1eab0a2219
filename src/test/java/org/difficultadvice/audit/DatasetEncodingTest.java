package org.difficultadvice.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.difficultadvice.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regressions of issue 15: what the bytes of a dataset file can do to an audit. */
class DatasetEncodingTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int audit(Path file) {
    return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute("audit", file.toString(), "--out", dir.resolve("out").toString(),
            "--threads", "1");
  }

  private JsonNode report() throws IOException {
    return Chats.read(Files.readString(dir.resolve("out/audit.json")));
  }

  private static byte[] lines(String... lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** A UTF-8 byte order mark made line 1 invalid JSON. */
  @Test
  void acceptsAByteOrderMarkBeforeLineOne() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write(lines(Chats.openai("first question", "first answer"),
        Chats.openai("second question", "second answer")));
    Path file = Files.write(dir.resolve("bom.jsonl"), bytes.toByteArray());

    assertEquals(0, audit(file));

    assertEquals(2, report().get("records").asLong());
    assertEquals(0, report().get("bad_lines").asLong());
  }

  /** Invalid UTF-8 became replacement characters and passed without a word. */
  @Test
  void reportsALineThatIsNotUtf8WithItsFileAndLine() throws IOException {
    byte[] good = lines(Chats.openai("a question", "an answer"));
    byte[] latin1 = (Chats.openai("caf\u00e9 question", "an answer") + "\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(good);
    bytes.write(latin1);
    bytes.write(lines(Chats.openai("third question", "third answer")));
    Path file = Files.write(dir.resolve("mixed.jsonl"), bytes.toByteArray());

    assertEquals(0, audit(file));

    JsonNode errors = report().path("schema_errors");
    assertEquals(2, report().get("records").asLong());
    assertEquals(1, errors.path("by_problem").path("invalid_utf8").asLong());
    JsonNode error = errors.path("errors").get(0);
    assertEquals("mixed.jsonl", error.path("file").asText());
    assertEquals(2, error.path("line").asLong());
    assertTrue(error.path("message").asText().startsWith(
        "mixed.jsonl:2: error: not valid UTF-8 (first bad byte at byte 43 of the line)"),
        error.path("message").asText());
  }

  /** A truncated .gz failed the audit with "Unexpected end of ZLIB input stream", no file, no report. */
  @Test
  void auditsWhatATruncatedGzipHeldAndNamesTheFile() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      text.append(Chats.openai("question number " + i + " about a lease", "answer " + i))
          .append('\n');
    }
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (OutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = zipped.toByteArray();
    Path file = Files.write(dir.resolve("train.jsonl.gz"),
        Arrays.copyOf(whole, whole.length / 2));

    assertEquals(0, audit(file));

    JsonNode report = report();
    long records = report.get("records").asLong();
    assertTrue(records > 100 && records < 2_000, "records " + records);
    assertEquals(1, report.path("schema_errors").path("by_problem").path("truncated").asLong());
    String problem = report.path("schema_errors").path("file_problems").get(0).asText();
    assertTrue(problem.startsWith("train.jsonl.gz:" + (records + 1)
        + ": error: the file ends early (the gzip data ends early after " + records
        + " complete lines"), problem);
    assertTrue(out.toString().contains("warning: train.jsonl.gz:"), out.toString());
  }

  @Test
  void plainFileWithoutAFinalLineBreakKeepsItsLastLine() throws IOException {
    Path file = Files.writeString(dir.resolve("d.jsonl"),
        Chats.openai("q one", "a one") + "\r\n" + Chats.openai("q two", "a two"));

    assertEquals(0, audit(file));

    assertEquals(2, report().get("records").asLong());
    assertEquals(List.of(), List.copyOf(report().path("schema_errors").path("file_problems")
        .findValuesAsText("x")));
  }
}
