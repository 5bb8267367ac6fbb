package dev.eddy.jdbc;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A ksqlDB type spelling ({@code INTEGER}, {@code DECIMAL(10, 2)}, {@code ARRAY<STRING>},
 * {@code STRUCT<A INTEGER, B STRING>}) as JDBC describes it: a {@link Types} code, precision,
 * scale and the Java class {@code getObject} returns.
 *
 * @param name the spelling the engine gave, which is also the JDBC type name
 * @param arguments the element type of an ARRAY, key and value of a MAP, the fields of a STRUCT
 * @param fieldNames the field names of a STRUCT, else empty
 */
record ColumnType(String name, int jdbcType, int precision, int scale, Class<?> javaClass,
    List<ColumnType> arguments, List<String> fieldNames) {

  static ColumnType parse(String spelling) {
    String type = spelling.trim();
    String upper = type.toUpperCase(Locale.ROOT);
    int open = firstOf(upper, '(', '<');
    String base = open < 0 ? upper : upper.substring(0, open).trim();
    String inside = open < 0 ? "" : type.substring(open + 1, type.length() - 1);
    return switch (base) {
      case "BOOLEAN" -> simple(type, Types.BOOLEAN, 1, Boolean.class);
      case "INT", "INTEGER" -> simple(type, Types.INTEGER, 10, Integer.class);
      case "BIGINT" -> simple(type, Types.BIGINT, 19, Long.class);
      case "DOUBLE" -> simple(type, Types.DOUBLE, 15, Double.class);
      case "STRING", "VARCHAR" -> simple(type, Types.VARCHAR, Integer.MAX_VALUE, String.class);
      case "BYTES" -> simple(type, Types.VARBINARY, Integer.MAX_VALUE, byte[].class);
      case "DATE" -> simple(type, Types.DATE, 10, java.sql.Date.class);
      case "TIME" -> simple(type, Types.TIME, 12, java.sql.Time.class);
      case "TIMESTAMP" -> simple(type, Types.TIMESTAMP, 23, java.sql.Timestamp.class);
      case "DECIMAL" -> decimal(type, inside);
      case "ARRAY" -> new ColumnType(type, Types.ARRAY, 0, 0, java.sql.Array.class, List.of(parse(inside)), List.of());
      case "MAP" -> new ColumnType(type, Types.JAVA_OBJECT, 0, 0, java.util.Map.class,
          splitTopLevel(inside).stream().map(ColumnType::parse).toList(), List.of());
      case "STRUCT" -> struct(type, inside);
      default -> simple(type, Types.OTHER, 0, Object.class);
    };
  }

  /** The ARRAY's element type. */
  ColumnType elementType() {
    return arguments.get(0);
  }

  boolean isNumeric() {
    return jdbcType == Types.INTEGER || jdbcType == Types.BIGINT || jdbcType == Types.DOUBLE || jdbcType == Types.DECIMAL;
  }

  /** Characters needed to show any value, as {@code ResultSetMetaData.getColumnDisplaySize} means it. */
  int displaySize() {
    return switch (jdbcType) {
      case Types.BOOLEAN -> 5;
      case Types.INTEGER -> 11;
      case Types.BIGINT -> 20;
      case Types.DOUBLE -> 24;
      case Types.DECIMAL -> precision + 2;
      case Types.DATE, Types.TIME, Types.TIMESTAMP -> precision;
      default -> Integer.MAX_VALUE;
    };
  }

  private static ColumnType simple(String name, int jdbcType, int precision, Class<?> javaClass) {
    return new ColumnType(name, jdbcType, precision, 0, javaClass, List.of(), List.of());
  }

  private static ColumnType decimal(String name, String inside) {
    List<String> numbers = splitTopLevel(inside);
    int precision = numbers.isEmpty() ? 38 : Integer.parseInt(numbers.get(0));
    int scale = numbers.size() < 2 ? 0 : Integer.parseInt(numbers.get(1));
    return new ColumnType(name, Types.DECIMAL, precision, scale, BigDecimal.class, List.of(), List.of());
  }

  private static ColumnType struct(String name, String inside) {
    List<String> names = new ArrayList<>();
    List<ColumnType> types = new ArrayList<>();
    for (String field : splitTopLevel(inside)) {
      int space = field.indexOf(' ');
      names.add(unquote(field.substring(0, space)));
      types.add(parse(field.substring(space + 1)));
    }
    return new ColumnType(name, Types.STRUCT, 0, 0, java.sql.Struct.class, List.copyOf(types), List.copyOf(names));
  }

  private static String unquote(String name) {
    return name.length() > 1 && name.startsWith("`") && name.endsWith("`") ? name.substring(1, name.length() - 1) : name;
  }

  /** Splits on the commas not nested in {@code <>} or {@code ()}: "A INT, B MAP<STRING, INT>". */
  private static List<String> splitTopLevel(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<' || c == '(') {
        depth++;
      } else if (c == '>' || c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(text.substring(start, i).trim());
        start = i + 1;
      }
    }
    if (!text.isBlank()) {
      parts.add(text.substring(start).trim());
    }
    return parts;
  }

  private static int firstOf(String text, char a, char b) {
    int first = text.indexOf(a);
    int second = text.indexOf(b);
    return first < 0 ? second : second < 0 ? first : Math.min(first, second);
  }
}
