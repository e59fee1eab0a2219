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
      malformed template syntax | templates/workplace/padded-expenses.ftl | ${org.kind} | ${org.kind | 11 | |
      undefined variable        | templates/workplace/padded-expenses.ftl | made-up one. | made-up one by ${manager.name}. | 13 | |
      ragged CSV row            | templates/axes/city.csv | Accra | Accra,Ghana | 3 | |
      bad CSV weight            | templates/axes/person.csv | Tomasz Wójcik,site foreman,1 | Tomasz Wójcik,site foreman,heavy | 3 | |
      bad YAML header           | templates/workplace/padded-expenses.ftl | 'stakes: a month''s rent' | 'stakes: a month: rent' | 6 | |
      unknown header key        | templates/workplace/padded-expenses.ftl | 'stakes:' | 'stake:' | 6 | |
      bad constitution heading  | constitution/care.md | ' {#channels.proper}' | '' | 7 | |
      unknown clause id         | templates/housing/deposit-photos.ftl | honesty.no-deception] | honesty.nope] | 8 | |
      unknown axis              | templates/workplace/padded-expenses.ftl | 'axes: [person, org, city]' | 'axes: [person, org, town]' | 9 | ${city.name} | ${town.name}
      axis the body never uses  | templates/workplace/padded-expenses.ftl | 'axes: [person, org, city]' | 'axes: [person, org, city, detail]' | 9 | |
      unknown taxonomy key      | templates/taxonomy.yaml | temptations: | kinds: | 5 | |
      unknown config key        | generator/job.yaml | 'specs: 30' | 'spec: 30' | 2 | |
      """)
  void exitsOneWithFileAndLineAndWritesNothing(
      String what, String file, String from, String to, int line, String alsoFrom,
      String alsoTo) throws Exception {
    ContentFixture content = ContentFixture.copyInto(dir.resolve("content"));
    Path broken = content.edit(file, from, to);
    if (alsoFrom != null) {
      content.edit(file, alsoFrom, alsoTo);
    }
    List<Path> before = content.files();
    Path out = dir.resolve("plans/plan.jsonl");

    CommandRun validate = CommandRun.of("validate", "--config", content.config().toString());
    CommandRun plan = CommandRun.of("plan", "--config", content.config().toString(),
        "--out", out.toString());

    for (CommandRun run : List.of(validate, plan)) {
      assertEquals(1, run.exitCode(), run.err());
      assertTrue(run.err().contains(broken + ":" + line + ":"), what + ":\n" + run.err());
      assertTrue(run.err().contains(": error: "), run.err());
      assertTrue(run.err().contains(expectedMessage(what)), what + ":\n" + run.err());
    }
    assertEquals("", plan.out());
    assertFalse(Files.exists(dir.resolve("plans")), "plan --out created something");
    assertEquals(before, content.files());
  }

  /** A word of the message each case must produce, so a case cannot pass on another error. */
  private static String expectedMessage(String what) {
    return switch (what) {
      case "malformed template syntax" -> "template syntax";
      case "undefined variable" -> "undefined variable 'manager'";
      case "ragged CSV row" -> "row has 2 values";
      case "bad CSV weight" -> "weight 'heavy'";
      case "bad YAML header" -> "not valid YAML";
      case "unknown header key" -> "unknown key 'stake'";
      case "bad constitution heading" -> "has no id";
      case "unknown clause id" -> "unknown clause id 'honesty.nope'";
      case "unknown axis" -> "unknown axis 'town'";
      case "axis the body never uses" -> "never uses";
      case "unknown taxonomy key" -> "unknown key 'kinds'";
      case "unknown config key" -> "unknown key 'spec'";
      default -> throw new IllegalArgumentException(what);
    };
  }
}
