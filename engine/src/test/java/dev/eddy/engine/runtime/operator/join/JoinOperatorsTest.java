package dev.eddy.engine.runtime.operator.join;

import static dev.eddy.engine.runtime.TestRows.delete;
import static dev.eddy.engine.runtime.TestRows.insert;
import static dev.eddy.engine.runtime.TestRows.updateAfter;
import static dev.eddy.engine.runtime.TestRows.updateBefore;
import static dev.eddy.engine.runtime.operator.join.JoinHarness.left;
import static dev.eddy.engine.runtime.operator.join.JoinHarness.right;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.log.CleanupPolicy;
import dev.eddy.log.FileLogStore;
import dev.eddy.log.TopicConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three join operators over rows {@code [K, V]} (left) and {@code [K, W]} (right), joined on K. */
class JoinOperatorsTest {

  @TempDir
  Path dir;

  private FileLogStore logs;

  @BeforeEach
  void setUp() {
    logs = FileLogStore.open(dir);
  }

  @AfterEach
  void tearDown() {
    logs.close();
  }

  private static JoinLayout layout(boolean leftOuter, boolean rightOuter) {
    return new JoinLayout(new int[] {0}, new int[] {0}, 2, 2, leftOuter, rightOuter);
  }

  private static StreamStreamJoinOperator within10(boolean leftOuter, boolean rightOuter, long grace, boolean defer) {
    return new StreamStreamJoinOperator(layout(leftOuter, rightOuter), 10, 10, grace, defer);
  }

  @Test
  void streamsMeetWithinTheWindowOnEitherSideOnce() {
    JoinHarness harness = JoinHarness.of(within10(false, false, 100, false)).feed(
        left(insert(1000, 1, "a")),
        right(insert(1005, 1, "x")),
        right(insert(1020, 1, "y")),
        right(insert(1006, 2, "other key")),
        left(insert(1015, 1, "b")));

    assertThat(harness.output()).containsExactly(
        "+I[1, a, 1, x] @1005",
        "+I[1, b, 1, x] @1015",
        "+I[1, b, 1, y] @1020");
  }

  @Test
  void withoutAGracePeriodAnUnmatchedOuterRowGoesOutAtOnceAndItsLaterMatchToo() {
    JoinHarness harness = JoinHarness.of(within10(true, false, 100, false)).feed(
        left(insert(1000, 1, "a")),
        right(insert(1005, 1, "x")),
        right(insert(1006, 2, "unmatched right of a LEFT join")));

    assertThat(harness.output()).containsExactly(
        "+I[1, a, null, null] @1000",
        "+I[1, a, 1, x] @1005");
  }

  @Test
  void withAGracePeriodAnUnmatchedOuterRowWaitsForItsWindowToClose() {
    JoinHarness harness = JoinHarness.of(within10(true, true, 5, true)).feed(
        left(insert(1000, 1, "a")),        // window to 1010, closes after 1015
        right(insert(1003, 2, "x")),       // right rows look back 10: closes after 1018
        left(insert(1016, 3, "b")),        // a closes; x is still open
        right(insert(1017, 3, "y")),       // b is matched: never unmatched
        left(insert(1019, 4, "c")),        // x closes
        left(insert(1040, 5, "d")));       // c closes; b was matched

    assertThat(harness.output()).containsExactly(
        "+I[1, a, null, null] @1000",
        "+I[3, b, 3, y] @1017",
        "+I[null, null, 2, x] @1003",
        "+I[4, c, null, null] @1019");
  }

  @Test
  void aRowOlderThanTheWindowAndGraceIsNotKeptButStillMeetsWhatIsKept() {
    JoinHarness harness = JoinHarness.of(within10(true, false, 5, true)).feed(
        right(insert(1000, 1, "x")),
        left(insert(2000, 9, "moves left time on")),
        left(insert(1001, 1, "late: meets x")),
        right(insert(1002, 1, "meets nothing: the late left row was not kept")));

    assertThat(harness.output()).containsExactly(
        "+I[1, late: meets x, 1, x] @1001");
  }

  @Test
  void aStreamJoinRestoredFromItsChangelogAtEveryRowGivesTheSameOutput() {
    logs.createTopic("changelog", TopicConfig.builder().partitions(1).cleanupPolicy(CleanupPolicy.COMPACT).build());
    JoinHarness.assertRestoreAtEveryRowIsTransparent(logs.topic("changelog").partition(0),
        () -> within10(true, true, 5, true),
        left(insert(1000, 1, "a")),
        right(insert(1003, 2, "x")),
        right(insert(1004, 1, "y")),
        left(insert(1016, 3, "b")),
        left(insert(1030, 4, "c")),
        right(insert(1031, 4, "z")),
        left(insert(1100, 5, "d")));
  }

  @Test
  void aStreamRowMeetsTheTablesRowAsOfItsTurnAndTableChangesEmitNothing() {
    JoinHarness harness = JoinHarness.of(new StreamTableJoinOperator(layout(true, false))).feed(
        right(insert(100, 1, "t1")),
        left(insert(200, 1, "a")),
        right(updateBefore(300, 1, "t1")),
        right(updateAfter(300, 1, "t2")),
        left(insert(400, 1, "b")),
        right(delete(500, 1, "t2")),
        left(insert(600, 1, "c")),
        left(insert(700, null, "null key")));

    assertThat(harness.output()).containsExactly(
        "+I[1, a, 1, t1] @200",
        "+I[1, b, 1, t2] @400",
        "+I[1, c, null, null] @600",
        "+I[null, null key, null, null] @700");
  }

  @Test
  void aTableJoinTakesOldResultsBackAsUpdatesAndDeletes() {
    JoinHarness harness = JoinHarness.of(new TableTableJoinOperator(layout(true, false), new int[] {0},
        new int[] {0})).feed(
        left(insert(100, 1, "a")),
        right(insert(200, 1, "x")),
        right(updateBefore(300, 1, "x")),
        right(updateAfter(300, 1, "y")),
        left(delete(400, 1, "a")),
        right(delete(500, 1, "y")));

    assertThat(harness.output()).containsExactly(
        "+I[1, a, null, null] @100",
        "-U[1, a, null, null] @200",
        "+U[1, a, 1, x] @200",
        "-U[1, a, 1, x] @300",
        "+U[1, a, 1, y] @300",
        "-D[1, a, 1, y] @400");
  }

  @Test
  void aFullOuterTableJoinKeepsEitherSidesUnmatchedRows() {
    JoinHarness harness = JoinHarness.of(new TableTableJoinOperator(layout(true, true), new int[] {0},
        new int[] {0})).feed(
        right(insert(100, 2, "z")),
        left(insert(200, 2, "b")),
        right(delete(300, 2, "z")),
        left(delete(400, 2, "b")));

    assertThat(harness.output()).containsExactly(
        "+I[null, null, 2, z] @100",
        "-U[null, null, 2, z] @200",
        "+U[2, b, 2, z] @200",
        "-U[2, b, 2, z] @300",
        "+U[2, b, null, null] @300",
        "-D[2, b, null, null] @400");
  }

  @Test
  void aTableJoinRestoredFromItsChangelogAtEveryRowGivesTheSameOutput() {
    logs.createTopic("changelog", TopicConfig.builder().partitions(1).cleanupPolicy(CleanupPolicy.COMPACT).build());
    JoinHarness.assertRestoreAtEveryRowIsTransparent(logs.topic("changelog").partition(0),
        () -> new TableTableJoinOperator(layout(true, true), new int[] {0}, new int[] {0}),
        left(insert(100, 1, "a")),
        right(insert(200, 1, "x")),
        right(updateBefore(300, 1, "x")),
        right(updateAfter(300, 1, "y")),
        right(insert(350, 2, "z")),
        left(delete(400, 1, "a")));
  }

  /** Left rows {@code [ID, FK]} joined on FK to right rows {@code [K, W]}: several left rows per key. */
  private static TableTableJoinOperator foreignKey() {
    return new TableTableJoinOperator(new JoinLayout(new int[] {1}, new int[] {0}, 2, 2, true, false),
        new int[] {0}, new int[] {0});
  }

  @Test
  void aForeignKeyJoinFansARightChangeOutAndMovesALeftRowWithoutATombstone() {
    JoinHarness harness = JoinHarness.of(foreignKey()).feed(
        right(insert(100, 7, "x")),
        left(insert(200, 1, 7)),
        left(insert(300, 2, 7)),
        right(updateBefore(400, 7, "x")),
        right(updateAfter(400, 7, "y")),
        left(updateBefore(500, 1, 7)),     // row 1 moves to key 8: its -U arrives alone here
        left(updateBefore(600, 2, 7)),     // row 2 moves within this task: -U and +U together
        left(updateAfter(600, 2, 9)));

    assertThat(harness.output()).containsExactly(
        "+I[1, 7, 7, x] @200",
        "+I[2, 7, 7, x] @300",
        "-U[1, 7, 7, x] @400",
        "+U[1, 7, 7, y] @400",
        "-U[2, 7, 7, x] @400",
        "+U[2, 7, 7, y] @400",
        "-U[2, 7, 7, y] @600",
        "+U[2, 9, null, null] @600");
  }

  @Test
  void anInnerForeignKeyJoinTombstonesEveryKnownLeftRowLeftWithoutAResult() {
    JoinHarness harness = JoinHarness.of(TableTableJoinOperator.foreignKey(
        new JoinLayout(new int[] {1}, new int[] {0}, 2, 2, false, false), new int[] {0}, new int[] {0})).feed(
        left(insert(100, 1, 7)),           // no match, first version: silent
        left(updateBefore(200, 1, 7)),     // same foreign key, still no match: a tombstone
        left(updateAfter(200, 1, 7)),
        left(updateAfter(300, 2, 9)),      // moved here from another key, no match: a tombstone
        right(insert(400, 7, "x")),
        left(delete(500, 1, 7)),           // its result goes
        left(delete(600, 2, 9)));          // no result was out: a tombstone all the same

    assertThat(harness.output()).containsExactly(
        "-D[1, 7, null, null] @200",
        "-D[2, 9, null, null] @300",
        "+I[1, 7, 7, x] @400",
        "-D[1, 7, 7, x] @500",
        "-D[2, 9, null, null] @600");
  }
}
