package org.difficultadvice.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A loopback model server that enforces limits the way the paid APIs do, for tests and the
 * rate-limit benchmark. It answers any stage of the shipped or the mini content (structured
 * requests get the schema's JSON, others prose derived from the request's bytes, so answers are
 * the same whatever order calls arrive in), and it refuses with 429 what its limits do not admit:
 *
 * <ul>
 *   <li>{@link Api#OPENAI}: token buckets for requests and tokens per minute, a request counted
 *       at admission as its characters / 4 plus its {@code max_tokens}; {@code x-ratelimit-*}
 *       headers on every answer (resets as Go durations), {@code retry-after-ms} and {@code
 *       retry-after} on a 429;
 *   <li>{@link Api#ANTHROPIC}: buckets for requests, input tokens and output tokens per minute,
 *       output counted as {@code max_tokens} at admission and corrected to the real output at
 *       the end; {@code anthropic-ratelimit-*} headers (resets as RFC 3339 instants) and
 *       {@code retry-after} in whole seconds on a 429;
 *   <li>a cap on calls in flight (no headers: a 429 as soon as the cap is passed);
 *   <li>an outage: every call refused with 429 until a given number of refusals was sent.
 * </ul>
 *
 * Each bucket holds {@code burstSeconds} of its rate, as APIs that enforce a per-minute limit
 * over shorter windows do. Times are recorded so a benchmark can compute the served rate.
 */
public final class RateLimitedModelServer extends Dispatcher {
  public enum Api { OPENAI, ANTHROPIC }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** An outage's refusals ask for this wait (OpenAI's retry-after-ms), so tests stay quick. */
  private static final long OUTAGE_RETRY_AFTER_MILLIS = 200;

  private final Api api;
  private final long latencyMillis;
  private final Bucket requests;
  private final Bucket tokens;
  private final Bucket inputTokens;
  private final Bucket outputTokens;
  private final int maxInFlight;
  private final double shortAnswerShare;
  private final int answerWords;
  private final AtomicInteger outageRefusalsLeft;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicLong served = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private final List<long[]> servedAt = new ArrayList<>();

  private RateLimitedModelServer(Builder b) {
    this.api = b.api;
    this.latencyMillis = b.latencyMillis;
    this.requests = b.requestsPerMinute > 0 ? new Bucket(b.requestsPerMinute, b.burstSeconds) : null;
    this.tokens = b.tokensPerMinute > 0 ? new Bucket(b.tokensPerMinute, b.burstSeconds) : null;
    this.inputTokens =
        b.inputTokensPerMinute > 0 ? new Bucket(b.inputTokensPerMinute, b.burstSeconds) : null;
    this.outputTokens =
        b.outputTokensPerMinute > 0 ? new Bucket(b.outputTokensPerMinute, b.burstSeconds) : null;
    this.maxInFlight = b.maxInFlight;
    this.shortAnswerShare = b.shortAnswerShare;
    this.answerWords = b.answerWords;
    this.outageRefusalsLeft = new AtomicInteger(b.outageRefusals);
  }

  public static Builder builder(Api api) {
    return new Builder(api);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    String raw = request.getBody().readUtf8();
    JsonNode body;
    try {
      body = JSON.readTree(raw);
    } catch (Exception e) {
      return new MockResponse().setResponseCode(400).setBody("{\"error\":\"not json\"}");
    }
    long input = inputEstimate(body);
    long maxOutput = body.path(api == Api.OPENAI && body.has("max_completion_tokens")
        ? "max_completion_tokens" : "max_tokens").asLong(1024);
    if (outageRefusalsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      refused.incrementAndGet();
      return refusal(OUTAGE_RETRY_AFTER_MILLIS, "");
    }
    int now = inFlight.incrementAndGet();
    try {
      if (maxInFlight > 0 && now > maxInFlight) {
        refused.incrementAndGet();
        return new MockResponse().setResponseCode(429).setHeader("content-type",
            "application/json").setBody("{\"error\":{\"message\":\"too many requests in flight\","
            + "\"type\":\"rate_limit_error\"}}");
      }
      String headers;
      synchronized (this) {
        long waitMillis = admit(input, maxOutput);
        if (waitMillis > 0) {
          refused.incrementAndGet();
          String limits = limitHeaders();
          return refusal(waitMillis, limits);
        }
        headers = limitHeaders();
      }
      if (latencyMillis > 0) {
        Thread.sleep(latencyMillis);
      }
      long output = 20 + Math.floorMod(raw.hashCode(), 200);
      output = Math.min(output, maxOutput);
      if (outputTokens != null) {
        synchronized (this) {
          outputTokens.giveBack(maxOutput - output);
        }
      }
      synchronized (servedAt) {
        // The tokens each limit counted for this call: requests, OpenAI's tokens, input, output.
        servedAt.add(new long[] {System.nanoTime(), input + maxOutput, input, output});
      }
      served.incrementAndGet();
      MockResponse response = new MockResponse().setHeader("content-type", "application/json")
          .setBody(answer(body, raw, input, output));
      addHeaders(response, headers);
      return response;
    } finally {
      inFlight.decrementAndGet();
    }
  }

  /** 0 when admitted (and counted), else how long until it would be. */
  private long admit(long input, long maxOutput) {
    long wait = 0;
    if (requests != null) {
      wait = Math.max(wait, requests.millisUntil(1));
    }
    if (api == Api.OPENAI && tokens != null) {
      wait = Math.max(wait, tokens.millisUntil(input + maxOutput));
    }
    if (inputTokens != null) {
      wait = Math.max(wait, inputTokens.millisUntil(input));
    }
    if (outputTokens != null) {
      wait = Math.max(wait, outputTokens.millisUntil(maxOutput));
    }
    if (wait > 0) {
      return wait;
    }
    if (requests != null) {
      requests.take(1);
    }
    if (api == Api.OPENAI && tokens != null) {
      tokens.take(input + maxOutput);
    }
    if (inputTokens != null) {
      inputTokens.take(input);
    }
    if (outputTokens != null) {
      outputTokens.take(maxOutput);
    }
    return 0;
  }

  private MockResponse refusal(long waitMillis, String limitHeaders) {
    MockResponse response = new MockResponse().setResponseCode(429)
        .setHeader("content-type", "application/json")
        .setBody(api == Api.OPENAI
            ? "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\","
                + "\"code\":\"rate_limit_exceeded\"}}"
            : "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\","
                + "\"message\":\"Rate limit exceeded\"}}");
    if (api == Api.OPENAI) {
      response.setHeader("retry-after-ms", Long.toString(waitMillis));
    }
    response.setHeader("retry-after", Long.toString(Math.max(1, (waitMillis + 999) / 1000)));
    addHeaders(response, limitHeaders);
    return response;
  }

  private static void addHeaders(MockResponse response, String headers) {
    for (String line : headers.split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        response.addHeader(line.substring(0, colon), line.substring(colon + 1));
      }
    }
  }

  private String limitHeaders() {
    StringBuilder out = new StringBuilder();
    if (api == Api.OPENAI) {
      openAi(out, "requests", requests);
      openAi(out, "tokens", tokens);
    } else {
      anthropic(out, "requests", requests);
      anthropic(out, "input-tokens", inputTokens);
      anthropic(out, "output-tokens", outputTokens);
      Bucket tightest = inputTokens == null ? outputTokens
          : outputTokens == null || inputTokens.level() < outputTokens.level() ? inputTokens
          : outputTokens;
      anthropic(out, "tokens", tightest);
    }
    return out.toString();
  }

  private static void openAi(StringBuilder out, String name, Bucket bucket) {
    if (bucket == null) {
      return;
    }
    out.append("x-ratelimit-limit-").append(name).append(':').append(bucket.perMinute)
        .append('\n').append("x-ratelimit-remaining-").append(name).append(':')
        .append((long) Math.floor(bucket.level())).append('\n')
        .append("x-ratelimit-reset-").append(name).append(':')
        .append(bucket.millisUntilFull()).append("ms\n");
  }

  private static void anthropic(StringBuilder out, String name, Bucket bucket) {
    if (bucket == null) {
      return;
    }
    String prefix = "anthropic-ratelimit-" + name + "-";
    out.append(prefix).append("limit:").append(bucket.perMinute).append('\n')
        .append(prefix).append("remaining:").append((long) Math.floor(bucket.level()))
        .append('\n').append(prefix).append("reset:")
        .append(DateTimeFormatter.ISO_INSTANT.format(
            Instant.now().plusMillis(bucket.millisUntilFull())))
        .append('\n');
  }

  /**
   * The answer body this server sends for a request body, without limits or latency: a batch
   * server answers its rows with it, so a batch run's answers equal a direct run's.
   */
  public String answerTo(String raw) throws InterruptedException {
    JsonNode body;
    try {
      body = JSON.readTree(raw);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + raw, e);
    }
    long maxOutput = body.path(api == Api.OPENAI && body.has("max_completion_tokens")
        ? "max_completion_tokens" : "max_tokens").asLong(1024);
    long output = Math.min(20 + Math.floorMod(raw.hashCode(), 200), maxOutput);
    return answer(body, raw, inputEstimate(body), output);
  }

  private long inputEstimate(JsonNode body) {
    long chars = body.path("system").asText("").length();
    for (JsonNode message : body.path("messages")) {
      chars += message.path("content").asText("").length();
    }
    return chars / 4;
  }

  private String answer(JsonNode body, String raw, long input, long output) throws
      InterruptedException {
    String tag = Hashing.sha256().hashString(raw, StandardCharsets.UTF_8).toString()
        .substring(0, 12);
    String schema = api == Api.OPENAI
        ? body.path("response_format").path("json_schema").path("name").asText("")
        : body.path("tool_choice").path("name").asText("");
    String text;
    try {
      if (schema.equals("realized_chat")) {
        text = JSON.writeValueAsString(JSON.createObjectNode()
            .put("system_prompt", "A plain assistant for people with awkward choices. "
                + prose(tag + "s", 12))
            .put("user_message", "ok so this is awkward and i dont know what to do. "
                + prose(tag + "u", 60)));
      } else if (schema.equals("scenario")) {
        text = JSON.writeValueAsString(JSON.createObjectNode()
            .put("title", prose(tag + "t", 7))
            .put("brief", "This is a hard one. " + prose(tag + "b", 110))
            .put("goal", prose(tag + "g", 6))
            .put("stakes", prose(tag + "k", 8))
            .put("pressure", prose(tag + "p", 8))
            .put("affected", prose(tag + "f", 5)));
      } else if (schema.equals("judge_scores")) {
        ObjectNode scores = JSON.createObjectNode();
        for (String criterion : List.of("goal", "reasons", "honesty", "paths", "voice",
            "harm")) {
          scores.put(criterion, 5);
        }
        text = JSON.writeValueAsString(scores);
      } else if (Integer.parseInt(tag.substring(0, 4), 16) < shortAnswerShare * 0x10000) {
        // Too short for the quality filters: the spec's example is dropped after its calls.
        text = "That goal is fair. " + prose(tag + "a", 20);
      } else {
        text = "That goal is a fair one, and it is worth getting right. "
            + prose(tag + "a", answerWords) + " Keep copies of everything you send.";
      }
      ObjectNode reply = JSON.createObjectNode();
      if (api == Api.OPENAI) {
        reply.put("id", "chatcmpl-" + tag).put("model", "rate-limited-test");
        ObjectNode choice = reply.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", text);
        reply.putObject("usage").put("prompt_tokens", input).put("completion_tokens", output)
            .put("total_tokens", input + output);
      } else {
        reply.put("id", "msg_" + tag).put("type", "message").put("role", "assistant")
            .put("model", "rate-limited-test");
        if (!schema.isEmpty()) {
          reply.putArray("content").addObject().put("type", "tool_use").put("id", "toolu_" + tag)
              .put("name", schema).set("input", JSON.readTree(text));
          reply.put("stop_reason", "tool_use");
        } else {
          reply.putArray("content").addObject().put("type", "text").put("text", text);
          reply.put("stop_reason", "end_turn");
        }
        reply.putObject("usage").put("input_tokens", input).put("output_tokens", output);
      }
      return JSON.writeValueAsString(reply);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Pronounceable words seeded by {@code seed}: distinct prose per request. */
  static String prose(String seed, int words) {
    SplittableRandom random = new SplittableRandom(
        Hashing.sha256().hashString(seed, StandardCharsets.UTF_8).asLong());
    String[] syllables = {"ka", "lo", "mi", "ren", "sa", "tu", "vel", "no", "ri", "dan", "po",
        "ish", "mar", "te", "bu", "zel", "qua", "fen", "ob", "lir"};
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        text.append(i % 12 == 0 ? ". " : " ");
      }
      int length = 1 + random.nextInt(3);
      for (int j = 0; j < length; j++) {
        text.append(syllables[random.nextInt(syllables.length)]);
      }
    }
    return text.append('.').toString();
  }

  public long served() {
    return served.get();
  }

  public long refused() {
    return refused.get();
  }

  /** What a rate is measured in. */
  public enum Measure { REQUESTS, TOKENS, INPUT_TOKENS, OUTPUT_TOKENS }

  /**
   * The served rate per minute, in the steady middle: between the given fractions of all
   * served calls (0.1 and 0.9 leave out the start and the tail).
   */
  public double servedPerMinute(Measure measure, double from, double to) {
    List<long[]> calls;
    synchronized (servedAt) {
      calls = new ArrayList<>(servedAt);
    }
    calls.sort((a, b) -> Long.compare(a[0], b[0]));
    int first = (int) (calls.size() * from);
    int last = Math.max(first + 1, (int) (calls.size() * to) - 1);
    if (last >= calls.size() || calls.size() < 3) {
      return 0;
    }
    double amount = 0;
    for (int i = first + 1; i <= last; i++) {
      amount += measure == Measure.REQUESTS ? 1 : calls.get(i)[measure.ordinal()];
    }
    double seconds = (calls.get(last)[0] - calls.get(first)[0]) / 1e9;
    return seconds <= 0 ? 0 : amount * 60 / seconds;
  }

  /** Seconds from the first served call to the last. */
  public double servingSeconds() {
    synchronized (servedAt) {
      long first = Long.MAX_VALUE;
      long last = Long.MIN_VALUE;
      for (long[] call : servedAt) {
        first = Math.min(first, call[0]);
        last = Math.max(last, call[0]);
      }
      return servedAt.isEmpty() ? 0 : (last - first) / 1e9;
    }
  }

  public String describe() {
    long all = served() + refused();
    return String.format(Locale.ROOT, "%d served, %d refused with 429 (%.1f%% of %d answers)",
        served(), refused(), all == 0 ? 0.0 : 100.0 * refused() / all, all);
  }

  /** A token bucket on the wall clock, as a server keeps it. */
  private static final class Bucket {
    final long perMinute;
    final double capacity;
    double level;
    long last = System.nanoTime();

    Bucket(long perMinute, double burstSeconds) {
      this.perMinute = perMinute;
      this.capacity = Math.max(1, perMinute * burstSeconds / 60.0);
      this.level = capacity;
    }

    private void refill() {
      long now = System.nanoTime();
      level = Math.min(capacity, level + (now - last) * perMinute / 60e9);
      last = now;
    }

    double level() {
      refill();
      return level;
    }

    long millisUntil(double amount) {
      refill();
      double need = Math.min(amount, capacity) - level;
      return need <= 0 ? 0 : (long) Math.ceil(need * 60_000.0 / perMinute);
    }

    void take(double amount) {
      level -= amount;
    }

    void giveBack(double amount) {
      refill();
      level = Math.min(capacity, level + amount);
    }

    long millisUntilFull() {
      refill();
      return (long) Math.ceil(Math.max(0, capacity - level) * 60_000.0 / perMinute);
    }
  }

  /** The server's limits; all optional. */
  public static final class Builder {
    private final Api api;
    private long latencyMillis = 50;
    private long requestsPerMinute;
    private long tokensPerMinute;
    private long inputTokensPerMinute;
    private long outputTokensPerMinute;
    private double burstSeconds = 1;
    private int maxInFlight;
    private int outageRefusals;
    private double shortAnswerShare;
    private int answerWords = 140;

    private Builder(Api api) {
      this.api = api;
    }

    public Builder latencyMillis(long millis) {
      this.latencyMillis = millis;
      return this;
    }

    public Builder requestsPerMinute(long limit) {
      this.requestsPerMinute = limit;
      return this;
    }

    /** OpenAI's combined tokens per minute. */
    public Builder tokensPerMinute(long limit) {
      this.tokensPerMinute = limit;
      return this;
    }

    public Builder inputTokensPerMinute(long limit) {
      this.inputTokensPerMinute = limit;
      return this;
    }

    public Builder outputTokensPerMinute(long limit) {
      this.outputTokensPerMinute = limit;
      return this;
    }

    /** How many seconds of its rate each bucket holds (1 by default: tight). */
    public Builder burstSeconds(double seconds) {
      this.burstSeconds = seconds;
      return this;
    }

    public Builder maxInFlight(int calls) {
      this.maxInFlight = calls;
      return this;
    }

    /** Refuses the first {@code refusals} calls with 429 and a 200 ms Retry-After. */
    public Builder outage(int refusals) {
      this.outageRefusals = refusals;
      return this;
    }

    /** This share of prose answers is too short for the quality filters (by request hash). */
    public Builder shortAnswerShare(double share) {
      this.shortAnswerShare = share;
      return this;
    }

    /** Words of a prose answer that passes the filters (140 by default). */
    public Builder answerWords(int words) {
      this.answerWords = words;
      return this;
    }

    public RateLimitedModelServer build() {
      return new RateLimitedModelServer(this);
    }
  }
}
