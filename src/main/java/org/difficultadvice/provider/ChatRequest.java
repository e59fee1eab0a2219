package org.difficultadvice.provider;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One model call, independent of any API's wire format.
 *
 * @param stage the pipeline stage that makes the call ({@code realize}, {@code respond}...). It
 *     labels accounting, the run store and logs; providers never send it.
 * @param outputSchema present when the answer must be a JSON object of that schema
 */
public record ChatRequest(
    String stage,
    String model,
    List<ChatMessage> messages,
    Sampling sampling,
    Optional<OutputSchema> outputSchema) {

  public ChatRequest {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(sampling, "sampling");
    Objects.requireNonNull(outputSchema, "outputSchema");
    messages = List.copyOf(messages);
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("a chat request needs at least one message");
    }
  }

  /** The system turn's text, if the first message is a system turn. */
  public Optional<String> systemPrompt() {
    return systemTurn().map(ChatMessage::content);
  }

  /** The first message, if it is a system turn. */
  public Optional<ChatMessage> systemTurn() {
    ChatMessage first = messages.get(0);
    return first.role() == Role.SYSTEM ? Optional.of(first) : Optional.empty();
  }

  /** Every turn but a leading system turn. */
  public List<ChatMessage> conversation() {
    return systemPrompt().isPresent() ? messages.subList(1, messages.size()) : messages;
  }
}
