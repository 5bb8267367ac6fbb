package dev.eddy.functions.builtin.datetime;

import dev.eddy.functions.api.UdfException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Formatter and time-zone lookups shared by the date/time functions. Patterns are almost always
 * query constants, so compiled formatters are cached (bounded, cleared when full).
 *
 * <p>Parsing formatters default missing fields the way ksqlDB does (year 1970, January, day 1,
 * midnight), so {@code PARSE_TIMESTAMP('10:30', 'HH:mm')} is 1970-01-01T10:30.
 */
final class Formats {

  private static final int MAX = 512;
  private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();
  private static final Map<String, DateTimeFormatter> PARSERS = new ConcurrentHashMap<>();

  static final ZoneId UTC = ZoneId.of("UTC");

  private Formats() {}

  static DateTimeFormatter formatter(String pattern) {
    return cached(FORMATTERS, pattern, false);
  }

  static DateTimeFormatter parser(String pattern) {
    return cached(PARSERS, pattern, true);
  }

  private static DateTimeFormatter cached(Map<String, DateTimeFormatter> cache, String pattern,
      boolean parsing) {
    DateTimeFormatter f = cache.get(pattern);
    if (f == null) {
      if (cache.size() >= MAX) {
        cache.clear();
      }
      f = build(pattern, parsing);
      cache.put(pattern, f);
    }
    return f;
  }

  private static DateTimeFormatter build(String pattern, boolean parsing) {
    try {
      DateTimeFormatterBuilder b = new DateTimeFormatterBuilder();
      if (parsing) {
        // "01:00:00 Pm" parses with 'hh:mm:ss a', as in ksqlDB.
        b.parseCaseInsensitive();
      }
      b.appendPattern(pattern);
      if (parsing) {
        boolean dayOfYear = pattern.contains("D");
        // Default only fields the pattern lacks: a default for a field it also parses through
        // another field (YEAR vs YEAR_OF_ERA) would conflict.
        if (!pattern.contains("y") && !pattern.contains("u")) {
          b.parseDefaulting(ChronoField.YEAR_OF_ERA, 1970);
        }
        if (!dayOfYear) {
          b.parseDefaulting(ChronoField.MONTH_OF_YEAR, 1).parseDefaulting(ChronoField.DAY_OF_MONTH, 1);
        }
        if (!pattern.contains("h") && !pattern.contains("K") && !pattern.contains("k")) {
          b.parseDefaulting(ChronoField.HOUR_OF_DAY, 0);
        }
        b.parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
            .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
            .parseDefaulting(ChronoField.NANO_OF_SECOND, 0);
      }
      return b.toFormatter();
    } catch (IllegalArgumentException e) {
      throw new UdfException("Unknown date/time format pattern '" + pattern + "': " + e.getMessage(), e);
    }
  }

  static ZoneId zone(String id) {
    try {
      return ZoneId.of(id, ZoneId.SHORT_IDS);
    } catch (DateTimeException e) {
      throw new UdfException("Unknown time zone '" + id + "'", e);
    }
  }
}
