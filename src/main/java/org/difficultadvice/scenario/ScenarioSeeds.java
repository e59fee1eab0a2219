package org.difficultadvice.scenario;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.difficultadvice.load.AxisRow;
import org.difficultadvice.load.ScenarioSeedLists;
import org.difficultadvice.plan.DilemmaSpec;

/**
 * Draws a spec's seed: a function of the job's seed, the spec and the attempt only, so a
 * replayed run draws the same seeds and a scenario asked again gets different ones.
 */
public final class ScenarioSeeds {
  private final ScenarioSeedLists lists;
  private final long jobSeed;

  public ScenarioSeeds(ScenarioSeedLists lists, long jobSeed) {
    this.lists = lists;
    this.jobSeed = jobSeed;
  }

  public ScenarioSeed draw(DilemmaSpec spec, int attempt) {
    SplittableRandom random = new SplittableRandom(Hashing.sha256().newHasher()
        .putLong(jobSeed)
        .putString(spec.id(), StandardCharsets.UTF_8)
        .putString("scenario-seed", StandardCharsets.UTF_8)
        .putInt(attempt)
        .hash().asLong());
    AxisRow person = pick(lists.people(), random);
    AxisRow city = pick(lists.cities(), random);
    ScenarioSeedLists.Setting setting = pick(lists.settings().get(spec.domain()), random);
    String pronouns = person.values().get("they") + "/" + person.values().get("them") + "/"
        + person.values().get("their");
    return new ScenarioSeed(person.values().get("name"), pronouns,
        city.values().get("name"), city.values().get("country"), setting.role(),
        setting.organisation(), pick(lists.scales(), random), pick(lists.vantages(), random));
  }

  private static <T> T pick(List<T> from, SplittableRandom random) {
    return from.get(random.nextInt(from.size()));
  }
}
