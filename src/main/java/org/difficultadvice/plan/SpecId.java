package org.difficultadvice.plan;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stable id of a spec: the first 16 hex digits of the SHA-256 of its canonical form, the
 * template id on the first line and then one {@code key=value} line per binding, sorted by key,
 * with backslashes and line breaks in values escaped.
 */
public final class SpecId {
  private static final int HEX_DIGITS = 16;

  private SpecId() {}

  public static String of(String templateId, Map<String, String> bindings) {
    return Hashing.sha256().hashString(canonicalForm(templateId, bindings), StandardCharsets.UTF_8)
        .toString().substring(0, HEX_DIGITS);
  }

  static String canonicalForm(String templateId, Map<String, String> bindings) {
    StringBuilder form = new StringBuilder(templateId).append('\n');
    new TreeMap<>(bindings).forEach((key, value) -> form.append(key).append('=')
        .append(value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n"))
        .append('\n'));
    return form.toString();
  }
}
