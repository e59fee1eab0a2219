package org.difficultadvice.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Binds a YAML document (a whole file, or a header embedded in one) to a record, rejecting
 * unknown and duplicate keys, and reports problems at the line of the file they are on.
 */
final class YamlDocumentReader {
  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /**
   * Reads {@code text} as a {@code type}, or returns {@code null} after adding what is wrong.
   *
   * @param firstLine the line of {@code file} on which {@code text} starts
   * @param reference where a person finds the allowed keys, named in fixes
   */
  <T> T read(Path file, String text, int firstLine, Class<T> type, String reference,
      Diagnostics diagnostics) {
    try {
      return yaml.readValue(text, type);
    } catch (UnrecognizedPropertyException e) {
      String known = e.getKnownPropertyIds().stream()
          .map(Object::toString).sorted().collect(Collectors.joining(", "));
      diagnostics.add(located(file, text, firstLine, e,
          "unknown key '" + e.getPropertyName() + "'", "remove it or use one of: " + known));
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof StreamReadException syntax) {
        // A syntax error (such as a duplicate key) met while binding a nested value.
        diagnostics.add(located(file, text, firstLine, syntax,
            "not valid YAML: " + firstLineOf(syntax.getOriginalMessage()),
            "fix the YAML at that line"));
        return null;
      }
      diagnostics.add(located(file, text, firstLine, e,
          "wrong value" + where(e) + ": " + firstLineOf(e.getOriginalMessage()),
          "see " + reference));
    } catch (JsonProcessingException e) {
      diagnostics.add(located(file, text, firstLine, e,
          "not valid YAML: " + firstLineOf(e.getOriginalMessage()),
          "fix the YAML syntax at that line"));
    }
    return null;
  }

  /** The line of {@code file} holding the top-level key {@code key}, or 0. */
  static int lineOfKey(String text, int firstLine, String key) {
    int line = YamlKeyLocator.lineOf(text, List.of(key));
    return line == 0 ? 0 : line + firstLine - 1;
  }

  private static String firstLineOf(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  private static String where(JsonMappingException e) {
    String path = e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."));
    return path.isEmpty() ? "" : " at '" + path + "'";
  }

  private static Diagnostic located(Path file, String text, int firstLine,
      JsonProcessingException e, String message, String fix) {
    // Jackson reports binding errors at the end of the enclosing object, so look the key up.
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      List<String> keys = mapping.getPath().stream()
          .map(JsonMappingException.Reference::getFieldName).filter(Objects::nonNull).toList();
      int line = YamlKeyLocator.lineOf(text, keys);
      if (line > 0) {
        return Diagnostic.at(file, line + firstLine - 1, message, fix);
      }
    }
    JsonLocation at = e.getLocation();
    int line = at == null ? 0 : Math.max(0, at.getLineNr());
    int column = at == null || line == 0 ? 0 : Math.max(0, at.getColumnNr());
    return new Diagnostic(file, line == 0 ? 0 : line + firstLine - 1, column, message, fix);
  }
}
