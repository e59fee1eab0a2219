package org.difficultadvice.engine;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.difficultadvice.load.PriceTable;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Usage;

/**
 * Tokens and dollars of the calls this run sends, plus what earlier sessions of the run spent.
 * With a cap, each call reserves its worst case (input estimate plus max tokens at the model's
 * price) before it is sent; a call whose reservation could take the total past the cap is not
 * sent. Replayed and cached calls never reach the meter, so nothing is counted twice.
 */
public final class CostMeter {
  private final PriceTable prices;
  private final Optional<Double> capUsd;
  private final double spentBeforeUsd;
  private final Usage usageBefore;
  private final LongAdder inputTokens = new LongAdder();
  private final LongAdder outputTokens = new LongAdder();
  private final LongAdder cachedInputTokens = new LongAdder();
  private final LongAdder cacheWriteTokens = new LongAdder();
  private final LongAdder reasoningTokens = new LongAdder();
  private double spentUsd;
  private double reservedUsd;

  /**
   * @param spentBeforeUsd what earlier sessions of this run spent (from the run store)
   * @param usageBefore the tokens earlier sessions used
   */
  public CostMeter(
      PriceTable prices, Optional<Double> capUsd, double spentBeforeUsd, Usage usageBefore) {
    this.prices = Objects.requireNonNull(prices, "prices");
    this.capUsd = Objects.requireNonNull(capUsd, "capUsd");
    this.spentBeforeUsd = spentBeforeUsd;
    this.usageBefore = Objects.requireNonNull(usageBefore, "usageBefore");
  }

  /** A reserved worst-case cost for one call; settle it when the call ends. */
  public record Reservation(String model, double worstCaseUsd) {}

  public Reservation reserve(ChatRequest request) {
    double worst = prices.priceOf(request.model()).worstCaseUsd(
        RequestSize.inputTokens(request), request.sampling().maxTokens());
    synchronized (this) {
      if (capUsd.isPresent() && spentBeforeUsd + spentUsd + reservedUsd + worst > capUsd.get()) {
        throw new RunStoppedException(StopReason.COST_CAP, String.format(java.util.Locale.ROOT,
            "the next %s call could cost up to $%.4f, which would pass --max-cost $%.2f"
                + " (spent $%.4f so far)",
            request.stage(), worst, capUsd.get(), spentBeforeUsd + spentUsd));
      }
      reservedUsd += worst;
    }
    return new Reservation(request.model(), worst);
  }

  /** Replaces the reservation by the real cost; {@code usage} is NONE for a failed call. */
  public double settle(Reservation reservation, Usage usage) {
    double actual = prices.costUsd(reservation.model(), usage);
    inputTokens.add(usage.inputTokens());
    outputTokens.add(usage.outputTokens());
    cachedInputTokens.add(usage.cachedInputTokens());
    cacheWriteTokens.add(usage.cacheWriteTokens());
    reasoningTokens.add(usage.reasoningTokens());
    synchronized (this) {
      reservedUsd -= reservation.worstCaseUsd();
      spentUsd += actual;
    }
    return actual;
  }

  /** Everything this run has spent, earlier sessions included. */
  public synchronized double totalUsd() {
    return spentBeforeUsd + spentUsd;
  }

  /**
   * Every token this run has used, earlier sessions included: cached reads, cache writes and
   * reasoning as parts of it ({@link Usage#cachedShare()} for the share of input read from cache).
   */
  public Usage totalUsage() {
    return usageBefore.plus(new Usage(inputTokens.sum(), outputTokens.sum(),
        cachedInputTokens.sum(), cacheWriteTokens.sum(), reasoningTokens.sum()));
  }

  public PriceTable prices() {
    return prices;
  }
}
