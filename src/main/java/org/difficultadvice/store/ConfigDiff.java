package org.difficultadvice.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The leaf paths where two config trees differ, as {@code a.b: old -> new}; under {@link
 * #CONTENT} (file name -> hash), as {@code templates/x.ftl: edited since this run started}.
 */
final class ConfigDiff {
  /** The key of the content files' hashes ({@code load.ContentDigest}) in a run's config. */
  static final String CONTENT = "content";

  /**
   * Settings that earlier versions bound a run to and this one does not, ignored in a stored
   * config: {@code provider.base_url} (where the model is served does not shape the records, and
   * several servers may serve one run).
   */
  private static final List<List<String>> RETIRED = List.of(List.of("provider", "base_url"));

  private ConfigDiff() {}

  static List<String> between(JsonNode before, JsonNode after) {
    List<String> changes = new ArrayList<>();
    walk("", withoutRetired(without(before, CONTENT)), withoutRetired(without(after, CONTENT)),
        changes);
    // A run started before content was hashed has no record of it: nothing to compare with.
    if (before != null && before.has(CONTENT)) {
      compareContent(before.get(CONTENT), after == null ? null : after.get(CONTENT), changes);
    }
    return changes;
  }

  private static void compareContent(JsonNode before, JsonNode after, List<String> changes) {
    TreeSet<String> files = new TreeSet<>();
    before.fieldNames().forEachRemaining(files::add);
    if (after != null) {
      after.fieldNames().forEachRemaining(files::add);
    }
    for (String file : files) {
      JsonNode old = before.get(file);
      JsonNode now = after == null ? null : after.get(file);
      if (old == null) {
        changes.add(file + ": added since this run started");
      } else if (now == null) {
        changes.add(file + ": removed since this run started");
      } else if (!old.asText().equals(now.asText())) {
        changes.add(file + ": edited since this run started");
      }
    }
  }

  private static JsonNode without(JsonNode node, String key) {
    if (node == null || !node.isObject() || !node.has(key)) {
      return node;
    }
    ObjectNode copy = ((ObjectNode) node).deepCopy();
    copy.remove(key);
    return copy;
  }

  private static JsonNode withoutRetired(JsonNode node) {
    if (node == null || !node.isObject()) {
      return node;
    }
    ObjectNode copy = ((ObjectNode) node).deepCopy();
    for (List<String> path : RETIRED) {
      JsonNode parent = copy;
      for (String key : path.subList(0, path.size() - 1)) {
        parent = parent.path(key);
      }
      if (parent instanceof ObjectNode object) {
        object.remove(path.get(path.size() - 1));
      }
    }
    return copy;
  }

  private static void walk(String path, JsonNode before, JsonNode after, List<String> changes) {
    if (before != null && after != null && before.isObject() && after.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      before.fieldNames().forEachRemaining(keys::add);
      after.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        walk(path.isEmpty() ? key : path + "." + key, before.get(key), after.get(key), changes);
      }
      return;
    }
    // Leaves compare as JSON text: a value read back from the store may come back as another
    // node type (an int where a long was written) and is still the same setting.
    if (before == null ? after != null : after == null || !before.toString().equals(after.toString())) {
      changes.add(path + ": " + show(before) + " -> " + show(after));
    }
  }

  private static String show(JsonNode node) {
    if (node == null) {
      return "(absent)";
    }
    String text = node.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }
}
