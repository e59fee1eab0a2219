package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;
import org.difficultadvice.testing.MiniContent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, "the run directory ignores edited content": a template, axis table, taxonomy,
 * clause or prompt edited after a run started was silently ignored (the stored plan was
 * reused). Such a run is now refused, naming the file; content that acts only after the calls
 * (the augmentation pools) may still change.
 */
class EditedContentTest {
  @TempDir Path dir;
  private final MockWebServer server = new MockWebServer();
  private final FakeModelApi api = new FakeModelApi(FakeModelApi.Api.OPENAI);
  private StringWriter err = new StringWriter();
  private Path config;

  @BeforeEach
  void start() throws IOException {
    config = MiniContent.copyTo(dir);
    server.setDispatcher(api);
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private int generate() {
    err = new StringWriter();
    return Main.commandLine(new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true), Map.of("OPENAI_API_KEY", "sk-test"))
        .execute("generate", "--config", config.toString(), "--run-dir",
            dir.resolve("run").toString(), "--concurrency", "4", "--base-url",
            server.url("/v1").toString());
  }

  @Test
  void aRunRefusesEditedContentNamingTheFile() throws IOException {
    assertEquals(0, generate(), err.toString());
    int calls = api.exchanges.size();
    List<Edit> edits = List.of(
        new Edit("templates/housing/deposit.ftl", "<#-- reworded -->\n",
            "templates/housing/deposit.ftl: edited since this run started"),
        new Edit("templates/axes/city.csv", "Quito\n",
            "templates/axes/city.csv: edited since this run started"),
        new Edit("templates/taxonomy.yaml", "# reordered\n",
            "templates/taxonomy.yaml: edited since this run started"),
        new Edit("constitution/honesty.md", "Even when nobody asks.\n",
            "constitution/honesty.md: edited since this run started"),
        new Edit("generator/prompts/revise.user.ftl", "Be brief.\n",
            "prompts/revise.user.ftl: edited since this run started"));
    for (Edit edit : edits) {
      Path file = dir.resolve(edit.file);
      String original = Files.readString(file);
      Files.writeString(file, original + edit.appended);

      assertEquals(1, generate(), edit.file + ": " + err);
      assertTrue(err.toString().contains(edit.message), edit.file + ": " + err);

      Files.writeString(file, original);
    }
    Path added = dir.resolve("templates/housing/deposit-again.ftl");
    Files.writeString(added, Files.readString(dir.resolve("templates/housing/deposit.ftl"))
        .replace("id: housing.deposit", "id: housing.deposit-again"));
    assertEquals(1, generate(), err.toString());
    assertTrue(err.toString().contains(
        "templates/housing/deposit-again.ftl: added since this run started"), err.toString());
    Files.delete(added);

    assertEquals(0, generate(), "restored content resumes: " + err);
    assertEquals(calls, api.exchanges.size(), "no call was sent again");
  }

  @Test
  void editedAugmentationPoolsStillReExportWithoutACall() throws IOException {
    assertEquals(0, generate(), err.toString());
    int calls = api.exchanges.size();
    Path pool = dir.resolve("generator/pools/system-prompts.jsonl");
    Files.writeString(pool, Files.readString(pool)
        + "{\"id\":\"extra\",\"text\":\"A patient librarian.\"}\n");

    assertEquals(0, generate(), err.toString());
    assertEquals(calls, api.exchanges.size());
  }

  private record Edit(String file, String appended, String message) {}
}
