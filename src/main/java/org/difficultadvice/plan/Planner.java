package org.difficultadvice.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;
import org.difficultadvice.load.ContentLibrary;
import org.difficultadvice.load.DilemmaTemplate;
import org.difficultadvice.load.InvalidInputException;

/**
 * Draws dilemma specs from a content library: deterministic for a seed, spread evenly across
 * domains (each gets its fair share; when some domain runs out of distinct combinations or of
 * templates below the per-template cap, the others make up the difference, none going above
 * twice its fair share), and within a domain across its templates in equal turns, interleaving
 * temptation kinds.
 */
public final class Planner implements SpecPlanner {
  private final ContentLibrary library;
  private final BriefRenderer renderer;

  public Planner(ContentLibrary library, BriefRenderer renderer) {
    this.library = library;
    this.renderer = renderer;
  }

  public Planner(ContentLibrary library) {
    this(library, new BriefRenderer());
  }

  /**
   * Plans up to {@code count} specs with distinct ids, in a fixed order that interleaves
   * domains. Fewer come back only when the axes cannot give more within the bound.
   *
   * @throws InvalidInputException when a template fails to render for a drawn row
   */
  public Plan plan(int count, long seed) throws InvalidInputException {
    List<DilemmaSpec> specs = new ArrayList<>();
    plan(count, seed, specs::add);
    return new Plan(specs, count);
  }

  /**
   * Plans as {@link #plan(int, long)} does, handing each spec to {@code sink} as it is drawn
   * instead of keeping it: only the ids stay, 16 to 32 bytes a spec in {@link SpecIdSet}.
   */
  public PlanSummary plan(int count, long seed, Consumer<DilemmaSpec> sink)
      throws InvalidInputException {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    List<DomainRotation> domains = rotations();
    PlanSummary.Counter counter = new PlanSummary.Counter();
    Drawn specs = new Drawn(spec -> {
      counter.count(spec);
      sink.accept(spec);
    });
    if (domains.isEmpty() || count == 0) {
      return counter.summary(count);
    }
    Set<String> taken = new SpecIdSet();
    int fairShare = count / domains.size();
    int remainder = count % domains.size();
    int perTemplate = templateCap(count, domains.stream().mapToInt(DomainRotation::templates).sum());
    // Round 1: each domain its fair share (the first `remainder` domains one more).
    fill(domains, specs, count, seed, taken, d -> fairShare + (d < remainder ? 1 : 0),
        perTemplate);
    // Round 2: domains with room make up for those that ran out, up to twice the fair share.
    int cap = Math.max(fairShare + (remainder > 0 ? 1 : 0), (int) (2L * count / domains.size()));
    fill(domains, specs, count, seed, taken, d -> cap, perTemplate);
    // Round 3: only when templates used up leave the plan short, the others may pass the cap.
    fill(domains, specs, count, seed, taken, d -> cap, Integer.MAX_VALUE);
    return counter.summary(count);
  }

  /**
   * The most specs one template gives while others still have room: the library-wide mean
   * plus 10%, so a domain with fewer templates than most does not tell each of its stories
   * far more often than the rest (at 220 templates and 7,000 specs: 35).
   */
  static int templateCap(int count, int templates) {
    if (templates == 0) {
      return 0;
    }
    int even = (int) ((count + (long) templates - 1) / templates);
    return Math.max(even, (int) (count * 1.1 / templates));
  }

  /** Takes one spec from each domain in turn until every domain reaches its quota or runs out. */
  private void fill(List<DomainRotation> domains, Drawn specs, int count, long seed,
      Set<String> taken, IntUnaryOperator quota, int perTemplate)
      throws InvalidInputException {
    boolean progressed = true;
    while (progressed && specs.size() < count) {
      progressed = false;
      for (int d = 0; d < domains.size() && specs.size() < count; d++) {
        DomainRotation domain = domains.get(d);
        if (domain.count() >= quota.applyAsInt(d) || !domain.hasRoom(perTemplate)) {
          continue;
        }
        DilemmaSpec spec = domain.next(seed, taken, renderer, perTemplate);
        if (spec != null) {
          specs.add(spec);
          progressed = true;
        }
      }
    }
  }

  /** The specs drawn so far: how many, and where each went. */
  private static final class Drawn {
    private final Consumer<DilemmaSpec> sink;
    private int size;

    Drawn(Consumer<DilemmaSpec> sink) {
      this.sink = sink;
    }

    void add(DilemmaSpec spec) {
      sink.accept(spec);
      size++;
    }

    int size() {
      return size;
    }
  }

  /** One rotation per domain that has templates, in the taxonomy's order. */
  private List<DomainRotation> rotations() {
    Map<String, WeightedRowSampler> samplers = new HashMap<>();
    library.axes().forEach((name, table) -> samplers.put(name, new WeightedRowSampler(table)));
    List<DomainRotation> rotations = new ArrayList<>();
    for (String domain : library.taxonomy().domains().keySet()) {
      Map<String, List<TemplateDraws>> byKind = new LinkedHashMap<>();
      for (String kind : library.taxonomy().temptations().keySet()) {
        List<TemplateDraws> draws = new ArrayList<>();
        for (DilemmaTemplate template : library.templates()) {
          if (template.domain().equals(domain) && template.temptation().equals(kind)) {
            draws.add(new TemplateDraws(template, samplers, library.axes()));
          }
        }
        if (!draws.isEmpty()) {
          byKind.put(kind, draws);
        }
      }
      if (!byKind.isEmpty()) {
        rotations.add(new DomainRotation(domain, new ArrayList<>(byKind.values())));
      }
    }
    return rotations;
  }
}
