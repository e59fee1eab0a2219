package org.difficultadvice.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;

/**
 * The rate limits a server reported with an answer, in either API's headers:
 *
 * <ul>
 *   <li>OpenAI (and compatible gateways): {@code x-ratelimit-limit-requests},
 *       {@code x-ratelimit-remaining-requests}, {@code x-ratelimit-reset-requests} and the same
 *       for {@code -tokens}; resets are Go-style durations ({@code 6m0s}, {@code 1s},
 *       {@code 120ms}).
 *   <li>Anthropic: {@code anthropic-ratelimit-{requests,tokens,input-tokens,output-tokens}-
 *       {limit,remaining,reset}}; resets are RFC 3339 instants.
 * </ul>
 *
 * A window whose limit is missing or unreadable is left out: a quirky header must never fail a
 * call that was answered.
 */
public record RateLimitHeaders(Map<Quota, RateLimitWindow> windows) {
  public static final RateLimitHeaders NONE = new RateLimitHeaders(Map.of());

  private static final Pattern GO_DURATION_PART =
      Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");

  public RateLimitHeaders {
    windows = windows.isEmpty() ? Map.of() : Map.copyOf(windows);
  }

  public Optional<RateLimitWindow> window(Quota quota) {
    return Optional.ofNullable(windows.get(quota));
  }

  public boolean isEmpty() {
    return windows.isEmpty();
  }

  /** Reads whichever family of headers the answer carries; {@link #NONE} when neither. */
  public static RateLimitHeaders read(Headers headers, Clock clock) {
    Map<Quota, RateLimitWindow> found = new EnumMap<>(Quota.class);
    for (Quota quota : Quota.values()) {
      openAi(headers, quota).or(() -> anthropic(headers, quota, clock))
          .ifPresent(window -> found.put(quota, window));
    }
    return found.isEmpty() ? NONE : new RateLimitHeaders(found);
  }

  private static Optional<RateLimitWindow> openAi(Headers headers, Quota quota) {
    if (quota.openAiName == null) {
      return Optional.empty();
    }
    String suffix = "-" + quota.openAiName;
    return window(headers.get("x-ratelimit-limit" + suffix),
        headers.get("x-ratelimit-remaining" + suffix),
        goDuration(headers.get("x-ratelimit-reset" + suffix)));
  }

  private static Optional<RateLimitWindow> anthropic(Headers headers, Quota quota, Clock clock) {
    String prefix = "anthropic-ratelimit-" + quota.anthropicName + "-";
    return window(headers.get(prefix + "limit"), headers.get(prefix + "remaining"),
        instant(headers.get(prefix + "reset"), clock));
  }

  private static Optional<RateLimitWindow> window(
      String limit, String remaining, Duration untilFull) {
    Optional<Long> max = number(limit);
    if (max.isEmpty() || max.get() <= 0) {
      return Optional.empty();
    }
    long left = number(remaining).orElse(max.get());
    return Optional.of(new RateLimitWindow(max.get(), left, untilFull));
  }

  private static Optional<Long> number(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of((long) Double.parseDouble(value.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** {@code 1h2m3.5s}, {@code 120ms}, {@code 6m0s}; zero when absent or unreadable. */
  static Duration goDuration(String value) {
    if (value == null || value.isBlank()) {
      return Duration.ZERO;
    }
    String text = value.strip().toLowerCase(Locale.ROOT);
    Matcher part = GO_DURATION_PART.matcher(text);
    double nanos = 0;
    int end = 0;
    while (part.find()) {
      if (part.start() != end) {
        return Duration.ZERO;
      }
      double amount = Double.parseDouble(part.group(1));
      nanos += amount * switch (part.group(2)) {
        case "ns" -> 1;
        case "us", "µs" -> 1e3;
        case "ms" -> 1e6;
        case "s" -> 1e9;
        case "m" -> 60e9;
        default -> 3600e9;
      };
      end = part.end();
    }
    return end == text.length() && end > 0 ? Duration.ofNanos((long) nanos) : Duration.ZERO;
  }

  private static Duration instant(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return Duration.ZERO;
    }
    try {
      Duration wait =
          Duration.between(clock.instant(), OffsetDateTime.parse(value.strip()).toInstant());
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException e) {
      return Duration.ZERO;
    }
  }

  /** What a window counts. */
  public enum Quota {
    REQUESTS("requests", "requests"),
    /** Input and output together: OpenAI's tokens, Anthropic's most restrictive token limit. */
    TOKENS("tokens", "tokens"),
    INPUT_TOKENS(null, "input-tokens"),
    OUTPUT_TOKENS(null, "output-tokens");

    private final String openAiName;
    private final String anthropicName;

    Quota(String openAiName, String anthropicName) {
      this.openAiName = openAiName;
      this.anthropicName = anthropicName;
    }

    /** How a person reads it: "requests", "input tokens". */
    public String label() {
      return anthropicName.replace('-', ' ');
    }
  }
}
