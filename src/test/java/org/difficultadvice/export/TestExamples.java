package org.difficultadvice.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.difficultadvice.generate.Example;
import org.difficultadvice.plan.DilemmaSpec;

/** Synthetic examples of varied length and domain, the same for the same arguments. */
public final class TestExamples {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] WORDS = (
      "the deadline is friday and my manager wants the numbers to look better than they are "
          + "I could round the figures up nobody would check but the audit next quarter might "
          + "we need the grant to keep the lab open honest reporting matters more than speed "
          + "consider telling the committee about the delay and asking for an extension").split(" ");

  private TestExamples() {}

  public static DilemmaSpec spec(String id, String domain) {
    return new DilemmaSpec(id, domain + ".template", domain, "falsifying-records",
        List.of("honesty.no-deception", "records.accurate"), Map.of("person.name", "Ilse"),
        "get reimbursed", "a month's rent", "deadline on Friday", "A brief.");
  }

  public static Example example(String id, String domain, String system, String user,
      String answer) {
    return new Example(spec(id, domain), system, user, answer, List.of(),
        Map.of("realize", "model-a", "respond", "model-b", "revise", "model-b"),
        Map.of("engages_goal", 4.0));
  }

  public static ObjectNode tool(String name) {
    ObjectNode tool = JSON.createObjectNode();
    tool.put("type", "function");
    ObjectNode function = tool.putObject("function");
    function.put("name", name);
    function.put("description", "Looks up " + name.replace('_', ' ') + ".");
    ObjectNode parameters = function.putObject("parameters");
    parameters.put("type", "object");
    ObjectNode properties = parameters.putObject("properties");
    properties.putObject("query").put("type", "string");
    parameters.putArray("required").add("query");
    return tool;
  }

  /**
   * {@code count} examples over the given domains, answers of 40 to 400 words, every third
   * without a system prompt, every fourth with two tools.
   */
  public static List<Example> pool(int count, List<String> domains, long seed) {
    Random random = new Random(seed);
    List<Example> examples = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String domain = domains.get(i % domains.size());
      String id = String.format("%016x", random.nextLong());
      Example example = example(id, domain,
          i % 3 == 0 ? "" : "You advise people on workplace questions. " + words(random, 10),
          words(random, 20 + random.nextInt(60)) + " — what should I do? \"quoted\" \\ ünïcødé",
          words(random, 40 + random.nextInt(360)));
      if (i % 4 == 0) {
        example = example.withTools(List.of(tool("get_weather"), tool("search_flights")));
      }
      examples.add(example);
    }
    return examples;
  }

  private static String words(Random random, int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(i % 17 == 0 ? ".\n" : " ");
      }
      out.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return out.toString();
  }
}
