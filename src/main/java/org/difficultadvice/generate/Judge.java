package org.difficultadvice.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.difficultadvice.load.JudgeSettings;
import org.difficultadvice.load.OverLimitAction;
import org.difficultadvice.plan.DilemmaSpec;
import org.difficultadvice.provider.ChatMessage;
import org.difficultadvice.provider.ChatRequest;
import org.difficultadvice.provider.Completion;
import org.difficultadvice.provider.OutputSchema;
import org.difficultadvice.provider.Provider;
import org.difficultadvice.provider.ProviderException;
import org.difficultadvice.provider.Sampling;

/**
 * Scores an example against the rubric with one model call, asking for a JSON object through
 * structured output. Output that is not JSON, lacks a criterion or has a score outside 1-5 is
 * retried with a new seed, up to the configured attempts, then counted as a judge failure:
 * never an exception. Provider failures are the caller's to handle, as in every stage.
 */
public final class Judge {
  /** The rubric's criteria, in the order the prompt lists them. */
  public static final List<String> CRITERIA = List.of("engages_goal", "explains_why",
      "grounded", "practical_paths", "not_preachy", "natural_user_voice");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Provider provider;
  private final JudgePrompts prompts;
  private final String model;
  private final Sampling sampling;
  private final JudgeSettings settings;

  public Judge(Provider provider, JudgePrompts prompts, String model, Sampling sampling,
      JudgeSettings settings) {
    this.provider = provider;
    this.prompts = prompts;
    this.model = model;
    this.sampling = sampling;
    this.settings = settings;
  }

  /** The structured-output schema of the judge's answer. */
  public static OutputSchema schema() {
    ObjectNode scores = JSON.createObjectNode().put("type", "object");
    ObjectNode properties = scores.putObject("properties");
    ArrayNode required = scores.putArray("required");
    for (String criterion : CRITERIA) {
      properties.putObject(criterion).put("type", "integer").put("minimum", 1).put("maximum", 5);
      required.add(criterion);
    }
    scores.put("additionalProperties", false);
    ObjectNode root = JSON.createObjectNode().put("type", "object");
    root.putObject("properties").<ObjectNode>set("scores", scores)
        .putObject("rationale").put("type", "string");
    root.putArray("required").add("scores").add("rationale");
    root.put("additionalProperties", false);
    return new OutputSchema("judge_scores", root);
  }

  public JudgeVerdict judge(Example example, List<JudgeClause> clauses) throws ProviderException {
    Map<String, Object> model = dataModel(example, clauses);
    List<ChatMessage> messages = List.of(
        prompts.systemTurn(model),
        ChatMessage.user(prompts.renderUser(model)));
    String problem = "";
    for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
      Sampling seeded = new Sampling(sampling.temperature(), sampling.topP(),
          sampling.maxTokens(), seedFor(example.specId(), attempt));
      Completion completion = provider.complete(new ChatRequest(
          "judge", this.model, messages, seeded, Optional.of(schema())));
      Parsed parsed = completion.truncated()
          ? Parsed.failed("judge output cut off by the token limit")
          : parse(completion.text());
      if (parsed.problem().isEmpty()) {
        double mean = parsed.scores().values().stream()
            .mapToDouble(Double::doubleValue).average().orElse(0);
        JudgeVerdict.Decision decision = mean >= settings.threshold()
            ? JudgeVerdict.Decision.KEEP
            : settings.belowThreshold() == OverLimitAction.REVISE
                ? JudgeVerdict.Decision.REVISE
                : JudgeVerdict.Decision.DROP;
        return new JudgeVerdict(decision, parsed.scores(), mean, attempt, parsed.rationale());
      }
      problem = parsed.problem();
    }
    return new JudgeVerdict(JudgeVerdict.Decision.FAILED, Map.of(), 0, settings.attempts(),
        "no usable judge output after " + settings.attempts() + " attempts; last: " + problem);
  }

  /** A different, reproducible seed per spec and attempt. */
  private long seedFor(String specId, int attempt) {
    long base = sampling.seed() == null ? 0 : sampling.seed();
    return Hashing.murmur3_128().newHasher()
        .putLong(base).putString(specId, StandardCharsets.UTF_8).putInt(attempt)
        .hash().asLong();
  }

  private record Parsed(Map<String, Double> scores, String rationale, String problem) {
    static Parsed failed(String problem) {
      return new Parsed(Map.of(), "", problem);
    }
  }

  /** Reads the judge's JSON, tolerating a Markdown code fence around it. */
  static Parsed parse(String text) {
    int start = text.indexOf('{');
    int end = text.lastIndexOf('}');
    if (start < 0 || end < start) {
      return Parsed.failed("judge output is not a JSON object");
    }
    JsonNode root;
    try {
      root = JSON.readTree(text.substring(start, end + 1));
    } catch (JsonProcessingException e) {
      return Parsed.failed("judge output is not JSON: " + e.getOriginalMessage());
    }
    JsonNode scores = root.path("scores");
    if (!scores.isObject()) {
      return Parsed.failed("judge output has no \"scores\" object");
    }
    Map<String, Double> result = new TreeMap<>();
    for (String criterion : CRITERIA) {
      JsonNode score = scores.path(criterion);
      if (!score.isNumber()) {
        return Parsed.failed("judge output lacks criterion " + criterion);
      }
      double value = score.asDouble();
      if (value < 1 || value > 5) {
        return Parsed.failed("criterion " + criterion + " scored " + value + ", outside 1-5");
      }
      result.put(criterion, value);
    }
    return new Parsed(result, root.path("rationale").asText(""), "");
  }

  private static Map<String, Object> dataModel(Example example, List<JudgeClause> clauses) {
    DilemmaSpec spec = example.spec();
    Map<String, Object> specModel = new LinkedHashMap<>();
    specModel.put("id", spec.id());
    specModel.put("template", spec.template());
    specModel.put("domain", spec.domain());
    specModel.put("temptation", spec.temptation());
    specModel.put("goal", spec.goal());
    specModel.put("stakes", spec.stakes());
    specModel.put("pressure", spec.pressure());
    specModel.put("brief", spec.brief());
    List<Map<String, String>> clauseModel = clauses.stream()
        .map(c -> Map.of("id", c.id(), "title", c.title(), "text", c.text())).toList();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("spec", specModel);
    model.put("clauses", clauseModel);
    model.put("system_prompt", example.systemPrompt());
    model.put("user_message", example.userMessage());
    model.put("answer", example.assistantMessage());
    return model;
  }
}
