package dev.eddy.jdbc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The conversions JDBC's {@code getXxx} accessors allow from the engine's values (Boolean,
 * Integer, Long, Double, BigDecimal, String, byte[], LocalDate, LocalTime, LocalDateTime in UTC,
 * List, Map, and an ordered Map for a STRUCT). Callers handle null before calling.
 *
 * <p>TIMESTAMP values are UTC wall-clock times. {@code getTimestamp(i)} keeps the wall clock
 * (its {@code toString()} shows the UTC time); {@code getTimestamp(i, calendar)} reads the wall
 * clock in the calendar's zone, so a UTC calendar gives the exact instant.
 */
final class ValueConversions {

  /** ksqlDB's spelling of a TIMESTAMP in text. */
  private static final DateTimeFormatter TIMESTAMP_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

  private ValueConversions() {}

  static String toText(Object value) {
    if (value instanceof byte[] bytes) {
      return Base64.getEncoder().encodeToString(bytes);
    }
    if (value instanceof LocalDateTime timestamp) {
      return TIMESTAMP_TEXT.format(timestamp);
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(ValueConversions::nestedText).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream().map(e -> nestedText(e.getKey()) + "=" + nestedText(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    return value.toString();
  }

  private static String nestedText(Object value) {
    return value == null ? "null" : toText(value);
  }

  static boolean toBoolean(Object value) throws SQLException {
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof Number number) {
      return number.doubleValue() != 0;
    }
    if (value instanceof String text) {
      switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
        case "true", "1" -> { return true; }
        case "false", "0" -> { return false; }
        default -> throw cannotConvert(value, "BOOLEAN");
      }
    }
    throw cannotConvert(value, "BOOLEAN");
  }

  static long toLong(Object value, long min, long max, String type) throws SQLException {
    BigDecimal exact = toBigDecimal(value, type).setScale(0, RoundingMode.DOWN);
    if (exact.compareTo(BigDecimal.valueOf(min)) < 0 || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new SQLDataException("Value " + toText(value) + " is out of range for " + type + ".",
          SqlStates.NUMERIC_OUT_OF_RANGE);
    }
    return exact.longValue();
  }

  static double toDouble(Object value) throws SQLException {
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    return toBigDecimal(value, "DOUBLE").doubleValue();
  }

  static BigDecimal toBigDecimal(Object value, String type) throws SQLException {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Integer || value instanceof Long) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        throw cannotConvert(value, type);
      }
      return BigDecimal.valueOf(d);
    }
    if (value instanceof Boolean b) {
      return b ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    if (value instanceof String text) {
      try {
        return new BigDecimal(text.trim());
      } catch (NumberFormatException e) {
        throw cannotConvert(value, type);
      }
    }
    throw cannotConvert(value, type);
  }

  static byte[] toBytes(Object value) throws SQLException {
    if (value instanceof byte[] bytes) {
      return bytes;
    }
    throw cannotConvert(value, "BYTES");
  }

  static LocalDate toLocalDate(Object value) throws SQLException {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof LocalDateTime timestamp) {
      return timestamp.toLocalDate();
    }
    if (value instanceof String text) {
      try {
        return LocalDate.parse(text.trim());
      } catch (DateTimeParseException e) {
        throw cannotConvert(value, "DATE");
      }
    }
    throw cannotConvert(value, "DATE");
  }

  static LocalTime toLocalTime(Object value) throws SQLException {
    if (value instanceof LocalTime time) {
      return time;
    }
    if (value instanceof LocalDateTime timestamp) {
      return timestamp.toLocalTime();
    }
    if (value instanceof String text) {
      try {
        return LocalTime.parse(text.trim());
      } catch (DateTimeParseException e) {
        throw cannotConvert(value, "TIME");
      }
    }
    throw cannotConvert(value, "TIME");
  }

  static LocalDateTime toLocalDateTime(Object value) throws SQLException {
    if (value instanceof LocalDateTime timestamp) {
      return timestamp;
    }
    if (value instanceof LocalDate date) {
      return date.atStartOfDay();
    }
    if (value instanceof String text) {
      try {
        return LocalDateTime.parse(text.trim().replace(' ', 'T'));
      } catch (DateTimeParseException e) {
        throw cannotConvert(value, "TIMESTAMP");
      }
    }
    throw cannotConvert(value, "TIMESTAMP");
  }

  static java.sql.Date toSqlDate(Object value, Calendar calendar) throws SQLException {
    LocalDate date = toLocalDate(value);
    return calendar == null ? java.sql.Date.valueOf(date)
        : new java.sql.Date(date.atStartOfDay(zone(calendar)).toInstant().toEpochMilli());
  }

  static Time toSqlTime(Object value, Calendar calendar) throws SQLException {
    LocalTime time = toLocalTime(value);
    if (calendar == null) {
      return new Time(Timestamp.valueOf(time.atDate(LocalDate.EPOCH)).getTime());
    }
    return new Time(time.atDate(LocalDate.EPOCH).atZone(zone(calendar)).toInstant().toEpochMilli());
  }

  static Timestamp toSqlTimestamp(Object value, Calendar calendar) throws SQLException {
    LocalDateTime timestamp = toLocalDateTime(value);
    return calendar == null ? Timestamp.valueOf(timestamp) : Timestamp.from(timestamp.atZone(zone(calendar)).toInstant());
  }

  /** {@code getObject(i, type)} for the java.time classes and the standard JDBC classes. */
  static Object toJavaTime(Object value, Class<?> type) throws SQLException {
    if (type == LocalDate.class) {
      return toLocalDate(value);
    }
    if (type == LocalTime.class) {
      return toLocalTime(value);
    }
    if (type == LocalDateTime.class) {
      return toLocalDateTime(value);
    }
    if (type == Instant.class) {
      return toLocalDateTime(value).toInstant(ZoneOffset.UTC);
    }
    if (type == OffsetDateTime.class) {
      return toLocalDateTime(value).atOffset(ZoneOffset.UTC);
    }
    if (type == ZonedDateTime.class) {
      return toLocalDateTime(value).atZone(ZoneOffset.UTC);
    }
    return null;
  }

  private static ZoneId zone(Calendar calendar) {
    return calendar.getTimeZone().toZoneId();
  }

  static SQLDataException cannotConvert(Object value, String type) {
    return new SQLDataException("Cannot convert " + value.getClass().getSimpleName() + " value '" + toText(value)
        + "' to " + type + ".", SqlStates.INVALID_CAST);
  }
}
