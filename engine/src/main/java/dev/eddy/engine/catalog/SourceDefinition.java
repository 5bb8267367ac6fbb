package dev.eddy.engine.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A stream or table as the catalog knows it: its columns, the topic it lives in and how that
 * topic's records are encoded. Immutable; a replaced source is a new definition.
 *
 * @param name the source name (identifier-folded)
 * @param kind stream or table
 * @param columns the declared columns, keys first as declared
 * @param topic the topic holding the records
 * @param keyFormat the key format name (KAFKA, JSON, DELIMITED, NONE)
 * @param valueFormat the value format name (JSON, DELIMITED, KAFKA)
 * @param formatOptions format options such as VALUE_DELIMITER or WRAP_SINGLE_VALUE, keys upper case
 * @param timestampColumn the column giving event time, or null for the record timestamp
 * @param timestampFormat the pattern parsing a STRING timestamp column, or null
 * @param window how the topic's keys are windowed, or null for plain keys
 * @param readOnly declared with CREATE SOURCE: Eddy reads the topic but never writes or deletes it
 */
public record SourceDefinition(
    String name,
    SourceKind kind,
    List<Column> columns,
    String topic,
    String keyFormat,
    String valueFormat,
    Map<String, String> formatOptions,
    String timestampColumn,
    String timestampFormat,
    SourceWindow window,
    boolean readOnly) {

  /** A source Eddy may write to. */
  public SourceDefinition(String name, SourceKind kind, List<Column> columns, String topic, String keyFormat,
      String valueFormat, Map<String, String> formatOptions, String timestampColumn, String timestampFormat,
      SourceWindow window) {
    this(name, kind, columns, topic, keyFormat, valueFormat, formatOptions, timestampColumn, timestampFormat, window,
        false);
  }

  public SourceDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    columns = List.copyOf(columns);
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(keyFormat, "keyFormat");
    Objects.requireNonNull(valueFormat, "valueFormat");
    formatOptions = Map.copyOf(formatOptions);
  }

  /** The same source with windowed keys. */
  public SourceDefinition withWindow(SourceWindow window) {
    return new SourceDefinition(name, kind, columns, topic, keyFormat, valueFormat, formatOptions, timestampColumn,
        timestampFormat, window, readOnly);
  }

  /** The same source in another topic. */
  public SourceDefinition withTopic(String topic) {
    return new SourceDefinition(name, kind, columns, topic, keyFormat, valueFormat, formatOptions, timestampColumn,
        timestampFormat, window, readOnly);
  }

  /** The same source, declared read-only (CREATE SOURCE STREAM|TABLE). */
  public SourceDefinition asReadOnly() {
    return new SourceDefinition(name, kind, columns, topic, keyFormat, valueFormat, formatOptions, timestampColumn,
        timestampFormat, window, true);
  }

  public boolean isWindowed() {
    return window != null;
  }

  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  public List<Column> keyColumns() {
    return columns.stream().filter(Column::isKey).toList();
  }

  public List<Column> valueColumns() {
    return columns.stream().filter(c -> !c.isKey()).toList();
  }
}
