package org.difficultadvice.engine;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.difficultadvice.provider.RateLimitHeaders;
import org.difficultadvice.provider.RateLimitHeaders.Quota;
import org.difficultadvice.provider.RateLimitWindow;
import org.difficultadvice.provider.Usage;

/**
 * Paces calls by rate limits: the ones configured ({@code engine.requests_per_minute} and
 * {@code tokens_per_minute}) and the ones the server reports in its headers on every answer
 * (requests, tokens, and Anthropic's input and output tokens per minute). Each limit is a token
 * bucket; a call takes one request and its tokens, as the APIs count them at admission (input
 * estimate plus the answer's limit), before it is sent.
 *
 * <p>A learned bucket refills at slightly less than the reported limit, holds no more than the
 * server was seen to hold, and every report aligns its level with what the server said was left,
 * corrected for what this client sent after the reported request: so several clients sharing one key, or an estimate that differs from the
 * server's count, cannot drive the server into refusing calls.
 */
public final class RateLimiter {
  /** Ten seconds of a configured quota: small bursts, never more than a sixth of a minute. */
  private static final double BURST_SECONDS = 10;

  /**
   * The share of a reported limit this client refills at. A little under the whole so that
   * timing jitter (answers arrive out of order, clocks differ) does not push the server's bucket
   * to empty; the alignment with the server's own count recovers what the margin leaves unused.
   */
  static final double SERVER_RATE_SHARE = 0.97;

  /** The share of a server's bucket left unused after an alignment, for bunched arrivals. */
  static final double RESERVE = 0.1;

  /** Waiting calls look again at least this often: a report may have refilled the bucket. */
  private static final Duration MAX_NAP = Duration.ofMillis(250);

  /** A recent wait is shown as "held" in progress for this long. */
  private static final long HELD_RECENTLY_NANOS = Duration.ofSeconds(2).toNanos();

  private final Map<Quota, TokenBucket> configured = new EnumMap<>(Quota.class);
  private final Map<Quota, TokenBucket> learned = new EnumMap<>(Quota.class);
  private final Map<Quota, RateLimitWindow> reported = new EnumMap<>(Quota.class);
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private String lastHeldBy = "";
  private long lastHeldAt = Long.MIN_VALUE;
  private long heldNanos;

  /** @param requestsPerMinute 0 for no configured limit; so is {@code tokensPerMinute} */
  public RateLimiter(
      int requestsPerMinute, int tokensPerMinute, LongSupplier nanoTime, Sleeper sleeper) {
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    long now = nanoTime.getAsLong();
    if (requestsPerMinute > 0) {
      configured.put(Quota.REQUESTS, configuredBucket(requestsPerMinute, now));
    }
    if (tokensPerMinute > 0) {
      configured.put(Quota.TOKENS, configuredBucket(tokensPerMinute, now));
    }
  }

  private static TokenBucket configuredBucket(int perMinute, long now) {
    return new TokenBucket(perMinute, Math.max(1, perMinute * BURST_SECONDS / 60), now);
  }

  /**
   * Waits until a call of {@code cost} fits every limit, then takes its share of each.
   */
  public Admission acquire(RequestCost cost) throws InterruptedException {
    long waitedSince = -1;
    while (true) {
      long wait;
      synchronized (this) {
        long now = nanoTime.getAsLong();
        wait = 0;
        String heldBy = "";
        for (Map.Entry<Quota, TokenBucket> entry : configured.entrySet()) {
          long need = entry.getValue().nanosUntil(amount(entry.getKey(), cost), now);
          if (need > wait) {
            wait = need;
            heldBy = String.format(Locale.ROOT, "the configured %s per minute (%,.0f)",
                entry.getKey().label(), entry.getValue().perMinute());
          }
        }
        for (Map.Entry<Quota, TokenBucket> entry : learned.entrySet()) {
          long need = entry.getValue().nanosUntil(amount(entry.getKey(), cost), now);
          if (need > wait) {
            wait = need;
            heldBy = String.format(Locale.ROOT, "the server's limit of %,d %s per minute",
                reported.get(entry.getKey()).limit(), entry.getKey().label());
          }
        }
        if (wait == 0) {
          if (waitedSince >= 0) {
            heldNanos += now - waitedSince;
          }
          return admit(cost, now);
        }
        if (waitedSince < 0) {
          waitedSince = now;
        }
        lastHeldBy = heldBy;
        lastHeldAt = now;
      }
      sleeper.sleep(Duration.ofNanos(Math.min(wait, MAX_NAP.toNanos())));
    }
  }

  private Admission admit(RequestCost cost, long now) {
    Map<Quota, Double> takenAfter = new EnumMap<>(Quota.class);
    for (Map.Entry<Quota, TokenBucket> entry : configured.entrySet()) {
      TokenBucket bucket = entry.getValue();
      bucket.take(bucket.clamp(amount(entry.getKey(), cost)));
    }
    for (Map.Entry<Quota, TokenBucket> entry : learned.entrySet()) {
      TokenBucket bucket = entry.getValue();
      bucket.take(bucket.clamp(amount(entry.getKey(), cost)));
      takenAfter.put(entry.getKey(), bucket.takenTotal());
    }
    return new Admission(cost, now, takenAfter);
  }

  private static double amount(Quota quota, RequestCost cost) {
    return switch (quota) {
      case REQUESTS -> 1;
      case TOKENS -> cost.totalTokens();
      case INPUT_TOKENS -> cost.inputTokens();
      case OUTPUT_TOKENS -> cost.maxOutputTokens();
    };
  }

  /**
   * Learns from what the server reported with the answer to an admitted call: each limit's rate,
   * and how much was left. Anthropic's combined {@code tokens} window is only the most restrictive
   * of its input and output windows, so it is ignored when those are reported.
   */
  public synchronized void observe(Admission admission, RateLimitHeaders headers) {
    if (headers.isEmpty()) {
      return;
    }
    boolean split = headers.window(Quota.INPUT_TOKENS).isPresent()
        || headers.window(Quota.OUTPUT_TOKENS).isPresent();
    long now = nanoTime.getAsLong();
    for (Map.Entry<Quota, RateLimitWindow> entry : headers.windows().entrySet()) {
      Quota quota = entry.getKey();
      if (quota == Quota.TOKENS && split) {
        continue;
      }
      RateLimitWindow window = entry.getValue();
      double perMinute = window.limit() * SERVER_RATE_SHARE;
      // The server's bucket holds at least what it had left plus what this call took from it;
      // many enforce a per-minute limit over a few seconds, so it may hold far less than the
      // limit. Bursting beyond what it was seen to hold would overdraw it between reports.
      double seenHeld = Math.min(window.limit(), window.remaining() + amount(quota,
          admission.cost()));
      TokenBucket bucket = learned.get(quota);
      Double takenAfter = admission.takenAfter().get(quota);
      if (bucket == null) {
        bucket = new TokenBucket(perMinute, seenHeld, now);
        learned.put(quota, bucket);
      } else if (bucket.perMinute() != perMinute || bucket.capacity() < seenHeld) {
        bucket.resize(perMinute, Math.max(bucket.capacity(), seenHeld), now);
      }
      double takenSince = takenAfter == null ? bucket.takenTotal()
          : bucket.takenTotal() - takenAfter;
      // Aligned a little under the server's own count: requests reach it bunched (connection
      // set-up, threads waking together), and a bucket kept at its edge refuses the bunch.
      bucket.align(window.remaining() - RESERVE * bucket.capacity(),
          now - admission.admittedAt(), takenSince, now);
      reported.put(quota, window);
    }
  }

  /**
   * Corrects the estimate taken at admission by what the call really used, where the limit
   * counts real use: the configured tokens per minute, and Anthropic's input and output windows
   * (its output limit is estimated from {@code max_tokens} at the start and adjusted at the end).
   * OpenAI's tokens window counts the estimate at admission and keeps it, so it is left alone.
   */
  public synchronized void settle(Admission admission, Usage usage) {
    correct(configured.get(Quota.TOKENS), admission.cost().totalTokens(), usage.total());
    correct(learned.get(Quota.INPUT_TOKENS), admission.cost().inputTokens(),
        usage.inputTokens());
    correct(learned.get(Quota.OUTPUT_TOKENS), admission.cost().maxOutputTokens(),
        usage.outputTokens());
  }

  private static void correct(TokenBucket bucket, long estimated, long actual) {
    if (bucket == null) {
      return;
    }
    double taken = bucket.clamp(estimated);
    if (actual < taken) {
      bucket.giveBack(taken - actual);
    } else {
      bucket.take(actual - taken);
    }
  }

  /** What holds calls back right now, for progress: empty when nothing did lately. */
  public synchronized Optional<String> heldBy() {
    boolean heldRecently = !lastHeldBy.isEmpty()
        && nanoTime.getAsLong() - lastHeldAt <= HELD_RECENTLY_NANOS;
    return heldRecently ? Optional.of(lastHeldBy) : Optional.empty();
  }

  /** The limits the server reported last, for the summary: "600 requests, 150,000 tokens". */
  public synchronized String reportedLimits() {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<Quota, RateLimitWindow> entry : reported.entrySet()) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(String.format(Locale.ROOT, "%,d %s", entry.getValue().limit(),
          entry.getKey().label()));
    }
    return text.length() == 0 ? "" : text.append(" per minute").toString();
  }

  /** Total time calls spent waiting for a limit, summed over calls (so it may exceed wall time). */
  public synchronized Duration heldTime() {
    return Duration.ofNanos(heldNanos);
  }

  /**
   * A call let through: what it took, when, and how much each learned bucket had handed out
   * by then (so a later report about this call can be corrected for the calls after it).
   */
  public record Admission(RequestCost cost, long admittedAt, Map<Quota, Double> takenAfter) {
    public Admission {
      Objects.requireNonNull(cost, "cost");
      takenAfter = Map.copyOf(takenAfter);
    }
  }
}
