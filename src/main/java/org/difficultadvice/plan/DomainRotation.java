package org.difficultadvice.plan;

import java.util.List;
import java.util.Set;
import org.difficultadvice.load.InvalidInputException;

/**
 * Draws the specs of one domain in turn across its temptation kinds and, within a kind, across
 * its templates, skipping templates that are used up.
 */
final class DomainRotation {
  private final String domain;
  private final List<List<TemplateDraws>> byKind;
  private final int[] nextTemplate;
  private int nextKind;
  private int count;

  /** @param byKind the domain's templates grouped by temptation kind, in a fixed order */
  DomainRotation(String domain, List<List<TemplateDraws>> byKind) {
    this.domain = domain;
    this.byKind = byKind.stream().map(List::copyOf).toList();
    this.nextTemplate = new int[byKind.size()];
  }

  String domain() {
    return domain;
  }

  int count() {
    return count;
  }

  boolean exhausted() {
    return byKind.stream().flatMap(List::stream).allMatch(TemplateDraws::exhausted);
  }

  /** The next spec of this domain, or {@code null} once all its templates are used up. */
  DilemmaSpec next(long seed, Set<String> taken, BriefRenderer renderer)
      throws InvalidInputException {
    while (!exhausted()) {
      int kind = nextKind;
      nextKind = (nextKind + 1) % byKind.size();
      List<TemplateDraws> templates = byKind.get(kind);
      for (int tried = 0; tried < templates.size(); tried++) {
        TemplateDraws draws = templates.get(nextTemplate[kind]);
        nextTemplate[kind] = (nextTemplate[kind] + 1) % templates.size();
        if (draws.exhausted()) {
          continue;
        }
        DilemmaSpec spec = draws.next(seed, taken, renderer);
        if (spec != null) {
          count++;
          return spec;
        }
      }
    }
    return null;
  }

}
