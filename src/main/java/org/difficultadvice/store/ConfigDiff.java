package org.difficultadvice.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The leaf paths where two config trees differ, as {@code a.b: old -> new}. */
final class ConfigDiff {
  private ConfigDiff() {}

  static List<String> between(JsonNode before, JsonNode after) {
    List<String> changes = new ArrayList<>();
    walk("", before, after, changes);
    return changes;
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
