package org.difficultadvice.engine;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a session's calls were spread over several endpoints, for progress and the summary. Empty
 * for a run against one server.
 */
public record EndpointShares(List<Share> shares) {
  public static final EndpointShares NONE = new EndpointShares(List.of());

  /**
   * One endpoint's part.
   *
   * @param label host, port and path, never credentials
   * @param served calls it answered
   * @param failed calls it failed as a server (no answer, 5xx)
   * @param rests times it was taken out after failing
   * @param resting whether it is resting now
   */
  public record Share(String label, long served, long failed, int rests, boolean resting) {
    public Share {
      Objects.requireNonNull(label, "label");
    }
  }

  public EndpointShares {
    shares = List.copyOf(shares);
  }

  private long served() {
    return shares.stream().mapToLong(Share::served).sum();
  }

  private double percent(Share share) {
    long all = served();
    return all == 0 ? 0 : 100.0 * share.served() / all;
  }

  /** For the progress line: {@code "a:1/v1 51%, b:2/v1 49%, c:3/v1 0% resting"}; empty if none. */
  public String brief() {
    StringBuilder text = new StringBuilder();
    for (Share share : shares) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(String.format(Locale.ROOT, "%s %.0f%%", share.label(), percent(share)));
      if (share.resting()) {
        text.append(" resting");
      }
    }
    return text.toString();
  }

  /** One line for the summary, or nothing for a single server. */
  public Optional<String> describe() {
    if (shares.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder line = new StringBuilder("endpoints: ");
    for (int i = 0; i < shares.size(); i++) {
      Share share = shares.get(i);
      line.append(i == 0 ? "" : "; ").append(String.format(Locale.ROOT,
          "%s served %,d calls (%.1f%%)", share.label(), share.served(), percent(share)));
      if (share.failed() > 0) {
        line.append(String.format(Locale.ROOT, ", failed %,d", share.failed()));
      }
      if (share.rests() > 0) {
        line.append(String.format(Locale.ROOT, ", rested %d time%s", share.rests(),
            share.rests() == 1 ? "" : "s"));
      }
    }
    return Optional.of(line.toString());
  }
}
