package dev.eddy.conformance;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which runs are skipped for their formats: those that need a schema registry (Eddy has
 * none), and those outside {@code --only-format}. Formats are read the way README §9 counts them:
 * {@code VALUE_FORMAT}, {@code KEY_FORMAT} and {@code FORMAT} in the statements, the
 * {@code ksql.persistence.default.format.*} properties, and schemas registered by {@code topics}.
 */
public final class FormatFilter {

  private static final Set<String> SCHEMA_REGISTRY = Set.of("AVRO", "PROTOBUF", "JSON_SR");
  private static final Pattern FORMAT_PROPERTY =
      Pattern.compile("\\b(?:VALUE_FORMAT|KEY_FORMAT|FORMAT)\\s*=\\s*'([^']*)'", Pattern.CASE_INSENSITIVE);

  private final Set<String> only;

  /** @param only the formats a run may use (upper case), or null for no restriction */
  public FormatFilter(Set<String> only) {
    this.only = only;
  }

  /** Why the run is skipped, or null when it runs. */
  public String skipReason(QttRun run) {
    Set<String> formats = formatsOf(run);
    boolean registeredSchema = run.topics().stream()
        .anyMatch(topic -> topic.has("keySchema") || topic.has("valueSchema"));
    if (registeredSchema || formats.stream().anyMatch(SCHEMA_REGISTRY::contains)) {
      return "needs a schema registry";
    }
    if (only != null) {
      // The implicit KAFKA key of a CREATE without KEY_FORMAT is not named, so it never excludes a run.
      Set<String> outside = new TreeSet<>(formats);
      outside.removeAll(only);
      if (!outside.isEmpty()) {
        return "format not selected: " + String.join(",", outside);
      }
    }
    return null;
  }

  static Set<String> formatsOf(QttRun run) {
    Set<String> formats = new TreeSet<>();
    for (String statement : run.statements()) {
      Matcher m = FORMAT_PROPERTY.matcher(statement);
      while (m.find()) {
        formats.add(m.group(1).trim().toUpperCase(Locale.ROOT));
      }
    }
    run.properties().forEach((key, value) -> {
      if (key.startsWith("ksql.persistence.default.format.")) {
        formats.add(value.trim().toUpperCase(Locale.ROOT));
      }
    });
    return formats;
  }
}
