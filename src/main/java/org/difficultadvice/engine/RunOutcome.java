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
 * @param rateLimits how rate limits shaped this session
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
    RateLimitSummary rateLimits) {

  public RunOutcome {
    Objects.requireNonNull(stopReason, "stopReason");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(rateLimits, "rateLimits");
  }

  public boolean completed() {
    return stopReason.isEmpty();
  }

  /** A fatal provider error or a bug: exit 2. Any other stop is resumable as is: exit 3. */
  public boolean failed() {
    return stopReason.filter(r -> r == StopReason.FATAL_ERROR).isPresent();
  }

  /** One paragraph for stderr: what happened and, when stopped, how to go on. */
  public String describe() {
    String totals = String.format(java.util.Locale.ROOT,
        "%d examples, %d failed specs; %d calls sent, %d replayed from the run store,"
            + " %d from the cache; %d input + %d output tokens, $%.4f in all",
        examples, failures, sentCalls, replayedCalls, cachedCalls, usage.inputTokens(),
        usage.outputTokens(), costUsd);
    String limits = rateLimits.describe(sentCalls).map(line -> "\n" + line).orElse("");
    if (completed()) {
      return "done: " + totals + limits;
    }
    return "stopped: " + message + "\n" + totals + limits + "\n"
        + "completed calls are kept in the run directory; fix the cause if any and run the same"
        + " command again to resume";
  }
}
