package org.difficultadvice.load;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.difficultadvice.provider.Usage;

/**
 * Prices per model, as written in the config under {@code engine.prices}:
 *
 * <pre>
 * engine:
 *   prices:
 *     gpt-4o-mini: {input_per_million: 0.15, output_per_million: 0.60,
 *                   cached_input_per_million: 0.075}
 * </pre>
 *
 * A model that is not listed costs nothing (a local or self-hosted server). Cache rates left out
 * take the defaults of {@link ModelPrice#forModel}.
 */
public record PriceTable(Map<String, ModelPrice> byModel) {

  public static final PriceTable EMPTY = new PriceTable(Map.of());

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public PriceTable {
    byModel = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(byModel)));
  }

  @JsonValue
  @Override
  public Map<String, ModelPrice> byModel() {
    return byModel;
  }

  /** Every price times {@code share}: batch prices, billed at a share of the listed ones. */
  public PriceTable atShare(double share) {
    Map<String, ModelPrice> scaled = new TreeMap<>();
    byModel.forEach((model, price) -> scaled.put(model, price.times(share)));
    return new PriceTable(scaled);
  }

  /** The model's price with its cache rates resolved. */
  public ModelPrice priceOf(String model) {
    return byModel.getOrDefault(model, ModelPrice.FREE).forModel(model);
  }

  public double costUsd(String model, long inputTokens, long outputTokens) {
    return priceOf(model).costUsd(inputTokens, outputTokens);
  }

  /** What a call that used {@code usage} cost, cached and cache-written input at their rates. */
  public double costUsd(String model, Usage usage) {
    return priceOf(model).costUsd(usage);
  }
}
