package org.difficultadvice.quality;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.difficultadvice.load.Diagnostic;
import org.difficultadvice.load.InvalidInputException;

/**
 * The records of an earlier release ({@code --dedup-against}): its user turns, assistant turns
 * and whole examples, keyed {@code file:line}, which new examples must not duplicate.
 */
public record PriorRelease(List<KeyedText<String>> userTurns,
    List<KeyedText<String>> assistantTurns, List<KeyedText<String>> wholeExamples) {
  public PriorRelease {
    userTurns = List.copyOf(userTurns);
    assistantTurns = List.copyOf(assistantTurns);
    wholeExamples = List.copyOf(wholeExamples);
  }

  public static PriorRelease none() {
    return new PriorRelease(List.of(), List.of(), List.of());
  }

  /**
   * Reads openai-format shards ({@code {"messages":[...]}} per line, {@code .jsonl} or
   * {@code .jsonl.gz}): one file, or every shard under a folder, in path order.
   */
  public static PriorRelease read(Path path) throws InvalidInputException {
    List<Path> shards;
    try (Stream<Path> walk = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
      shards = walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".jsonl") || p.toString().endsWith(".jsonl.gz"))
          .sorted().toList();
    } catch (IOException e) {
      throw new InvalidInputException(Diagnostic.at(path, 0,
          "cannot read earlier release: " + e.getMessage(),
          "pass a shard file or a release folder to --dedup-against"));
    }
    if (shards.isEmpty()) {
      throw new InvalidInputException(Diagnostic.at(path, 0, "no .jsonl shards found",
          "pass a shard file or a release folder to --dedup-against"));
    }
    ObjectMapper json = new ObjectMapper();
    List<KeyedText<String>> users = new ArrayList<>();
    List<KeyedText<String>> answers = new ArrayList<>();
    List<KeyedText<String>> wholes = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Path shard : shards) {
      try (InputStream raw = Files.newInputStream(shard);
          InputStream in = shard.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
          BufferedReader reader =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null && problems.size() < 20) {
          number++;
          if (line.isBlank()) {
            continue;
          }
          String key = shard + ":" + number;
          try {
            JsonNode messages = json.readTree(line).path("messages");
            String system = contentOf(messages, "system");
            String user = contentOf(messages, "user");
            String assistant = contentOf(messages, "assistant");
            if (!messages.isArray() || user.isEmpty()) {
              problems.add(Diagnostic.at(shard, number, "record has no user message",
                  "earlier releases must be openai-format shards: {\"messages\": [...]}"));
              continue;
            }
            users.add(new KeyedText<>(key, user));
            if (!assistant.isEmpty()) {
              answers.add(new KeyedText<>(key, assistant));
            }
            wholes.add(new KeyedText<>(key,
                ExampleDeduplicator.wholeText(system, user, assistant)));
          } catch (JsonProcessingException e) {
            problems.add(Diagnostic.at(shard, number, "not valid JSON: "
                + e.getOriginalMessage().lines().findFirst().orElse(""), "fix or remove the line"));
          }
        }
      } catch (IOException e) {
        problems.add(Diagnostic.at(shard, 0, "cannot read shard: " + e.getMessage(),
            "check the file"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new PriorRelease(users, answers, wholes);
  }

  /** The first message of a role, or empty. */
  private static String contentOf(JsonNode messages, String role) {
    for (JsonNode message : messages) {
      if (role.equals(message.path("role").asText()) && message.path("content").isTextual()) {
        return message.get("content").asText();
      }
    }
    return "";
  }
}
