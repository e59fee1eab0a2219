package org.difficultadvice.quality;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line of every key and value in a YAML document, by path ({@code themes/2/all_of/0}).
 * Jackson reports record-binding problems without a useful line, and a compiled regex has no
 * line at all, so diagnostics look their line up here.
 */
final class YamlLines {
  private final Map<String, Integer> lines = new HashMap<>();

  /** One open container: the key being read in an object, or the next index in an array. */
  private static final class Frame {
    final boolean array;
    String key = "";
    int index;

    Frame(boolean array) {
      this.array = array;
    }

    String step() {
      return array ? Integer.toString(index) : key;
    }
  }

  private YamlLines() {}

  /** Lines of a document; one that is not valid YAML gives the lines read before the error. */
  static YamlLines of(String yaml) {
    YamlLines result = new YamlLines();
    List<Frame> open = new ArrayList<>();
    try (JsonParser parser = new YAMLFactory().createParser(yaml)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        int line = parser.currentTokenLocation().getLineNr();
        switch (token) {
          case FIELD_NAME -> {
            open.get(open.size() - 1).key = parser.currentName();
            result.lines.putIfAbsent(pathOf(open), line);
          }
          case START_OBJECT, START_ARRAY -> {
            result.lines.putIfAbsent(pathOf(open), line);
            open.add(new Frame(token == JsonToken.START_ARRAY));
          }
          case END_OBJECT, END_ARRAY -> {
            open.remove(open.size() - 1);
            advance(open);
          }
          default -> {
            result.lines.putIfAbsent(pathOf(open), line);
            advance(open);
          }
        }
      }
    } catch (IOException e) {
      return result; // the loader reports the syntax error with Jackson's own location
    }
    return result;
  }

  private static void advance(List<Frame> open) {
    if (!open.isEmpty() && open.get(open.size() - 1).array) {
      open.get(open.size() - 1).index++;
    }
  }

  private static String pathOf(List<Frame> open) {
    return String.join("/", open.stream().map(Frame::step).toList());
  }

  /** The 1-based line of a path, or 0 when it is not in the document. */
  int lineOf(String path) {
    return lines.getOrDefault(path, 0);
  }
}
