package org.difficultadvice.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Reads a job config file. Unknown keys, wrong types and bad YAML are errors with a line. */
public final class JobConfigLoader {
  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  public JobConfig load(Path file) throws InvalidInputException {
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(
          Diagnostic.at(file, 0, "config file not found",
              "pass an existing file with --config (the default is generator/default.yaml)"));
    }
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new InvalidInputException(
          Diagnostic.at(file, 0, "cannot read config: " + e.getMessage(), "check the file"));
    }
    try {
      if (text.isBlank()) {
        return JobConfig.defaults(file);
      }
      JobConfig parsed = yaml.readValue(text, JobConfig.class);
      if (parsed.source() != null) {
        throw new InvalidInputException(
            Diagnostic.at(file, 0, "unknown key 'source'", "remove it"));
      }
      return parsed.withSource(file);
    } catch (UnrecognizedPropertyException e) {
      String known = e.getKnownPropertyIds().stream()
          .map(Object::toString).filter(k -> !k.equals("source")).sorted()
          .collect(Collectors.joining(", "));
      throw new InvalidInputException(located(file, text, e,
          "unknown key '" + e.getPropertyName() + "'" + where(e),
          "remove it or use one of: " + known));
    } catch (ValueInstantiationException e) {
      // A settings record refused a value; its message starts with the key it is about.
      String problem = e.getCause() == null ? e.getOriginalMessage() : e.getCause().getMessage();
      List<String> keys = new java.util.ArrayList<>(keysOf(e));
      keys.add(problem.split(" ", 2)[0]);
      int line = YamlKeyLocator.lineOf(text, keys);
      if (line == 0) {
        Diagnostic enclosing = located(file, text, e, "", "");
        line = enclosing.line();
      }
      throw new InvalidInputException(new Diagnostic(file, line, 0,
          "invalid value: " + problem, "see the config reference in README.md"));
    } catch (JsonMappingException e) {
      throw new InvalidInputException(located(file, text, e,
          "wrong value" + where(e) + ": " + e.getOriginalMessage().lines().findFirst().orElse(""),
          "see the config reference in README.md"));
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(located(file, text, e,
          "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""),
          "fix the YAML syntax at that line"));
    }
  }

  private static List<String> keysOf(JsonMappingException e) {
    return e.getPath().stream()
        .map(JsonMappingException.Reference::getFieldName).filter(Objects::nonNull).toList();
  }

  private static String where(JsonMappingException e) {
    String path = e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."));
    return path.isEmpty() ? "" : " at '" + path + "'";
  }

  private static Diagnostic located(
      Path file, String text, JsonProcessingException e, String message, String fix) {
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      List<String> keys = keysOf(mapping);
      int line = YamlKeyLocator.lineOf(text, keys);
      if (line > 0) {
        return new Diagnostic(file, line, 0, message, fix);
      }
    }
    JsonLocation at = e.getLocation();
    int line = at == null ? 0 : Math.max(0, at.getLineNr());
    int column = at == null || line == 0 ? 0 : Math.max(0, at.getColumnNr());
    return new Diagnostic(file, line, column, message, fix);
  }
}
