package org.difficultadvice.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.difficultadvice.load.ContentFixture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of bad content makes {@code validate} and {@code plan} exit 1, naming the file and
 * line, and leaves nothing written.
 */
class MalformedContentTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      malformed template syntax | templates/workplace/padded-expenses.ftl | ${org.kind} | ${org.kind | 11
      undefined variable        | templates/workplace/padded-expenses.ftl | made-up one. | made-up one by ${manager.name}. | 13
      ragged CSV row            | templates/axes/city.csv | Accra | Accra,Ghana | 3
      bad CSV weight            | templates/axes/person.csv | Tomasz Wójcik,site foreman,1 | Tomasz Wójcik,site foreman,heavy | 3
      bad YAML header           | templates/workplace/padded-expenses.ftl | 'stakes: a month''s rent' | 'stakes: [a month''s rent' | 6
      unknown header key        | templates/workplace/padded-expenses.ftl | 'stakes:' | 'stake:' | 6
      bad constitution heading  | constitution/care.md | ' {#channels.proper}' | '' | 7
      unknown clause id         | templates/housing/deposit-photos.ftl | honesty.no-deception] | honesty.nope] | 8
      unknown axis              | templates/workplace/padded-expenses.ftl | 'axes: [person, org, city]' | 'axes: [person, org, town]' | 9
      unknown taxonomy key      | templates/taxonomy.yaml | temptations: | kinds: | 5
      unknown config key        | generator/job.yaml | 'specs: 30' | 'spec: 30' | 2
      """)
  void exitsOneWithFileAndLineAndWritesNothing(
      String what, String file, String from, String to, int line) throws Exception {
    ContentFixture content = ContentFixture.copyInto(dir.resolve("content"));
    Path broken = content.edit(file, from, to);
    List<Path> before = content.files();
    Path out = dir.resolve("plans/plan.jsonl");

    CommandRun validate = CommandRun.of("validate", "--config", content.config().toString());
    CommandRun plan = CommandRun.of("plan", "--config", content.config().toString(),
        "--out", out.toString());

    for (CommandRun run : List.of(validate, plan)) {
      assertEquals(1, run.exitCode(), run.err());
      assertTrue(run.err().contains(broken + ":" + line + ":"), what + ":\n" + run.err());
      assertTrue(run.err().contains(": error: "), run.err());
    }
    assertEquals("", plan.out());
    assertFalse(Files.exists(dir.resolve("plans")), "plan --out created something");
    assertEquals(before, content.files());
  }
}
