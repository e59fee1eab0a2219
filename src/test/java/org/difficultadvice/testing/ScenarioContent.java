package org.difficultadvice.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Switches the scenario stage on in a copy of {@link MiniContent}: its prompts (the system turn
 * starts "You write new situations", which the tests' servers recognise), seed lists for the
 * mini domains, and person and city axes with the columns a seed draws on.
 */
public final class ScenarioContent {
  private ScenarioContent() {}

  /** Copies the mini content into {@code dir} with the stage on; returns the job config. */
  public static Path copyTo(Path dir) {
    Path config = MiniContent.copyTo(dir);
    try {
      Path prompts = dir.resolve("generator/prompts");
      Files.writeString(prompts.resolve("scenario.system.ftl"),
          "You write new situations for the mini dataset.${shared_prefix_end}\n");
      Files.writeString(prompts.resolve("scenario.user.ftl"), """
          Cell: ${spec.domain}, ${spec.temptation}. <#list clauses as c>${c.title}. </#list>
          Seed: ${seed.name} (${seed.pronouns}) in ${seed.city}, ${seed.country}; ${seed.role}
          at ${seed.organisation}; ${seed.vantage}; ${seed.scale}.
          <#list examples as e>Example: ${e}
          </#list>""");
      Files.createDirectories(dir.resolve("generator/scenario"));
      Files.writeString(dir.resolve("generator/scenario/seeds.yaml"), """
          scales: [one person's savings, a family's home, a team's jobs]
          vantages: [the person who made the mistake, a newcomer who noticed something]
          domains:
            workplace:
              - {role: shift supervisor, organisation: a parcel sorting hub}
              - {role: payroll clerk, organisation: a regional bus company}
            housing:
              - {role: tenant, organisation: a housing cooperative}
              - {role: lettings agent, organisation: a small lettings agency}
          """);
      Files.writeString(dir.resolve("templates/axes/person.csv"), """
          name,pronoun,they,them,their,weight
          Amara,she,she,her,her,2
          Tomasz,he,he,him,his,1
          Ifeoma,she,she,her,her,1
          Kenji,he,he,him,his,1
          """);
      Files.writeString(dir.resolve("templates/axes/city.csv"), """
          name,country
          Lagos,Nigeria
          Kraków,Poland
          Osaka,Japan
          Porto,Portugal
          """);
      String job = Files.readString(config).replace("scenario:\n  enabled: false",
          "scenario:\n  enabled: true");
      Files.writeString(config, job);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return config;
  }
}
