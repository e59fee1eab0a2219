package org.difficultadvice.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.difficultadvice.load.InvalidInputException;

/**
 * Draws the specs of one domain with its templates taking equal turns, in an order that
 * interleaves temptation kinds (the first template of each kind, then the second of each...),
 * so kinds stay balanced too as far as equal turns for templates allow. A template that is
 * used up, or has reached the plan's per-template cap, is skipped.
 */
final class DomainRotation {
  private final String domain;
  private final List<TemplateDraws> turns;
  private final int[] counts;
  private int next;
  private int count;

  /** @param byKind the domain's templates grouped by temptation kind, in a fixed order */
  DomainRotation(String domain, List<List<TemplateDraws>> byKind) {
    this.domain = domain;
    List<TemplateDraws> order = new ArrayList<>();
    int longest = byKind.stream().mapToInt(List::size).max().orElse(0);
    for (int i = 0; i < longest; i++) {
      for (List<TemplateDraws> kind : byKind) {
        if (i < kind.size()) {
          order.add(kind.get(i));
        }
      }
    }
    this.turns = List.copyOf(order);
    this.counts = new int[turns.size()];
  }

  String domain() {
    return domain;
  }

  int count() {
    return count;
  }

  int templates() {
    return turns.size();
  }

  boolean exhausted() {
    return turns.stream().allMatch(TemplateDraws::exhausted);
  }

  /** Whether some template is neither used up nor at {@code cap}. */
  boolean hasRoom(int cap) {
    for (int i = 0; i < turns.size(); i++) {
      if (!turns.get(i).exhausted() && counts[i] < cap) {
        return true;
      }
    }
    return false;
  }

  /**
   * The next spec of this domain from a template below {@code cap} specs, or {@code null} once
   * none is left.
   */
  DilemmaSpec next(long seed, Set<String> taken, BriefRenderer renderer, int cap)
      throws InvalidInputException {
    while (hasRoom(cap)) {
      int at = next;
      next = (next + 1) % turns.size();
      TemplateDraws draws = turns.get(at);
      if (draws.exhausted() || counts[at] >= cap) {
        continue;
      }
      DilemmaSpec spec = draws.next(seed, taken, renderer);
      if (spec != null) {
        counts[at]++;
        count++;
        return spec;
      }
    }
    return null;
  }
}
