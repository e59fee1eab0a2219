package org.difficultadvice.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens {@code audit.html} in headless Chromium (Debian's {@code chromium}): the charts render,
 * the page logs nothing to the console (no script errors, no blocked fetches) and a screenshot
 * is taken (copied to {@code target/audit-screenshot.png} for a person to look at). Skipped,
 * saying so, only where Chromium is not installed.
 */
class AuditHtmlInChromiumTest {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @TempDir static Path dir;
  private static Path html;

  @BeforeAll
  static void auditASmallDatasetWithEveryKindOfFinding() throws IOException {
    List<String> lines = new ArrayList<>();
    String[] domains = {"finance", "medicine", "housing"};
    for (int i = 0; i < 30; i++) {
      ObjectNode meta = Chats.JSON.createObjectNode()
          .put("domain", domains[i % 3]).put("temptation", i % 2 == 0 ? "fraud" : "cover-up");
      meta.putArray("clauses").add("honesty.no-deception");
      meta.putObject("judge_scores").put("explains_why", 3 + i % 3);
      lines.add(Chats.openaiWithMetadata("question number " + i + " about " + "money ".repeat(i),
          "a considered answer ".repeat(5 + i), meta));
    }
    lines.add(lines.get(3));
    lines.add("{\"messages\": [");
    ObjectNode hostile = Chats.JSON.createObjectNode().put("domain", "</svg><script>alert(1)</script>");
    lines.add(Chats.openaiWithMetadata("<b>bold</b> & \"quoted\"", "fine", hostile));
    Path file = Chats.write(dir.resolve("data.jsonl"), lines);
    Path older = Chats.write(dir.resolve("older.jsonl"), lines.subList(10, 20));
    AuditRequest request = new AuditRequest(file.toString(), DatasetFiles.resolve(file),
        Optional.empty(), dir.resolve("out"), Optional.of(DatasetFiles.resolve(older)),
        older.toString(), Optional.empty());
    new DatasetAudit(Chats.JSON, Chats.realChecks(), 2).run(request, ProgressMeter.silent());
    html = dir.resolve("out/audit.html");
  }

  private static Optional<Path> chromium() {
    for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        Path candidate = Path.of(dirName, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** Runs headless Chromium on the report; returns {stdout, stderr}. */
  private static String[] open(String... extra) throws IOException, InterruptedException {
    Optional<Path> chromium = chromium();
    assumeTrue(chromium.isPresent(),
        "chromium is not installed (Debian: apt-get install -y chromium); HTML rendering not checked");
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> command = new ArrayList<>(List.of(chromium.get().toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
        "--window-size=1280,2400"));
    command.addAll(Arrays.asList(extra));
    command.add(html.toUri().toString());
    Path stdout = dir.resolve("chromium.out");
    Path stderr = dir.resolve("chromium.err");
    Process process = new ProcessBuilder(command)
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish in 90 s");
    }
    assertEquals(0, process.exitValue(), Files.readString(stderr, StandardCharsets.UTF_8));
    return new String[] {Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8)};
  }

  private static List<String> consoleMessages(String stderr) {
    return stderr.lines().filter(line -> line.contains(":CONSOLE")).toList();
  }

  @Test
  void rendersEveryChartWithoutConsoleMessages() throws Exception {
    String[] result = open("--dump-dom");
    String dom = result[0];
    assertEquals(List.of(), consoleMessages(result[1]), "the page logs nothing to the console");
    // user, assistant and whole-record histograms, clusters, domain/temptation/clause, judge.
    assertEquals(8, count(dom, "<svg class=\"chart\""), "charts in the rendered page");
    assertTrue(count(dom, "<rect class=\"bar\"") > 30, "bars drawn");
    assertEquals(0, count(dom, "<script"), "dataset text stayed text");
    assertTrue(dom.contains("&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;"),
        "hostile metadata is shown as text");
    assertTrue(dom.contains("Schema errors") && dom.contains("not json"));
    assertTrue(dom.contains("Compared with"), "the comparison with the older release is shown");
  }

  @Test
  void takesAScreenshot() throws Exception {
    Path screenshot = dir.resolve("audit.png");
    String[] result = open("--screenshot=" + screenshot);
    assertEquals(List.of(), consoleMessages(result[1]));
    byte[] png = Files.readAllBytes(screenshot);
    assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8), "a PNG");
    assertTrue(png.length > 20_000, "a page with content, not a blank one: " + png.length + " bytes");
    Path kept = Path.of("target", "audit-screenshot.png");
    Files.createDirectories(kept.getParent());
    Files.copy(screenshot, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static int count(String text, String needle) {
    Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
