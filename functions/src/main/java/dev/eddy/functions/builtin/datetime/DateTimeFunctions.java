package dev.eddy.functions.builtin.datetime;

import dev.eddy.functions.api.FunctionCategory;
import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import dev.eddy.functions.api.UdfParameter;
import dev.eddy.functions.api.UdfException;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeUnit;

/**
 * Date, time and timestamp functions. Values follow ksqlDB's encoding: a TIMESTAMP is epoch
 * milliseconds (shown in UTC unless a zone is given), a DATE is midnight UTC of its day, a TIME is
 * milliseconds since midnight. NULL in, NULL out.
 */
public final class DateTimeFunctions {

  private static final long MILLIS_PER_DAY = TimeUnit.DAYS.toMillis(1);

  private DateTimeFunctions() {}

  static Date date(LocalDate d) {
    return new Date(d.toEpochDay() * MILLIS_PER_DAY);
  }

  static LocalDate localDate(Date d) {
    return LocalDate.ofEpochDay(Math.floorDiv(d.getTime(), MILLIS_PER_DAY));
  }

  static Time time(LocalTime t) {
    return new Time(t.toNanoOfDay() / 1_000_000);
  }

  static LocalTime localTime(Time t) {
    return LocalTime.ofNanoOfDay(Math.floorMod(t.getTime(), MILLIS_PER_DAY) * 1_000_000);
  }

  private static UdfException parseError(String function, String text, String pattern,
      DateTimeParseException e) {
    return new UdfException(function + ": failed to parse '" + text + "' with pattern '"
        + pattern + "': " + e.getMessage(), e);
  }

  @UdfDescription(name = "UNIX_TIMESTAMP", category = FunctionCategory.DATE_TIME,
      description = "Epoch milliseconds of a TIMESTAMP, or of now.")
  public static final class UnixTimestamp {
    @Udf(deterministic = false)
    public Long unixTimestamp() {
      return System.currentTimeMillis();
    }

    @Udf
    public Long unixTimestamp(@UdfParameter("timestamp") Timestamp timestamp) {
      return timestamp == null ? null : timestamp.getTime();
    }
  }

  @UdfDescription(name = "UNIX_DATE", category = FunctionCategory.DATE_TIME,
      description = "Days since 1970-01-01 of a DATE, or of today (server time zone).")
  public static final class UnixDate {
    @Udf(deterministic = false)
    public Integer unixDate() {
      return (int) LocalDate.now().toEpochDay();
    }

    @Udf
    public Integer unixDate(@UdfParameter("date") Date date) {
      return date == null ? null : (int) localDate(date).toEpochDay();
    }
  }

  @UdfDescription(name = "FROM_UNIXTIME", category = FunctionCategory.DATE_TIME,
      description = "The TIMESTAMP of epoch milliseconds.")
  public static final class FromUnixtime {
    @Udf
    public Timestamp fromUnixtime(@UdfParameter("milliseconds") Long millis) {
      return millis == null ? null : new Timestamp(millis);
    }
  }

  @UdfDescription(name = "FROM_DAYS", category = FunctionCategory.DATE_TIME,
      description = "The DATE a number of days after 1970-01-01.")
  public static final class FromDays {
    @Udf
    public Date fromDays(@UdfParameter("days") Integer days) {
      return days == null ? null : new Date(days * MILLIS_PER_DAY);
    }
  }

  @UdfDescription(name = "FORMAT_TIMESTAMP", category = FunctionCategory.DATE_TIME,
      description = "Formats a TIMESTAMP with a java.time pattern, in UTC or a given zone.")
  public static final class FormatTimestamp {
    @Udf
    public String formatTimestamp(@UdfParameter("timestamp") Timestamp timestamp,
        @UdfParameter("format") String format) {
      return formatTimestamp(timestamp, format, "UTC");
    }

    @Udf
    public String formatTimestamp(@UdfParameter("timestamp") Timestamp timestamp,
        @UdfParameter("format") String format, @UdfParameter("timeZone") String timeZone) {
      if (timestamp == null || format == null || timeZone == null) {
        return null;
      }
      return Formats.formatter(format)
          .format(Instant.ofEpochMilli(timestamp.getTime()).atZone(Formats.zone(timeZone)));
    }
  }

  @UdfDescription(name = "PARSE_TIMESTAMP", category = FunctionCategory.DATE_TIME,
      description = "Parses a TIMESTAMP with a java.time pattern, in UTC or a given zone.")
  public static final class ParseTimestamp {
    @Udf
    public Timestamp parseTimestamp(@UdfParameter("formattedTimestamp") String text,
        @UdfParameter("format") String format) {
      return parseTimestamp(text, format, "UTC");
    }

    @Udf
    public Timestamp parseTimestamp(@UdfParameter("formattedTimestamp") String text,
        @UdfParameter("format") String format, @UdfParameter("timeZone") String timeZone) {
      if (text == null || format == null || timeZone == null) {
        return null;
      }
      return new Timestamp(parseMillis("PARSE_TIMESTAMP", text, format, Formats.zone(timeZone)));
    }
  }

  static long parseMillis(String function, String text, String format, ZoneId zone) {
    try {
      var parsed = Formats.parser(format).parse(text);
      ZoneId z = parsed.query(java.time.temporal.TemporalQueries.zone());
      LocalDateTime ldt = LocalDateTime.from(parsed);
      return ZonedDateTime.of(ldt, z != null ? z : zone).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      throw parseError(function, text, format, e);
    } catch (java.time.DateTimeException e) {
      throw new UdfException(function + ": failed to parse '" + text + "' with pattern '"
          + format + "': " + e.getMessage(), e);
    }
  }

  @UdfDescription(name = "FORMAT_DATE", category = FunctionCategory.DATE_TIME,
      description = "Formats a DATE with a java.time pattern.")
  public static final class FormatDate {
    @Udf
    public String formatDate(@UdfParameter("date") Date date, @UdfParameter("format") String format) {
      if (date == null || format == null) {
        return null;
      }
      try {
        return Formats.formatter(format).format(localDate(date));
      } catch (java.time.DateTimeException e) {
        throw new UdfException("FORMAT_DATE: pattern '" + format + "' does not fit a DATE: "
            + e.getMessage(), e);
      }
    }
  }

  @UdfDescription(name = "PARSE_DATE", category = FunctionCategory.DATE_TIME,
      description = "Parses a DATE with a java.time pattern.")
  public static final class ParseDate {
    @Udf
    public Date parseDate(@UdfParameter("formattedDate") String text,
        @UdfParameter("format") String format) {
      if (text == null || format == null) {
        return null;
      }
      try {
        return date(LocalDate.from(Formats.parser(format).parse(text)));
      } catch (DateTimeParseException e) {
        throw parseError("PARSE_DATE", text, format, e);
      }
    }
  }

  @UdfDescription(name = "FORMAT_TIME", category = FunctionCategory.DATE_TIME,
      description = "Formats a TIME with a java.time pattern.")
  public static final class FormatTime {
    @Udf
    public String formatTime(@UdfParameter("time") Time time, @UdfParameter("format") String format) {
      if (time == null || format == null) {
        return null;
      }
      try {
        return Formats.formatter(format).format(localTime(time));
      } catch (java.time.DateTimeException e) {
        throw new UdfException("FORMAT_TIME: pattern '" + format + "' does not fit a TIME: "
            + e.getMessage(), e);
      }
    }
  }

  @UdfDescription(name = "PARSE_TIME", category = FunctionCategory.DATE_TIME,
      description = "Parses a TIME with a java.time pattern.")
  public static final class ParseTime {
    @Udf
    public Time parseTime(@UdfParameter("formattedTime") String text,
        @UdfParameter("format") String format) {
      if (text == null || format == null) {
        return null;
      }
      try {
        return time(LocalTime.from(Formats.parser(format).parse(text)));
      } catch (DateTimeParseException e) {
        throw parseError("PARSE_TIME", text, format, e);
      }
    }
  }

  @UdfDescription(name = "CONVERT_TZ", category = FunctionCategory.DATE_TIME,
      description = "Shifts a TIMESTAMP from one time zone's wall clock to another's.")
  public static final class ConvertTz {
    @Udf
    public Timestamp convertTz(@UdfParameter("timestamp") Timestamp timestamp,
        @UdfParameter("fromTz") String fromTz, @UdfParameter("toTz") String toTz) {
      if (timestamp == null || fromTz == null || toTz == null) {
        return null;
      }
      Instant instant = Instant.ofEpochMilli(timestamp.getTime());
      long offset = Formats.zone(toTz).getRules().getOffset(instant).getTotalSeconds()
          - Formats.zone(fromTz).getRules().getOffset(instant).getTotalSeconds();
      return new Timestamp(timestamp.getTime() + offset * 1000);
    }
  }

  @UdfDescription(name = "DATEADD", category = FunctionCategory.DATE_TIME,
      description = "Adds an interval (unit, count) to a DATE; units below a day truncate.")
  public static final class DateAdd {
    @Udf
    public Date dateAdd(@UdfParameter("unit") String unit, @UdfParameter("interval") Integer interval,
        @UdfParameter("date") Date date) {
      if (unit == null || interval == null || date == null) {
        return null;
      }
      long days = TimeUnits.of(unit, "DATEADD").toDays(interval);
      return date(localDate(date).plusDays(days));
    }
  }

  @UdfDescription(name = "DATESUB", category = FunctionCategory.DATE_TIME,
      description = "Subtracts an interval (unit, count) from a DATE.")
  public static final class DateSub {
    @Udf
    public Date dateSub(@UdfParameter("unit") String unit, @UdfParameter("interval") Integer interval,
        @UdfParameter("date") Date date) {
      if (unit == null || interval == null || date == null) {
        return null;
      }
      long days = TimeUnits.of(unit, "DATESUB").toDays(interval);
      return date(localDate(date).minusDays(days));
    }
  }

  @UdfDescription(name = "TIMEADD", category = FunctionCategory.DATE_TIME,
      description = "Adds an interval (unit, count) to a TIME, wrapping around midnight.")
  public static final class TimeAdd {
    @Udf
    public Time timeAdd(@UdfParameter("unit") String unit, @UdfParameter("interval") Integer interval,
        @UdfParameter("time") Time time) {
      if (unit == null || interval == null || time == null) {
        return null;
      }
      long nanos = TimeUnits.of(unit, "TIMEADD").toNanos(interval);
      return time(localTime(time).plusNanos(nanos));
    }
  }

  @UdfDescription(name = "TIMESUB", category = FunctionCategory.DATE_TIME,
      description = "Subtracts an interval (unit, count) from a TIME, wrapping around midnight.")
  public static final class TimeSub {
    @Udf
    public Time timeSub(@UdfParameter("unit") String unit, @UdfParameter("interval") Integer interval,
        @UdfParameter("time") Time time) {
      if (unit == null || interval == null || time == null) {
        return null;
      }
      long nanos = TimeUnits.of(unit, "TIMESUB").toNanos(interval);
      return time(localTime(time).minusNanos(nanos));
    }
  }

  @UdfDescription(name = "TIMESTAMPADD", category = FunctionCategory.DATE_TIME,
      description = "Adds an interval (unit, count) to a TIMESTAMP.")
  public static final class TimestampAdd {
    @Udf
    public Timestamp timestampAdd(@UdfParameter("unit") String unit,
        @UdfParameter("interval") Long interval, @UdfParameter("timestamp") Timestamp timestamp) {
      if (unit == null || interval == null || timestamp == null) {
        return null;
      }
      return new Timestamp(timestamp.getTime() + TimeUnits.of(unit, "TIMESTAMPADD").toMillis(interval));
    }
  }

  @UdfDescription(name = "TIMESTAMPSUB", category = FunctionCategory.DATE_TIME,
      description = "Subtracts an interval (unit, count) from a TIMESTAMP.")
  public static final class TimestampSub {
    @Udf
    public Timestamp timestampSub(@UdfParameter("unit") String unit,
        @UdfParameter("interval") Long interval, @UdfParameter("timestamp") Timestamp timestamp) {
      if (unit == null || interval == null || timestamp == null) {
        return null;
      }
      return new Timestamp(timestamp.getTime() - TimeUnits.of(unit, "TIMESTAMPSUB").toMillis(interval));
    }
  }

  // ---- Deprecated ksqlDB functions on BIGINT milliseconds and INT days, kept for old queries.

  @UdfDescription(name = "TIMESTAMPTOSTRING", category = FunctionCategory.DATE_TIME,
      description = "Deprecated, use FORMAT_TIMESTAMP: formats BIGINT epoch milliseconds.")
  public static final class TimestampToString {
    @Udf
    public String timestampToString(@UdfParameter("epochMilli") Long millis,
        @UdfParameter("format") String format) {
      return timestampToString(millis, format, ZoneId.systemDefault().getId());
    }

    @Udf
    public String timestampToString(@UdfParameter("epochMilli") Long millis,
        @UdfParameter("format") String format, @UdfParameter("timeZone") String timeZone) {
      if (millis == null || format == null || timeZone == null) {
        return null;
      }
      return Formats.formatter(format).format(Instant.ofEpochMilli(millis).atZone(Formats.zone(timeZone)));
    }
  }

  @UdfDescription(name = "STRINGTOTIMESTAMP", category = FunctionCategory.DATE_TIME,
      description = "Deprecated, use PARSE_TIMESTAMP: parses to BIGINT epoch milliseconds.")
  public static final class StringToTimestamp {
    @Udf
    public Long stringToTimestamp(@UdfParameter("formattedTimestamp") String text,
        @UdfParameter("format") String format) {
      return stringToTimestamp(text, format, ZoneId.systemDefault().getId());
    }

    @Udf
    public Long stringToTimestamp(@UdfParameter("formattedTimestamp") String text,
        @UdfParameter("format") String format, @UdfParameter("timeZone") String timeZone) {
      if (text == null || format == null || timeZone == null) {
        return null;
      }
      return parseMillis("STRINGTOTIMESTAMP", text, format, Formats.zone(timeZone));
    }
  }

  @UdfDescription(name = "DATETOSTRING", category = FunctionCategory.DATE_TIME,
      description = "Deprecated, use FORMAT_DATE: formats INT days since epoch.")
  public static final class DateToString {
    @Udf
    public String dateToString(@UdfParameter("epochDays") Integer days,
        @UdfParameter("format") String format) {
      if (days == null || format == null) {
        return null;
      }
      return Formats.formatter(format).format(LocalDate.ofEpochDay(days));
    }
  }

  @UdfDescription(name = "STRINGTODATE", category = FunctionCategory.DATE_TIME,
      description = "Deprecated, use PARSE_DATE: parses to INT days since epoch.")
  public static final class StringToDate {
    @Udf
    public Integer stringToDate(@UdfParameter("formattedDate") String text,
        @UdfParameter("format") String format) {
      if (text == null || format == null) {
        return null;
      }
      try {
        return (int) LocalDate.from(Formats.parser(format).parse(text)).toEpochDay();
      } catch (DateTimeParseException e) {
        throw parseError("STRINGTODATE", text, format, e);
      }
    }
  }
}
