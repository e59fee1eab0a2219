package org.difficultadvice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.difficultadvice.load.ModelPrice;
import org.difficultadvice.load.PriceTable;
import org.difficultadvice.provider.ChatMessage;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Sampling;
import org.difficultadvice.provider.Usage;
import org.junit.jupiter.api.Test;

class CostMeterTest {
  private static final PriceTable PRICES = new PriceTable(Map.of(
      "claude-sonnet-4-5", new ModelPrice(3.0, 15.0),
      "gpt-4o", new ModelPrice(2.5, 10.0, 1.25, null),
      "o4-mini", new ModelPrice(1.1, 4.4, 0.275, null)));

  private static CostMeter meter() {
    return new CostMeter(PRICES, Optional.empty(), 0, Usage.NONE);
  }

  private static ChatRequest request(String model) {
    return new ChatRequest("respond", model, List.of(ChatMessage.user("hello")),
        new Sampling(1, 1, 100, null), Optional.empty());
  }

  @Test
  void pricesCacheReadsAndWritesAtTheirAnthropicRates() {
    CostMeter meter = meter();
    // 50 plain + 100,000 read from cache + 248 written to it, 503 written out.
    double cost = meter.settle(meter.reserve(request("claude-sonnet-4-5")),
        new Usage(100_298, 503, 100_000, 248, 0));
    double expected = (50 * 3.0 + 100_000 * 0.30 + 248 * 3.75 + 503 * 15.0) / 1e6;
    assertEquals(expected, cost, 1e-12);
  }

  @Test
  void pricesOpenAiCachedTokensAtTheConfiguredCachedRate() {
    CostMeter meter = meter();
    double cost = meter.settle(meter.reserve(request("gpt-4o")),
        new Usage(2006, 300, 1920, 0, 0));
    assertEquals((86 * 2.5 + 1920 * 1.25 + 300 * 10.0) / 1e6, cost, 1e-12);
  }

  @Test
  void billsReasoningTokensAsOutput() {
    CostMeter meter = meter();
    // 192 of the 300 completion tokens were reasoning: all 300 are billed at the output rate.
    double cost = meter.settle(meter.reserve(request("o4-mini")),
        new Usage(1000, 300, 0, 0, 192));
    assertEquals((1000 * 1.1 + 300 * 4.4) / 1e6, cost, 1e-12);
  }

  @Test
  void totalsCachedWrittenAndReasoningTokensAndTheCachedShare() {
    CostMeter meter = new CostMeter(PRICES, Optional.empty(), 0.5,
        new Usage(1000, 100, 500, 0, 0));
    meter.settle(meter.reserve(request("gpt-4o")), new Usage(3000, 200, 1500, 0, 50));
    meter.settle(meter.reserve(request("claude-sonnet-4-5")), new Usage(1000, 100, 0, 1000, 0));
    Usage total = meter.totalUsage();
    assertEquals(new Usage(5000, 400, 2000, 1000, 50), total);
    assertEquals(0.4, total.cachedShare(), 1e-12);
  }

  @Test
  void reservesTheDearestInputRateForTheCostCap() {
    // A prompt of unknown cache state may all be written to the cache at 1.25x input.
    assertEquals((1000 * 3.75 + 100 * 15.0) / 1e6,
        PRICES.priceOf("claude-sonnet-4-5").worstCaseUsd(1000, 100), 1e-12);
  }
}
