package org.difficultadvice.engine;

import java.util.Objects;
import java.util.Optional;
import org.difficultadvice.provider.Usage;

/**
 * How a run ended.
 *
 * @param stopReason empty when every spec has a result
 * @param message why it stopped, for a person; empty when it completed
 * @param examples examples stored, earlier sessions included
 * @param failures specs that could not become examples, earlier sessions included
 * @param sentCalls attempts sent to the server in this session
 * @param replayedCalls calls answered from the run store in this session
 * @param cachedCalls calls answered from the shared response cache in this session
 * @param usage tokens of the whole run, earlier sessions included: {@link Usage#cachedInputTokens},
 *     {@link Usage#cacheWriteTokens}, {@link Usage#reasoningTokens} and {@link #cachedShare} for
 *     a summary or manifest
 * @param rateLimits how rate limits shaped this session
 * @param endpoints how this session's calls were spread over several endpoints; {@link
 *     EndpointShares#NONE} for one
 */
public record RunOutcome(
    Optional<StopReason> stopReason,
    String message,
    long examples,
    long failures,
    long sentCalls,
    long replayedCalls,
    long cachedCalls,
    Usage usage,
    double costUsd,
    RateLimitSummary rateLimits,
    EndpointShares endpoints) {

  public RunOutcome {
    Objects.requireNonNull(stopReason, "stopReason");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(rateLimits, "rateLimits");
    Objects.requireNonNull(endpoints, "endpoints");
  }

  /** How a run against one server ended. */
  public RunOutcome(Optional<StopReason> stopReason, String message, long examples,
      long failures, long sentCalls, long replayedCalls, long cachedCalls, Usage usage,
      double costUsd, RateLimitSummary rateLimits) {
    this(stopReason, message, examples, failures, sentCalls, replayedCalls, cachedCalls, usage,
        costUsd, rateLimits, EndpointShares.NONE);
  }

  /** Input tokens read from the servers' prompt caches, as a share of all input tokens. */
  public double cachedShare() {
    return usage.cachedShare();
  }

  public boolean completed() {
    return stopReason.isEmpty();
  }

  /** A fatal provider error or a bug: exit 2. Any other stop is resumable as is: exit 3. */
  public boolean failed() {
    return stopReason.filter(r -> r == StopReason.FATAL_ERROR).isPresent();
  }

  /** The cache and reasoning parts of the tokens, when there are any. */
  private String tokenDetails() {
    StringBuilder details = new StringBuilder();
    if (usage.cachedInputTokens() > 0 || usage.cacheWriteTokens() > 0) {
      details.append(String.format(java.util.Locale.ROOT,
          " (%.0f%% of input read from the prompt cache, %d written to it)",
          100 * usage.cachedShare(), usage.cacheWriteTokens()));
    }
    if (usage.reasoningTokens() > 0) {
      details.append(String.format(java.util.Locale.ROOT,
          " (%d of the output spent on reasoning)", usage.reasoningTokens()));
    }
    return details.toString();
  }

  /** One paragraph for stderr: what happened and, when stopped, how to go on. */
  public String describe() {
    String totals = String.format(java.util.Locale.ROOT,
        "%d examples, %d failed specs; %d calls sent, %d replayed from the run store,"
            + " %d from the cache; %d input + %d output tokens%s, $%.4f in all",
        examples, failures, sentCalls, replayedCalls, cachedCalls, usage.inputTokens(),
        usage.outputTokens(), tokenDetails(), costUsd);
    String limits = rateLimits.describe(sentCalls).map(line -> "\n" + line).orElse("")
        + endpoints.describe().map(line -> "\n" + line).orElse("");
    if (completed()) {
      return "done: " + totals + limits;
    }
    return "stopped: " + message + "\n" + totals + limits + "\n"
        + "completed calls are kept in the run directory; fix the cause if any and run the same"
        + " command again to resume";
  }
}
