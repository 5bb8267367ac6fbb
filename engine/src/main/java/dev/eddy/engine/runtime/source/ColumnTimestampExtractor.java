package dev.eddy.engine.runtime.source;

import dev.eddy.log.LogRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.DateTimeException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.apache.calcite.rel.type.RelDataType;

/**
 * Event time from a column, per ksqlDB's {@code TIMESTAMP} / {@code TIMESTAMP_FORMAT}: a
 * BIGINT or TIMESTAMP column is epoch milliseconds; a STRING column is parsed with the
 * {@link DateTimeFormatter} pattern of {@code TIMESTAMP_FORMAT}, in UTC unless the pattern
 * carries a zone or offset. A date-only pattern means midnight.
 */
public final class ColumnTimestampExtractor implements TimestampExtractor {

  private final int index;
  private final String column;
  private final DateTimeFormatter format;
  private final String pattern;

  private ColumnTimestampExtractor(int index, String column, DateTimeFormatter format, String pattern) {
    this.index = index;
    this.column = column;
    this.format = format;
    this.pattern = pattern;
  }

  /**
   * @param index the column's position in the decoded row
   * @param column its name, for error messages
   * @param type its type: BIGINT, TIMESTAMP, or STRING with a format
   * @param timestampFormat the TIMESTAMP_FORMAT pattern, required for STRING columns only
   */
  public static ColumnTimestampExtractor of(int index, String column, RelDataType type, String timestampFormat) {
    return switch (type.getSqlTypeName()) {
      case BIGINT, TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> {
        if (timestampFormat != null) {
          throw new IllegalArgumentException("TIMESTAMP_FORMAT applies only to a STRING timestamp column, not "
              + type.getSqlTypeName() + " column " + column);
        }
        yield new ColumnTimestampExtractor(index, column, null, null);
      }
      case CHAR, VARCHAR -> {
        if (timestampFormat == null) {
          throw new IllegalArgumentException("A STRING timestamp column (" + column
              + ") needs a TIMESTAMP_FORMAT");
        }
        DateTimeFormatter formatter;
        try {
          formatter = DateTimeFormatter.ofPattern(timestampFormat, Locale.ROOT).withZone(ZoneOffset.UTC);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("Invalid TIMESTAMP_FORMAT '" + timestampFormat + "': " + e.getMessage(), e);
        }
        yield new ColumnTimestampExtractor(index, column, formatter, timestampFormat);
      }
      default -> throw new IllegalArgumentException("Timestamp column " + column
          + " must be BIGINT, TIMESTAMP or STRING, not " + type.getSqlTypeName());
    };
  }

  @Override
  public long extract(LogRecord record, Object[] row) {
    return extract(row);
  }

  /** The time in {@code row}'s column; throws {@link InvalidTimestampException} as {@link #extract(LogRecord, Object[])}. */
  public long extract(Object[] row) {
    Object value = row[index];
    if (value == null) {
      throw new InvalidTimestampException("Timestamp column " + column + " is null");
    }
    long time = format == null ? ((Number) value).longValue() : parse((String) value);
    if (time < 0) {
      throw new InvalidTimestampException("Timestamp column " + column + " is negative: " + time);
    }
    return time;
  }

  private long parse(String text) {
    try {
      TemporalAccessor parsed = format.parse(text);
      if (parsed.isSupported(ChronoField.INSTANT_SECONDS)) {
        return Instant.from(parsed).toEpochMilli();
      }
      ZoneId zone = format.getZone();
      if (parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
        return LocalDateTime.from(parsed).atZone(zone).toInstant().toEpochMilli();
      }
      return LocalDate.from(parsed).atStartOfDay(zone).toInstant().toEpochMilli();
    } catch (DateTimeException e) {
      throw new InvalidTimestampException("Can't parse timestamp '" + text + "' of column " + column
          + " with format '" + pattern + "'", e);
    }
  }
}
