package dev.eddy.jdbc;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Java values written as Eddy SQL literals, for {@link EddyPreparedStatement}: the engine has no
 * parameter binding yet, so parameters are substituted into the text on the client. Strings are
 * quoted with every {@code '} doubled, so a value can never end its literal early; numbers and
 * times are written in forms that keep their type (a double gets an exponent, a timestamp
 * {@code TIMESTAMP '...'}).
 */
final class SqlLiterals {

  /**
   * Fractions of a second only when there are some: Calcite rejects TIME '13:05:07.000' (a
   * literal's precision follows its digits, and a TIME(0) cannot hold ".000").
   */
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

  private SqlLiterals() {}

  static String of(Object value) throws SQLException {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof String || value instanceof Character) {
      return quote(value.toString());
    }
    if (value instanceof Boolean b) {
      return b ? "TRUE" : "FALSE";
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return value.toString();
    }
    if (value instanceof Double || value instanceof Float) {
      return doubleLiteral(((Number) value).doubleValue());
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.scale() > 0 ? decimal.toPlainString() : "DECIMAL '" + decimal.toPlainString() + "'";
    }
    if (value instanceof byte[] bytes) {
      return "TO_BYTES('" + Base64.getEncoder().encodeToString(bytes) + "', 'base64')";
    }
    if (value instanceof java.sql.Date date) {
      return "DATE '" + date.toLocalDate() + "'";
    }
    if (value instanceof Time time) {
      return of(time.toLocalTime());
    }
    if (value instanceof Timestamp timestamp) {
      return of(timestamp.toLocalDateTime());
    }
    if (value instanceof LocalDate date) {
      return "DATE '" + date + "'";
    }
    if (value instanceof LocalTime time) {
      return "TIME '" + timeOfDay(time) + "'";
    }
    if (value instanceof LocalDateTime timestamp) {
      return "TIMESTAMP '" + timestamp.toLocalDate() + " " + timeOfDay(timestamp.toLocalTime()) + "'";
    }
    if (value instanceof Instant instant) {
      return of(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
    if (value instanceof OffsetDateTime timestamp) {
      return of(timestamp.toInstant());
    }
    if (value instanceof ZonedDateTime timestamp) {
      return of(timestamp.toInstant());
    }
    if (value instanceof Array array) {
      return of(List.of((Object[]) array.getArray()));
    }
    if (value instanceof Object[] elements) {
      return of(java.util.Arrays.asList(elements));
    }
    if (value instanceof List<?> list) {
      List<String> elements = new ArrayList<>();
      for (Object element : list) {
        elements.add(of(element));
      }
      return "ARRAY[" + String.join(", ", elements) + "]";
    }
    if (value instanceof Map<?, ?> map) {
      List<String> entries = new ArrayList<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        entries.add(of(entry.getKey()) + " := " + of(entry.getValue()));
      }
      return "MAP(" + String.join(", ", entries) + ")";
    }
    throw new SQLDataException("Cannot write a " + value.getClass().getName() + " as an Eddy SQL literal.",
        SqlStates.INVALID_PARAMETER_VALUE);
  }

  private static String timeOfDay(LocalTime time) {
    return (time.getNano() == 0 ? SECONDS : MILLIS).format(time);
  }

  static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /** With an exponent, so the literal is a DOUBLE rather than a DECIMAL. */
  private static String doubleLiteral(double value) throws SQLException {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new SQLDataException("Eddy SQL has no literal for " + value + ".", SqlStates.INVALID_PARAMETER_VALUE);
    }
    String text = Double.toString(value);
    return text.contains("E") ? text : text + "E0";
  }
}
