package dev.eddy.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code CREATE STREAM|TABLE name (columns) WITH (...)} statement says about its topic:
 * the runner needs the formats and columns to turn input specs into bytes (README §7) and
 * the partition count to create the topic beforehand (§4.3), before the engine exists. Only the
 * declaration is read, not the statement's meaning: the engine still judges the SQL itself.
 *
 * @param properties the WITH clause, keys upper case (format options such as WRAP_SINGLE_VALUE)
 */
record SourceDeclaration(String topic, Integer partitions, String keyFormat, String valueFormat,
    List<ColumnSpec> keyColumns, List<ColumnSpec> valueColumns, Map<String, String> properties) {

  private static final Pattern CREATE = Pattern.compile(
      "^\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:SOURCE\\s+)?(?:STREAM|TABLE)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?[^\\s(]+\\s*\\(",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern AS_SELECT = Pattern.compile("\\bAS\\s+SELECT\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern PROPERTY =
      Pattern.compile("(\\w+)\\s*=\\s*(?:'((?:[^']|'')*)'|([^,)\\s]+))", Pattern.CASE_INSENSITIVE);
  private static final Pattern KEY_MARKER = Pattern.compile("\\s+(?:PRIMARY\\s+)?KEY\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern WITH = Pattern.compile("\\bWITH\\s*\\(", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_MARKER = Pattern.compile("\\s+HEADERS?\\b.*$", Pattern.CASE_INSENSITIVE);

  /** The declaration in {@code statement}, if it declares columns over a topic. */
  static Optional<SourceDeclaration> parse(String statement, Map<String, String> properties) {
    Matcher create = CREATE.matcher(statement);
    if (!create.find() || AS_SELECT.matcher(statement).find()) {
      return Optional.empty();
    }
    int close = matchingParen(statement, create.end() - 1);
    if (close < 0) {
      return Optional.empty();
    }
    Map<String, String> with = properties(statement.substring(close + 1));
    String topic = with.get("KAFKA_TOPIC");
    if (topic == null) {
      return Optional.empty();
    }
    List<ColumnSpec> keyColumns = new ArrayList<>();
    List<ColumnSpec> valueColumns = new ArrayList<>();
    for (String column : splitTopLevel(statement.substring(create.end(), close))) {
      String[] nameAndType = column.trim().split("\\s+", 2);
      if (nameAndType.length < 2 || HEADER_MARKER.matcher(nameAndType[1]).find()) {
        continue;
      }
      Matcher key = KEY_MARKER.matcher(nameAndType[1]);
      if (key.find()) {
        keyColumns.add(column(nameAndType[0], nameAndType[1].substring(0, key.start())));
      } else {
        valueColumns.add(column(nameAndType[0], nameAndType[1]));
      }
    }
    String format = with.get("FORMAT");
    String keyFormat = firstNonNull(with.get("KEY_FORMAT"), format,
        properties.get("ksql.persistence.default.format.key"), "KAFKA");
    String valueFormat = firstNonNull(with.get("VALUE_FORMAT"), format,
        properties.get("ksql.persistence.default.format.value"), "JSON");
    Integer partitions = null;
    try {
      partitions = with.containsKey("PARTITIONS") ? Integer.valueOf(with.get("PARTITIONS").trim()) : null;
    } catch (NumberFormatException e) {
      // An invalid count is the engine's to refuse; the runner just uses the default.
    }
    return Optional.of(new SourceDeclaration(topic, partitions, keyFormat.toUpperCase(Locale.ROOT),
        valueFormat.toUpperCase(Locale.ROOT), keyColumns, valueColumns, with));
  }

  /** The declared types of the key columns, upper case. */
  List<String> keyTypes() {
    return keyColumns.stream().map(c -> c.type().toUpperCase(Locale.ROOT)).toList();
  }

  List<String> valueTypes() {
    return valueColumns.stream().map(c -> c.type().toUpperCase(Locale.ROOT)).toList();
  }

  /**
   * The WITH properties of the statement that creates source {@code name}, with or without a
   * column list ({@code CREATE STREAM S WITH (...) AS SELECT ...} too), keys upper case; empty
   * when no statement creates it or it has no WITH clause.
   */
  static Map<String, String> propertiesOf(String name, List<String> statements) {
    Pattern creates = Pattern.compile("^\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:SOURCE\\s+)?(?:STREAM|TABLE)\\s+"
        + "(?:IF\\s+NOT\\s+EXISTS\\s+)?`?" + Pattern.quote(name) + "`?(?=[\\s(])", Pattern.CASE_INSENSITIVE);
    for (String statement : statements) {
      Matcher create = creates.matcher(statement);
      if (!create.find()) {
        continue;
      }
      Matcher select = AS_SELECT.matcher(statement);
      String head = statement.substring(create.end(), select.find() ? select.start() : statement.length());
      Matcher with = WITH.matcher(head);
      return with.find() ? properties(head.substring(with.end())) : Map.of();
    }
    return Map.of();
  }

  private static Map<String, String> properties(String withClause) {
    Map<String, String> with = new LinkedHashMap<>();
    Matcher property = PROPERTY.matcher(withClause);
    while (property.find()) {
      String value = property.group(2) != null ? property.group(2).replace("''", "'") : property.group(3);
      with.put(property.group(1).toUpperCase(Locale.ROOT), value);
    }
    return with;
  }

  /** A declared column: an unquoted name is upper-cased, a back-quoted one kept. */
  private static ColumnSpec column(String name, String type) {
    String folded = name.startsWith("`") && name.endsWith("`") && name.length() > 1
        ? name.substring(1, name.length() - 1) : name.toUpperCase(Locale.ROOT);
    return new ColumnSpec(folded, type.trim());
  }

  private static int matchingParen(String text, int open) {
    int depth = 0;
    boolean quoted = false;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Splits on commas outside parentheses and angle brackets ({@code DECIMAL(4,2)}, {@code MAP<A, B>}). */
  private static List<String> splitTopLevel(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '<') {
        depth++;
      } else if (c == ')' || c == '>') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  private static String firstNonNull(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
