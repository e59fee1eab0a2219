package org.difficultadvice.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.difficultadvice.testing.ScenarioContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioSeedsLoaderTest {
  @TempDir Path dir;
  private ContentLibrary library;
  private Path seeds;

  @BeforeEach
  void setUp() throws Exception {
    Path config = ScenarioContent.copyTo(dir);
    library = new ContentLoader().load(new JobConfigLoader().load(config));
    seeds = dir.resolve("generator/scenario/seeds.yaml");
  }

  @Test
  void readsEveryListOfTheFile() throws Exception {
    ScenarioSeedLists lists = new ScenarioSeedsLoader().load(seeds, library);

    assertEquals(3, lists.scales().size());
    assertEquals(2, lists.settings().get("housing").size());
    assertEquals("a housing cooperative", lists.settings().get("housing").get(0).organisation());
    assertEquals(4, lists.people().size());
  }

  @Test
  void aDomainOutsideTheTaxonomyIsNamedWithItsLine() throws IOException {
    Files.writeString(seeds, Files.readString(seeds)
        + "  farming:\n    - {role: farmer, organisation: a farm}\n");

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new ScenarioSeedsLoader().load(seeds, library));

    Diagnostic problem = e.diagnostics().get(0);
    assertTrue(problem.message().contains("unknown domain 'farming'"), problem.toString());
    assertEquals(10, problem.line(), problem.toString());
  }

  @Test
  void anUnknownKeyIsNamedWithTheKeysAllowed() throws IOException {
    Files.writeString(seeds, Files.readString(seeds).replaceAll("(?s)  housing:.*", "")
        .replace("scales:", "scale_list: [x]\nscales:"));

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new ScenarioSeedsLoader().load(seeds, library));

    assertTrue(e.getMessage().contains("unknown key 'scale_list'"), e.getMessage());
  }

  @Test
  void aDomainOfTheTaxonomyWithoutSettingsIsAnError() throws IOException {
    Files.writeString(seeds, Files.readString(seeds).replaceAll("(?s)  housing:.*", ""));

    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new ScenarioSeedsLoader().load(seeds, library));

    assertTrue(e.getMessage().contains("no settings for domain 'housing'"), e.getMessage());
  }
}
