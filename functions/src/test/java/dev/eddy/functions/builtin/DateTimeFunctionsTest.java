package dev.eddy.functions.builtin;

import static dev.eddy.functions.builtin.Calls.call;
import static dev.eddy.functions.builtin.Calls.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eddy.functions.api.UdfException;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DateTimeFunctionsTest {

  static Timestamp ts(String iso) {
    return new Timestamp(Instant.parse(iso).toEpochMilli());
  }

  static Date date(String iso) {
    return new Date(LocalDate.parse(iso).toEpochDay() * 86_400_000L);
  }

  static Time time(int h, int m, int s, int ms) {
    return new Time(((h * 60L + m) * 60 + s) * 1000 + ms);
  }

  static Stream<Arguments> cases() {
    Timestamp nts = null;
    return Stream.of(
        row("UNIX_TIMESTAMP", 1_000L, new Timestamp(1_000)),
        row("UNIX_TIMESTAMP", null, nts),
        row("UNIX_DATE", 1000, new Date(1000 * 86_400_000L)),
        row("FROM_UNIXTIME", new Timestamp(60220000000L), 60220000000L),
        row("FROM_DAYS", date("1972-09-27"), 1000),
        row("FORMAT_TIMESTAMP", "2021-06-30 12:18:39.446",
            ts("2021-06-30T12:18:39.446Z"), "yyyy-MM-dd HH:mm:ss.SSS"),
        row("FORMAT_TIMESTAMP", "2021-06-30 05:18",
            ts("2021-06-30T12:18:39.446Z"), "yyyy-MM-dd HH:mm", "America/Los_Angeles"),
        row("FORMAT_TIMESTAMP", "2021-06-30T12:18:39", ts("2021-06-30T12:18:39Z"),
            "yyyy-MM-dd''T''HH:mm:ss".replace("''T''", "'T'")),
        row("FORMAT_TIMESTAMP", null, nts, "yyyy"),
        row("PARSE_TIMESTAMP", ts("2021-06-30T12:18:39.446Z"),
            "2021-06-30 12:18:39.446", "yyyy-MM-dd HH:mm:ss.SSS"),
        row("PARSE_TIMESTAMP", ts("2021-06-30T19:18:00Z"),
            "2021-06-30 12:18", "yyyy-MM-dd HH:mm", "America/Los_Angeles"),
        row("PARSE_TIMESTAMP", ts("1970-01-01T10:30:00Z"), "10:30", "HH:mm"),
        row("PARSE_TIMESTAMP", ts("2021-06-30T10:00:00Z"), "2021-06-30T12:00+0200",
            "yyyy-MM-dd'T'HH:mmZ"),
        row("FORMAT_DATE", "2021-10-11", date("2021-10-11"), "yyyy-MM-dd"),
        row("FORMAT_DATE", "11/10/21", date("2021-10-11"), "dd/MM/yy"),
        row("PARSE_DATE", date("2021-10-11"), "2021-10-11", "yyyy-MM-dd"),
        row("PARSE_DATE", date("1970-03-02"), "02.03", "dd.MM"),
        row("FORMAT_TIME", "13:25:07.005", time(13, 25, 7, 5), "HH:mm:ss.SSS"),
        row("PARSE_TIME", time(13, 25, 0, 0), "13:25", "HH:mm"),
        row("PARSE_TIME", time(1, 2, 3, 400), "01:02:03.400", "HH:mm:ss.SSS"),
        row("PARSE_TIME", new Time(46800000), "01:00:00 Pm", "hh:mm:ss a"),
        row("PARSE_TIME", new Time(65000), "00:01:05Lit", "HH:mm:ss'Lit'"),
        row("FORMAT_TIME", "002034AAAAA", new Time(1234567), "HHmmss'AAAAA'"),
        row("CONVERT_TZ", new Timestamp(10800100), new Timestamp(100), "+0200", "+0500"),
        row("CONVERT_TZ", ts("2021-06-30T05:00:00Z"), ts("2021-06-30T12:00:00Z"), "UTC",
            "America/Los_Angeles"),
        row("CONVERT_TZ", ts("2021-01-01T13:00:00Z"), ts("2021-01-01T12:00:00Z"),
            "Europe/London", "Europe/Paris"),
        row("DATEADD", date("2021-03-01"), "DAYS", 2, date("2021-02-27")),
        row("DATEADD", date("2021-02-27"), "HOURS", 23, date("2021-02-27")),
        row("DATESUB", date("2020-12-31"), "DAY", 1, date("2021-01-01")),
        row("TIMEADD", time(0, 30, 0, 0), "HOURS", 2, time(22, 30, 0, 0)),
        row("TIMESUB", time(23, 59, 59, 999), "MILLISECONDS", 1, time(0, 0, 0, 0)),
        row("TIMESTAMPADD", ts("2021-01-01T01:00:00Z"), "HOURS", 1, ts("2021-01-01T00:00:00Z")),
        row("TIMESTAMPADD", ts("2021-01-01T00:00:00.005Z"), "MILLISECONDS", 5L,
            ts("2021-01-01T00:00:00Z")),
        row("TIMESTAMPSUB", ts("2020-12-31T00:00:00Z"), "DAYS", 1, ts("2021-01-01T00:00:00Z")),
        row("TIMESTAMPSUB", null, "DAYS", null, ts("2021-01-01T00:00:00Z")),
        row("TIMESTAMPTOSTRING", "1970-01-01 00:00:01", 1000L, "yyyy-MM-dd HH:mm:ss", "UTC"),
        row("STRINGTOTIMESTAMP", 1000L, "1970-01-01 00:00:01", "yyyy-MM-dd HH:mm:ss", "UTC"),
        row("STRINGTOTIMESTAMP", 1566912669200L, "2019-08-27T13:31:09.2+0000",
            "yyyy-MM-dd'T'HH:mm:ss.SX"),
        row("STRINGTOTIMESTAMP", 1589234313000L, "2020-05-11T21:58:33z", "yyyy-MM-dd'T'HH:mm:ssX"),
        row("PARSE_TIMESTAMP", new Timestamp(1526101113000L), "2018-05-11T21:58:33 PST",
            "yyyy-MM-dd'T'HH:mm:ss zzz"),
        row("PARSE_DATE", date("2022-01-01"), "01-Jan-2022", "dd-MMM-yyyy"),
        row("DATETOSTRING", "1972-09-27", 1000, "yyyy-MM-dd"),
        row("STRINGTODATE", 1000, "1972-09-27", "yyyy-MM-dd"));
  }

  @ParameterizedTest(name = "{0}{2} = {1}")
  @MethodSource("cases")
  void evaluates(String function, Object expected, Object[] args) {
    assertThat(call(function, args)).isEqualTo(expected);
  }

  @Test
  void nowFunctionsAreCurrent() {
    long before = System.currentTimeMillis();
    long now = (Long) call("UNIX_TIMESTAMP");
    assertThat(now).isBetween(before, System.currentTimeMillis());
    assertThat((Integer) call("UNIX_DATE")).isEqualTo((int) LocalDate.now().toEpochDay());
  }

  @Test
  void errorsNameTheInput() {
    assertThatThrownBy(() -> call("PARSE_DATE", "2021-13-45", "yyyy-MM-dd"))
        .isInstanceOf(UdfException.class)
        .hasMessageStartingWith("PARSE_DATE: failed to parse '2021-13-45' with pattern 'yyyy-MM-dd'");
    assertThatThrownBy(() -> call("FORMAT_TIMESTAMP", new Timestamp(0), "yyyy", "Mars/Olympus"))
        .isInstanceOf(UdfException.class)
        .hasMessage("Unknown time zone 'Mars/Olympus'");
    assertThatThrownBy(() -> call("TIMESTAMPADD", "FORTNIGHTS", 1, new Timestamp(0)))
        .isInstanceOf(UdfException.class)
        .hasMessage("TIMESTAMPADD: unknown time unit 'FORTNIGHTS'; expected one of"
            + " MILLISECONDS, SECONDS, MINUTES, HOURS, DAYS");
    assertThatThrownBy(() -> call("FORMAT_DATE", new Date(0), "bogus {"))
        .isInstanceOf(UdfException.class)
        .hasMessageStartingWith("Unknown date/time format pattern 'bogus {'");
  }
}
