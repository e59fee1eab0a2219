package org.difficultadvice.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the line of a key path in YAML text. Jackson reports record-binding errors at the end
 * of the enclosing object (it buffers creator properties), so the line is looked up by path.
 * Array indexes are not part of the path: the first matching key wins.
 */
final class YamlKeyLocator {
  private static final YAMLFactory FACTORY = new YAMLFactory();

  private YamlKeyLocator() {}

  /** The 1-based line of the last key in {@code keys}, or 0 if it is not found. */
  static int lineOf(String yaml, List<String> keys) {
    if (keys.isEmpty()) {
      return 0;
    }
    try (JsonParser parser = FACTORY.createParser(yaml)) {
      List<String> open = new ArrayList<>(); // the key that opened each enclosing container
      String lastKey = null;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        switch (token) {
          case FIELD_NAME -> {
            lastKey = parser.currentName();
            List<String> here = new ArrayList<>(open.stream().filter(Objects::nonNull).toList());
            here.add(lastKey);
            if (here.equals(keys)) {
              return parser.currentTokenLocation().getLineNr();
            }
          }
          case START_OBJECT, START_ARRAY -> {
            open.add(lastKey);
            lastKey = null;
          }
          case END_OBJECT, END_ARRAY -> {
            if (!open.isEmpty()) {
              open.remove(open.size() - 1);
            }
            lastKey = null;
          }
          default -> lastKey = null;
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return 0;
  }
}
