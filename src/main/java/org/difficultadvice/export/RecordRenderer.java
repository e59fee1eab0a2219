package org.difficultadvice.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.difficultadvice.budget.ChatFormat;
import org.difficultadvice.generate.Example;

/**
 * Writes one example as one JSONL line in the chosen format. Keys come in a fixed order
 * (turns, tools, metadata; inside metadata as listed below) so the same example always gives
 * the same bytes.
 *
 * <p>{@code openai}: {@code {"messages":[{"role","content"}...],"tools":[...],"metadata":{...}}}
 * with {@code tools} only when there are some. {@code sharegpt}:
 * {@code {"conversations":[{"from","value"}...],"tools":"[...]","metadata":{...}}}, tools as a
 * JSON string as LLaMA-Factory reads them. {@code text}: {@code {"text":...,"metadata":{...}}}.
 */
final class RecordRenderer {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ChatFormat format;
  private final MetadataMode metadata;

  RecordRenderer(ChatFormat format, MetadataMode metadata) {
    this.format = Objects.requireNonNull(format, "format");
    this.metadata = Objects.requireNonNull(metadata, "metadata");
  }

  /** The record as UTF-8 JSON followed by a newline. */
  byte[] render(Example example, long tokens) {
    ObjectNode record = JSON.createObjectNode();
    if (format == ChatFormat.TEXT) {
      record.put("text", example.assistantMessage());
      return line(example, metadata == MetadataMode.INCLUDE
          ? record.set("metadata", metadataOf(example, tokens)) : record);
    }
    boolean openAi = format == ChatFormat.OPENAI;
    ArrayNode turns = record.putArray(openAi ? "messages" : "conversations");
    for (ChatFormat.Turn turn : format.turns(example)) {
      ObjectNode node = turns.addObject();
      node.put(openAi ? "role" : "from", turn.role());
      node.put(openAi ? "content" : "value", turn.content());
    }
    if (!example.tools().isEmpty()) {
      if (openAi) {
        ArrayNode tools = record.putArray("tools");
        example.tools().forEach(tools::add);
      } else {
        record.put("tools", format.toolsJson(example.tools()));
      }
    }
    if (metadata == MetadataMode.INCLUDE) {
      record.set("metadata", metadataOf(example, tokens));
    }
    return line(example, record);
  }

  private static byte[] line(Example example, com.fasterxml.jackson.databind.JsonNode record) {
    try {
      String line = JSON.writeValueAsString(record);
      return (line + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("record for " + example.specId() + " not writable", e);
    }
  }

  private static ObjectNode metadataOf(Example example, long tokens) {
    ObjectNode meta = JSON.createObjectNode();
    meta.put("spec_id", example.specId());
    meta.put("template", example.spec().template());
    if (!example.spec().title().isEmpty()) {
      meta.put("title", example.spec().title());
    }
    meta.put("story", example.spec().story());
    meta.put("domain", example.spec().domain());
    meta.put("temptation", example.spec().temptation());
    ArrayNode clauses = meta.putArray("clauses");
    example.spec().clauses().forEach(clauses::add);
    // Empty maps are left out rather than written as {}: Arrow (Hugging Face datasets)
    // infers an empty struct from {}, which it cannot write to Parquet.
    if (!example.models().isEmpty()) {
      ObjectNode models = meta.putObject("models");
      example.models().forEach(models::put);
    }
    if (!example.judgeScores().isEmpty()) {
      ObjectNode scores = meta.putObject("judge_scores");
      for (Map.Entry<String, Double> score : example.judgeScores().entrySet()) {
        scores.put(score.getKey(), score.getValue());
      }
    }
    meta.put("tokens", tokens);
    return meta;
  }
}
