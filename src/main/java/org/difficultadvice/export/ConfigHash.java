package org.difficultadvice.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.difficultadvice.load.JobConfig;

/**
 * sha256 of a job config as canonical JSON: every setting with its default filled in, keys
 * sorted, compact. The file's location is left out, so the same settings hash the same on any
 * machine; so are the provider's base URLs: which servers answered does not shape the records
 * (several may serve one run), and a URL may carry a host name nobody should learn from a
 * dataset.
 */
public final class ConfigHash {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ConfigHash() {}

  public static String of(JobConfig config) {
    try {
      String canonical = JSON.writeValueAsString(canonicalJson(config));
      return Hashing.sha256().hashString(canonical, StandardCharsets.UTF_8).toString();
    } catch (IOException e) {
      throw new IllegalStateException("job config not writable as JSON", e);
    }
  }

  /**
   * Every setting with its default filled in, keys sorted; the file's location and the base URLs
   * left out.
   */
  public static ObjectNode canonicalJson(JobConfig config) {
    ObjectNode tree = JSON.valueToTree(config);
    tree.remove("source");
    if (tree.get("provider") instanceof ObjectNode provider) {
      provider.remove(java.util.List.of("base_url", "base_urls"));
    }
    return (ObjectNode) sorted(tree);
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = JSON.createObjectNode();
      java.util.List<String> names = new java.util.ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      java.util.Collections.sort(names);
      for (String name : names) {
        out.set(name, sorted(node.get(name)));
      }
      return out;
    }
    if (node.isArray()) {
      var out = JSON.createArrayNode();
      node.forEach(child -> out.add(sorted(child)));
      return out;
    }
    return node;
  }
}
