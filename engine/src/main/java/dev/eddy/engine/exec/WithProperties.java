package dev.eddy.engine.exec;

import dev.eddy.engine.catalog.NearestNames;
import dev.eddy.sql.tree.SqlProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.NlsString;

/**
 * The WITH clause of a CREATE statement: known keys only, each read with its type checked, and
 * every error naming the property and its position.
 */
public final class WithProperties {

  public static final String KAFKA_TOPIC = "KAFKA_TOPIC";
  public static final String PARTITIONS = "PARTITIONS";
  public static final String REPLICAS = "REPLICAS";
  public static final String VALUE_FORMAT = "VALUE_FORMAT";
  public static final String KEY_FORMAT = "KEY_FORMAT";
  public static final String FORMAT = "FORMAT";
  public static final String TIMESTAMP = "TIMESTAMP";
  public static final String TIMESTAMP_FORMAT = "TIMESTAMP_FORMAT";
  public static final String VALUE_DELIMITER = "VALUE_DELIMITER";
  public static final String KEY_DELIMITER = "KEY_DELIMITER";
  public static final String WRAP_SINGLE_VALUE = "WRAP_SINGLE_VALUE";
  public static final String KEY_PROTOBUF_NULLABLE_REPRESENTATION = "KEY_PROTOBUF_NULLABLE_REPRESENTATION";
  public static final String VALUE_PROTOBUF_NULLABLE_REPRESENTATION = "VALUE_PROTOBUF_NULLABLE_REPRESENTATION";
  public static final String RETENTION_MS = "RETENTION_MS";
  public static final String CLEANUP_POLICY = "CLEANUP_POLICY";
  public static final String WINDOW_TYPE = "WINDOW_TYPE";
  public static final String WINDOW_SIZE = "WINDOW_SIZE";

  private static final Set<String> KNOWN = Set.of(KAFKA_TOPIC, PARTITIONS, REPLICAS, VALUE_FORMAT,
      KEY_FORMAT, FORMAT, TIMESTAMP, TIMESTAMP_FORMAT, VALUE_DELIMITER, KEY_DELIMITER,
      WRAP_SINGLE_VALUE, KEY_PROTOBUF_NULLABLE_REPRESENTATION, VALUE_PROTOBUF_NULLABLE_REPRESENTATION, RETENTION_MS,
      CLEANUP_POLICY, WINDOW_TYPE, WINDOW_SIZE);

  private final Map<String, SqlProperty> properties;

  private WithProperties(Map<String, SqlProperty> properties) {
    this.properties = properties;
  }

  /** Reads a WITH clause; refuses unknown and repeated keys. */
  public static WithProperties of(SqlNodeList list) {
    Map<String, SqlProperty> properties = new LinkedHashMap<>();
    for (SqlNode node : list) {
      SqlProperty property = (SqlProperty) node;
      String name = property.name();
      if (!KNOWN.contains(name)) {
        throw new PositionedException(property.key().getParserPosition(),
            "Unknown property '" + name + "' in the WITH clause." + NearestNames.hint(name, KNOWN));
      }
      if (properties.putIfAbsent(name, property) != null) {
        throw new PositionedException(property.key().getParserPosition(), "Property '" + name + "' is given twice.");
      }
    }
    return new WithProperties(properties);
  }

  public boolean has(String key) {
    return properties.containsKey(key);
  }

  public Optional<String> string(String key) {
    SqlProperty property = properties.get(key);
    if (property == null) {
      return Optional.empty();
    }
    Object value = property.value().getValue();
    if (value instanceof NlsString nls) {
      return Optional.of(nls.getValue());
    }
    return Optional.of(property.value().toValue());
  }

  /** A format name or other keyword-like value, upper case. */
  public Optional<String> upper(String key) {
    return string(key).map(v -> v.toUpperCase(Locale.ROOT));
  }

  public Optional<Integer> integer(String key) {
    SqlProperty property = properties.get(key);
    if (property == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(string(key).orElseThrow().trim()));
    } catch (NumberFormatException e) {
      throw new PositionedException(property.value().getParserPosition(),
          "Property '" + key + "' must be an integer, was " + property.value() + ".");
    }
  }

  public Optional<Boolean> bool(String key) {
    SqlProperty property = properties.get(key);
    if (property == null) {
      return Optional.empty();
    }
    String value = string(key).orElseThrow().trim().toLowerCase(Locale.ROOT);
    if (!value.equals("true") && !value.equals("false")) {
      throw new PositionedException(property.value().getParserPosition(),
          "Property '" + key + "' must be true or false, was " + property.value() + ".");
    }
    return Optional.of(Boolean.parseBoolean(value));
  }

  /** The position of a property's value, for errors about it. */
  public SqlParserPos position(String key) {
    return properties.get(key).value().getParserPosition();
  }

  /** The keys given, in order. */
  public List<String> keys() {
    return List.copyOf(properties.keySet());
  }
}
