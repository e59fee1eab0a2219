package org.difficultadvice.generate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.difficultadvice.plan.DilemmaSpec;

/**
 * One training example as the pipeline carries it from generation to export: the realized
 * system prompt, the user's message and the revised answer. The constitution excerpts injected
 * while answering are not part of it.
 *
 * @param systemPrompt the system turn, or empty when there is none
 * @param tools unrelated tool definitions in OpenAI {@code tools} form, attached by augmentation
 * @param models stage name to the model that ran it
 * @param judgeScores criterion to score, empty when no judge ran
 */
public record Example(
    DilemmaSpec spec,
    String systemPrompt,
    String userMessage,
    String assistantMessage,
    List<ObjectNode> tools,
    Map<String, String> models,
    Map<String, Double> judgeScores) {

  public Example {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(systemPrompt, "systemPrompt");
    Objects.requireNonNull(userMessage, "userMessage");
    Objects.requireNonNull(assistantMessage, "assistantMessage");
    tools = tools.stream().map(ObjectNode::deepCopy).toList();
    models = java.util.Collections.unmodifiableMap(new TreeMap<>(models));
    judgeScores = java.util.Collections.unmodifiableMap(new TreeMap<>(judgeScores));
  }

  public String specId() {
    return spec.id();
  }

  public Example withSystemPrompt(String newSystemPrompt) {
    return new Example(
        spec, newSystemPrompt, userMessage, assistantMessage, tools, models, judgeScores);
  }

  public Example withTools(List<ObjectNode> newTools) {
    return new Example(
        spec, systemPrompt, userMessage, assistantMessage, newTools, models, judgeScores);
  }

  public Example withAssistantMessage(String newAnswer) {
    return new Example(spec, systemPrompt, userMessage, newAnswer, tools, models, judgeScores);
  }

  public Example withJudgeScores(Map<String, Double> scores) {
    return new Example(
        spec, systemPrompt, userMessage, assistantMessage, tools, models, scores);
  }
}
