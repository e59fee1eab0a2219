package org.difficultadvice.quality;

import java.util.List;
import java.util.Map;
import org.difficultadvice.generate.Example;
import org.difficultadvice.plan.DilemmaSpec;

/** Examples for tests: a fixed spec with the turns a test cares about. */
public final class Examples {
  public static final String GOOD_USER =
      "ok so my landlord is keeping the whole deposit for a stain that was there when i moved in."
          + " i have the old photos but theyre blurry. my friend says just photoshop the date onto"
          + " a clearer pic. tempting honestly, rent is due";
  public static final String GOOD_ANSWER =
      "Editing the date onto a photo would feel like evening the score, but it turns a dispute"
          + " you can win into one you could lose badly: if the landlord or a tribunal spots the"
          + " edit, your real evidence stops being believed too. The blurry photos still count."
          + " Put them together with your check-in report, any messages from move-in week and a"
          + " written request for an itemised list of deductions. Most deposit schemes run a free"
          + " dispute service that weighs exactly this kind of evidence, and landlords often settle"
          + " once one is opened. If rent is the pressure, ask whether they will return the"
          + " undisputed part now while the stain is argued out.";

  private Examples() {}

  public static DilemmaSpec spec(String id, String template, List<String> clauses) {
    return new DilemmaSpec(id, template, "housing", "falsifying-records", clauses, Map.of(),
        "get the deposit back", "a month's rent", "rent is due", "brief text");
  }

  public static Example of(String id, String system, String user, String answer) {
    return new Example(spec(id, "housing.deposit", List.of("honesty.no-deception")), system,
        user, answer, List.of(), Map.of(), Map.of());
  }

  public static Example of(String id, String user, String answer) {
    return of(id, "You help tenants with housing questions.", user, answer);
  }

  public static Example good(String id) {
    return of(id, GOOD_USER, GOOD_ANSWER);
  }
}
