package dev.eddy.engine.runtime.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowSpecTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final long HOUR = Duration.ofHours(1).toMillis();
  private static final long DAY = Duration.ofDays(1).toMillis();

  private static WindowSpec tumbling(long size, long alignment, ZoneId zone) {
    return WindowSpec.of(WindowSpec.Type.TUMBLING, size, null, 0L, null, alignment, zone, false);
  }

  private static WindowSpec hopping(long size, long advance, long alignment) {
    return WindowSpec.of(WindowSpec.Type.HOPPING, size, advance, 0L, null, alignment, null, false);
  }

  private static List<String> windowsOf(WindowSpec window, long timestamp) {
    List<String> windows = new ArrayList<>();
    window.windowsOf(timestamp, (start, end) -> windows.add("[" + start + ", " + end + ")"));
    return windows;
  }

  /** Windows as UTC instants, for zoned windows. */
  private static List<String> instantsOf(WindowSpec window, String timestamp) {
    List<String> windows = new ArrayList<>();
    window.windowsOf(Instant.parse(timestamp).toEpochMilli(),
        (start, end) -> windows.add("[" + Instant.ofEpochMilli(start) + ", " + Instant.ofEpochMilli(end) + ")"));
    return windows;
  }

  @Test
  void aTumblingWindowContainsItsStartButNotItsEnd() {
    WindowSpec window = tumbling(10, 0, null);

    assertThat(windowsOf(window, 0)).containsExactly("[0, 10)");
    assertThat(windowsOf(window, 9)).containsExactly("[0, 10)");
    assertThat(windowsOf(window, 10)).containsExactly("[10, 20)");
    assertThat(windowsOf(window, 1_700_000_000_005L)).containsExactly("[1700000000000, 1700000000010)");
  }

  @Test
  void hoppingWindowsAreEveryWindowContainingTheTimestampInTimeOrder() {
    WindowSpec window = hopping(10, 3, 0);

    assertThat(windowsOf(window, 10)).containsExactly("[3, 13)", "[6, 16)", "[9, 19)");
    assertThat(windowsOf(window, 12)).containsExactly("[3, 13)", "[6, 16)", "[9, 19)", "[12, 22)");
    // Kafka Streams starts no window before the epoch
    assertThat(windowsOf(window, 1)).containsExactly("[0, 10)");
    assertThat(windowsOf(window, 6)).containsExactly("[0, 10)", "[3, 13)", "[6, 16)");
  }

  @Test
  void anAlignmentShiftsTheWindowBoundaries() {
    WindowSpec tumbling = tumbling(10, 3, null);
    assertThat(windowsOf(tumbling, 25)).containsExactly("[23, 33)");
    assertThat(windowsOf(tumbling, 22)).containsExactly("[13, 23)");
    assertThat(windowsOf(tumbling, 23)).containsExactly("[23, 33)");

    WindowSpec hopping = hopping(10, 5, 2);
    assertThat(windowsOf(hopping, 13)).containsExactly("[7, 17)", "[12, 22)");
    assertThat(windowsOf(hopping, 12)).containsExactly("[7, 17)", "[12, 22)");
    assertThat(windowsOf(hopping, 11)).containsExactly("[2, 12)", "[7, 17)");
  }

  @Test
  void everyTimestampFallsInExactlyOneAlignedTumblingWindow() {
    WindowSpec tumbling = tumbling(10, 3, null);

    assertThat(windowsOf(tumbling, 2)).containsExactly("[-7, 3)");
  }

  @Test
  void aDayWindowInAZoneRunsFromLocalMidnightToLocalMidnight() {
    WindowSpec days = tumbling(DAY, 0, BERLIN);

    assertThat(instantsOf(days, "2026-03-27T12:00:00Z"))
        .containsExactly("[2026-03-26T23:00:00Z, 2026-03-27T23:00:00Z)");
    // 2026-03-29: clocks go from 02:00 CET to 03:00 CEST, the local day has 23 hours
    assertThat(instantsOf(days, "2026-03-28T23:30:00Z"))
        .containsExactly("[2026-03-28T23:00:00Z, 2026-03-29T22:00:00Z)");
    assertThat(instantsOf(days, "2026-03-29T12:00:00Z"))
        .containsExactly("[2026-03-28T23:00:00Z, 2026-03-29T22:00:00Z)");
    assertThat(instantsOf(days, "2026-03-29T21:59:59.999Z"))
        .containsExactly("[2026-03-28T23:00:00Z, 2026-03-29T22:00:00Z)");
    assertThat(instantsOf(days, "2026-03-29T22:00:00Z"))
        .containsExactly("[2026-03-29T22:00:00Z, 2026-03-30T22:00:00Z)");
    // 2026-10-25: clocks go back from 03:00 CEST to 02:00 CET, the local day has 25 hours
    assertThat(instantsOf(days, "2026-10-25T22:30:00Z"))
        .containsExactly("[2026-10-24T22:00:00Z, 2026-10-25T23:00:00Z)");
  }

  @Test
  void theDaylightSavingDayIs23HoursLong() {
    List<Long> lengths = new ArrayList<>();
    tumbling(DAY, 0, BERLIN).windowsOf(Instant.parse("2026-03-29T10:00:00Z").toEpochMilli(),
        (start, end) -> lengths.add(end - start));

    assertThat(lengths).containsExactly(23 * HOUR);
  }

  @Test
  void hourWindowsInAZoneAreContiguousAcrossTheSpringGap() {
    WindowSpec hours = tumbling(HOUR, 0, BERLIN);

    assertThat(instantsOf(hours, "2026-03-29T00:30:00Z"))
        .containsExactly("[2026-03-29T00:00:00Z, 2026-03-29T01:00:00Z)");
    assertThat(instantsOf(hours, "2026-03-29T01:30:00Z"))
        .containsExactly("[2026-03-29T01:00:00Z, 2026-03-29T02:00:00Z)");
  }

  @Test
  void windowsCloseAtEndPlusGraceAndSessionsOnceTheGapHasPassedToo() {
    WindowSpec window = WindowSpec.of(WindowSpec.Type.TUMBLING, 10, null, 5L, null, 0, null, false);

    assertThat(window.isClosed(10, Long.MIN_VALUE)).isFalse();
    assertThat(window.isClosed(10, 14)).isFalse();
    assertThat(window.isClosed(10, 15)).isTrue();

    WindowSpec session = WindowSpec.of(WindowSpec.Type.SESSION, 10, null, 5L, null, 0, null, false);
    // a session ending at 10 can still take a row at 20 (the gap) until stream time passes 25
    assertThat(session.isSessionClosed(10, 25)).isFalse();
    assertThat(session.isSessionClosed(10, 26)).isTrue();
    assertThat(session.isSessionClosed(10, Long.MIN_VALUE)).isFalse();
  }

  @Test
  void defaultsFollowKsqlDb() {
    WindowSpec window = WindowSpec.of(WindowSpec.Type.TUMBLING, 60_000, null, null, null, 0, null, false);
    assertThat(window.grace()).isEqualTo(DAY);
    assertThat(window.advance()).isEqualTo(60_000);
    assertThat(window.retention()).isEqualTo(DAY + 60_000);

    WindowSpec shortGrace = WindowSpec.of(WindowSpec.Type.HOPPING, 60_000, 30_000L, 0L, null, 0, null, true);
    assertThat(shortGrace.retention()).isEqualTo(DAY);
    assertThat(shortGrace.isExpired(0, DAY - 1)).isFalse();
    assertThat(shortGrace.isExpired(0, DAY)).isTrue();
    assertThat(shortGrace).hasToString(
        "HOPPING (size 60000 ms, advance 30000 ms, grace 0 ms, retention 86400000 ms, EMIT FINAL)");
    assertThat(tumbling(DAY, 3, BERLIN)).hasToString(
        "TUMBLING (size 86400000 ms, grace 0 ms, retention 86400000 ms, aligned +3 ms, time zone Europe/Berlin)");
  }

  @Test
  void anInvalidWindowIsRefused() {
    assertThatThrownBy(() -> WindowSpec.of(WindowSpec.Type.HOPPING, 10, 20L, 0L, null, 0, null, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A hopping window's ADVANCE BY (20 ms) must be positive and at most its SIZE (10 ms).");
    assertThatThrownBy(() -> WindowSpec.of(WindowSpec.Type.TUMBLING, 0, null, 0L, null, 0, null, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid window: TUMBLING size 0, advance 0, grace 0, retention 86400000");
  }

  /**
   * Kafka Streams refuses a window store whose retention is shorter than the window size plus
   * the grace period; Eddy's TimeWindowAggregateOperator would delete such a window before it
   * closes and then, under EMIT FINAL, fail emitting it (NullPointerException on its state).
   */
  @Test
  void aRetentionShorterThanSizePlusGraceIsRefused() {
    assertThatThrownBy(() -> WindowSpec.of(WindowSpec.Type.TUMBLING, 10, null, 20L, 5L, 0, null, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RETENTION (5 ms)");
    assertThatThrownBy(() -> WindowSpec.of(WindowSpec.Type.HOPPING, 10, 5L, 0L, 9L, 0, null, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RETENTION (9 ms)");
  }
}
