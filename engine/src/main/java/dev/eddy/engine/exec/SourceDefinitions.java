package dev.eddy.engine.exec;

import dev.eddy.engine.catalog.Column;
import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.catalog.SourceKind;
import dev.eddy.engine.catalog.TypeNames;
import dev.eddy.engine.catalog.SourceWindow;
import dev.eddy.engine.catalog.ColumnRole;
import dev.eddy.engine.format.FormatException;
import dev.eddy.engine.format.FormatOptions;
import dev.eddy.engine.format.NoneFormat;
import dev.eddy.engine.format.SerdeTarget;
import dev.eddy.engine.format.json.JsonFormat;
import dev.eddy.engine.format.protobuf.ProtobufNoSrFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rel.type.RelDataTypeFieldImpl;
import org.apache.calcite.rel.type.RelRecordType;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Builds a {@link SourceDefinition} from declared columns and a WITH clause, enforcing ksqlDB's
 * rules on keys, formats and the timestamp column.
 */
final class SourceDefinitions {

  static final Set<String> VALUE_FORMATS = formatsFor(SerdeTarget.VALUE);
  static final Set<String> KEY_FORMATS = formatsFor(SerdeTarget.KEY);
  private static final Set<String> REGISTRY_FORMATS = Set.of("AVRO", "PROTOBUF", "JSON_SR");
  /** Format options, each with the format it belongs to and the record part it applies to. */
  private static final List<FormatOption> FORMAT_OPTIONS = List.of(
      new FormatOption(WithProperties.VALUE_DELIMITER, "DELIMITED", SerdeTarget.VALUE),
      new FormatOption(WithProperties.KEY_DELIMITER, null, SerdeTarget.KEY),
      new FormatOption(WithProperties.WRAP_SINGLE_VALUE, null, SerdeTarget.VALUE),
      new FormatOption(WithProperties.KEY_PROTOBUF_NULLABLE_REPRESENTATION, ProtobufNoSrFormat.NAME, SerdeTarget.KEY),
      new FormatOption(WithProperties.VALUE_PROTOBUF_NULLABLE_REPRESENTATION, ProtobufNoSrFormat.NAME,
          SerdeTarget.VALUE));

  private SourceDefinitions() {}

  /** ksqlDB's session properties that default a source's formats when its WITH clause names none. */
  static final String DEFAULT_KEY_FORMAT = "ksql.persistence.default.format.key";
  static final String DEFAULT_VALUE_FORMAT = "ksql.persistence.default.format.value";
  static final String DEFAULT_WRAP_SINGLE_VALUE = "ksql.persistence.wrap.single.values";

  /**
   * @param defaultTopic the topic when WITH names none (the source name for CREATE ... AS SELECT)
   * @param inherited formats to use when WITH names none (those of a query's source), or null
   */
  static SourceDefinition build(String name, SourceKind kind, List<Column> columns, WithProperties with,
      SqlParserPos position, String defaultTopic, Formats inherited) {
    return build(name, kind, columns, with, position, defaultTopic, inherited, Map.of());
  }

  /**
   * @param sessionProperties the statement's session properties: {@value #DEFAULT_KEY_FORMAT},
   *     {@value #DEFAULT_VALUE_FORMAT} and {@value #DEFAULT_WRAP_SINGLE_VALUE} stand in for what
   *     WITH (and {@code inherited}) leave out
   */
  static SourceDefinition build(String name, SourceKind kind, List<Column> columns, WithProperties with,
      SqlParserPos position, String defaultTopic, Formats inherited, Map<String, String> sessionProperties) {
    String topic = with.string(WithProperties.KAFKA_TOPIC).orElse(defaultTopic == null ? name : defaultTopic);
    List<Column> keys = columns.stream().filter(Column::isKey).toList();
    Formats defaults = inherited != null ? inherited : new Formats(
        sessionProperties.getOrDefault(DEFAULT_KEY_FORMAT, "KAFKA").toUpperCase(Locale.ROOT),
        Optional.ofNullable(sessionProperties.get(DEFAULT_VALUE_FORMAT)).map(f -> f.toUpperCase(Locale.ROOT)).orElse(null));
    if (defaults.key.equals(NoneFormat.NAME) && !keys.isEmpty()) {
      // A query over a keyless source that makes a key (GROUP BY) cannot inherit NONE; ksqlDB
      // picks JSON, which holds any number of key columns.
      defaults = new Formats(JsonFormat.NAME, defaults.value);
    }
    Formats formats = formats(with, position, defaults);
    if (kind == SourceKind.TABLE && keys.isEmpty()) {
      throw new PositionedException(position, "Table " + name + " needs a PRIMARY KEY column.");
    }
    if (formats.key.equals("NONE") && !keys.isEmpty()) {
      throw new PositionedException(position,
          "Key format NONE cannot hold the key column" + (keys.size() > 1 ? "s " : " ")
              + keys.stream().map(Column::name).toList() + ".");
    }
    if (formats.key.equals("KAFKA") && keys.size() > 1) {
      throw new PositionedException(position,
          "Key format KAFKA holds a single key column; use JSON or DELIMITED for " + keys.size() + " key columns.");
    }
    String timestampColumn = with.string(WithProperties.TIMESTAMP).map(String::toUpperCase).orElse(null);
    String timestampFormat = with.string(WithProperties.TIMESTAMP_FORMAT).orElse(null);
    if (timestampColumn != null) {
      checkTimestampColumn(columns, timestampColumn, timestampFormat, with);
    }
    Map<String, String> options = new HashMap<>();
    String wrapDefault = sessionProperties.get(DEFAULT_WRAP_SINGLE_VALUE);
    if (wrapDefault != null) {
      options.put(FormatOptions.DEFAULT_WRAP_SINGLE_VALUE, wrapDefault);
    }
    for (FormatOption option : FORMAT_OPTIONS) {
      with.string(option.property).ifPresent(v -> options.put(option.property, v));
      String format = option.target == SerdeTarget.KEY ? formats.key : formats.value;
      if (option.format != null && options.containsKey(option.property) && !option.format.equals(format)) {
        throw new PositionedException(with.position(option.property),
            option.property + " applies to the " + option.format + " format only, not " + format + ".");
      }
    }
    checkFormatsHoldColumns(columns, formats, FormatOptions.of(options), with, position);
    SourceWindow window = window(with);
    if (window != null && keys.isEmpty()) {
      throw new PositionedException(with.position(WithProperties.WINDOW_TYPE),
          "A windowed source needs a key column: its window is part of the record key.");
    }
    return new SourceDefinition(name, kind, columns, topic, formats.key, formats.value, options,
        timestampColumn, timestampFormat, window);
  }

  /**
   * Refuses, when the source is declared, a format that cannot carry its columns (a DELIMITED
   * ARRAY, a KAFKA key of two columns, a PROTOBUF_NOSR MAP with INTEGER keys...), as ksqlDB does,
   * rather than failing the first query that reads or writes it. Building the serializers runs
   * each format's own checks.
   */
  private static void checkFormatsHoldColumns(List<Column> columns, Formats formats, FormatOptions options,
      WithProperties with, SqlParserPos position) {
    for (SerdeTarget target : SerdeTarget.values()) {
      boolean key = target == SerdeTarget.KEY;
      String format = key ? formats.key : formats.value;
      List<RelDataTypeField> fields = new ArrayList<>();
      for (Column column : columns) {
        if (column.role() == (key ? ColumnRole.KEY : ColumnRole.VALUE)) {
          fields.add(new RelDataTypeFieldImpl(column.name(), fields.size(), column.type()));
        }
      }
      RelDataType schema = new RelRecordType(fields);
      try {
        dev.eddy.engine.format.Formats.of(format).serializer(schema, target, options);
        dev.eddy.engine.format.Formats.of(format).deserializer(schema, target, options);
      } catch (FormatException e) {
        String property = with.has(WithProperties.FORMAT) ? WithProperties.FORMAT
            : key ? WithProperties.KEY_FORMAT : WithProperties.VALUE_FORMAT;
        throw new PositionedException(with.has(property) ? with.position(property) : position,
            (key ? "Key" : "Value") + " format " + format + " cannot hold the " + (key ? "key" : "value")
                + " columns: " + e.getMessage());
      }
    }
  }

  /** A WITH property that configures one format on one record part; {@code format} null for any format. */
  private record FormatOption(String property, String format, SerdeTarget target) {}

  private static Set<String> formatsFor(SerdeTarget target) {
    Set<String> names = new TreeSet<>();
    dev.eddy.engine.format.Formats.all().stream().filter(f -> f.supports(target)).forEach(f -> names.add(f.name()));
    return Set.copyOf(names);
  }

  /** WINDOW_TYPE and WINDOW_SIZE: the source's keys carry a window, as a windowed table's topic does. */
  private static SourceWindow window(WithProperties with) {
    Optional<String> type = with.upper(WithProperties.WINDOW_TYPE);
    if (type.isEmpty()) {
      if (with.has(WithProperties.WINDOW_SIZE)) {
        throw new PositionedException(with.position(WithProperties.WINDOW_SIZE), "WINDOW_SIZE needs a WINDOW_TYPE.");
      }
      return null;
    }
    SourceWindow.Type windowType;
    try {
      windowType = SourceWindow.Type.valueOf(type.get());
    } catch (IllegalArgumentException e) {
      throw new PositionedException(with.position(WithProperties.WINDOW_TYPE),
          "WINDOW_TYPE must be TUMBLING, HOPPING or SESSION, not '" + type.get() + "'.");
    }
    if (windowType == SourceWindow.Type.SESSION) {
      if (with.has(WithProperties.WINDOW_SIZE)) {
        throw PositionedException.syntax(with.position(WithProperties.WINDOW_SIZE),
            "WINDOW_SIZE does not apply to SESSION windows, whose size varies: remove it.");
      }
      return new SourceWindow(windowType, 0);
    }
    String size = with.string(WithProperties.WINDOW_SIZE).orElseThrow(() -> new PositionedException(
        with.position(WithProperties.WINDOW_TYPE), "A " + windowType + " window needs WINDOW_SIZE, e.g. '1 MINUTE'."));
    return new SourceWindow(windowType, durationMillis(size, with));
  }

  /** ksqlDB's duration text: an amount and a unit, e.g. {@code 30 SECONDS} or {@code 1 MINUTE}. */
  private static long durationMillis(String text, WithProperties with) {
    String[] parts = text.trim().split("\\s+");
    try {
      if (parts.length == 2) {
        String unit = parts[1].toUpperCase(Locale.ROOT);
        TimeUnit timeUnit = TimeUnit.valueOf(unit.endsWith("S") ? unit : unit + "S");
        return timeUnit.toMillis(Long.parseLong(parts[0]));
      }
    } catch (IllegalArgumentException e) {
      // the error below says what is expected
    }
    throw PositionedException.syntax(with.position(WithProperties.WINDOW_SIZE),
        "WINDOW_SIZE must be an amount and a unit, e.g. '30 SECONDS', not '" + text + "'.");
  }

  /** A source's key and value formats. */
  record Formats(String key, String value) {}

  /** @param inherited the formats WITH may leave out: a query source's, or the session's defaults */
  private static Formats formats(WithProperties with, SqlParserPos position, Formats inherited) {
    Optional<String> both = with.upper(WithProperties.FORMAT);
    Optional<String> key = with.upper(WithProperties.KEY_FORMAT);
    Optional<String> value = with.upper(WithProperties.VALUE_FORMAT);
    if (both.isPresent() && (key.isPresent() || value.isPresent())) {
      throw new PositionedException(with.position(WithProperties.FORMAT),
          "FORMAT sets both the key and the value format; give it alone, or KEY_FORMAT and VALUE_FORMAT.");
    }
    String keyFormat = both.or(() -> key).orElse(inherited.key);
    String valueFormat = both.or(() -> value).orElse(inherited.value);
    if (valueFormat == null) {
      throw new PositionedException(position, "VALUE_FORMAT is missing from the WITH clause, e.g. VALUE_FORMAT='JSON'.");
    }
    check(keyFormat, KEY_FORMATS, "key", with, both.isPresent() ? WithProperties.FORMAT : WithProperties.KEY_FORMAT);
    check(valueFormat, VALUE_FORMATS, "value", with, both.isPresent() ? WithProperties.FORMAT : WithProperties.VALUE_FORMAT);
    return new Formats(keyFormat, valueFormat);
  }

  private static void check(String format, Set<String> known, String what, WithProperties with, String property) {
    if (known.contains(format)) {
      return;
    }
    SqlParserPos position = with.has(property) ? with.position(property) : SqlParserPos.ZERO;
    if (REGISTRY_FORMATS.contains(format)) {
      throw new PositionedException(position, "The " + format + " format needs a schema registry, which Eddy does"
          + " not have; use one of " + known.stream().sorted().toList() + ".");
    }
    throw new PositionedException(position, "Unknown " + what + " format '" + format + "'; use one of "
        + known.stream().sorted().toList() + ".");
  }

  private static void checkTimestampColumn(List<Column> columns, String name, String format, WithProperties with) {
    Column column = columns.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new PositionedException(with.position(WithProperties.TIMESTAMP),
            "The TIMESTAMP column '" + name + "' is not a column of the source."));
    SqlTypeName type = column.type().getSqlTypeName();
    boolean ok = switch (type) {
      case BIGINT, TIMESTAMP -> format == null;
      case VARCHAR, CHAR -> format != null;
      default -> false;
    };
    if (!ok) {
      throw new PositionedException(with.position(WithProperties.TIMESTAMP), "The TIMESTAMP column '" + name
          + "' must be BIGINT or TIMESTAMP, or STRING with a TIMESTAMP_FORMAT; it is " + TypeNames.of(column.type())
          + (format == null ? "" : " with a TIMESTAMP_FORMAT") + ".");
    }
  }
}
