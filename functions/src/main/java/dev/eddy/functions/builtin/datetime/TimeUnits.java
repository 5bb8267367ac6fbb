package dev.eddy.functions.builtin.datetime;

import dev.eddy.functions.api.UdfException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The interval unit of DATEADD, TIMEADD and TIMESTAMPADD. In SQL the unit is a keyword
 * ({@code TIMESTAMPADD(HOURS, 1, ts)}); the engine passes it as a STRING literal. Singular and
 * plural names are both accepted.
 */
final class TimeUnits {

  private TimeUnits() {}

  static TimeUnit of(String unit, String function) {
    String u = unit.toUpperCase(Locale.ROOT);
    if (!u.endsWith("S")) {
      u = u + "S";
    }
    try {
      return TimeUnit.valueOf(u);
    } catch (IllegalArgumentException e) {
      throw new UdfException(function + ": unknown time unit '" + unit
          + "'; expected one of MILLISECONDS, SECONDS, MINUTES, HOURS, DAYS");
    }
  }
}
