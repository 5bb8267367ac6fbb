package dev.eddy.engine.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eddy.engine.RowCursor;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.RowKind;
import dev.eddy.engine.runtime.Sink;
import dev.eddy.engine.runtime.sink.PushQueryFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

/**
 * The sharing itself, with the reader's tasks stood in for by the test, which writes their
 * batches: what each subscriber gets, and when the reader starts and stops.
 */
class SharedPushQueriesTest {

  private static final SharedPushKey QUERY = new SharedPushKey("EddyCalc(id)", "s", "RecordType(INTEGER ID)");
  private static final SharedPushKey OTHER_QUERY = new SharedPushKey("EddyCalc(id, x)", "s", "RecordType(INTEGER ID)");

  private final SharedPushQueries queries = new SharedPushQueries(4);
  private final Starter starter = new Starter();
  private final ExternalValues values = ExternalValues.of(new JavaTypeFactoryImpl().builder()
      .add("ID", SqlTypeName.INTEGER).build());

  @Test
  void identicalQueriesShareOneReaderAndEachGetsEveryRow() throws Exception {
    RowCursor first = subscribe(QUERY, -1);
    RowCursor second = subscribe(QUERY, -1);

    assertThat(starter.started).hasSize(1);
    assertThat(queries.readers()).isEqualTo(1);
    starter.write(0, 1, 2);
    assertThat(drain(first, 3)).containsExactly(0, 1, 2);
    assertThat(drain(second, 3)).containsExactly(0, 1, 2);
  }

  @Test
  void differentQueriesGetReadersOfTheirOwn() {
    subscribe(QUERY, -1);
    subscribe(OTHER_QUERY, -1);

    assertThat(starter.started).hasSize(2);
    assertThat(queries.readers()).isEqualTo(2);
  }

  @Test
  void closingOneSubscriberLeavesTheOthersReceivingAndTheLastStopsTheReader() throws Exception {
    RowCursor first = subscribe(QUERY, -1);
    RowCursor second = subscribe(QUERY, -1);

    first.close();
    starter.write(7);
    assertThat(first.next()).isNull();
    assertThat(drain(second, 1)).containsExactly(7);
    assertThat(queries.readers()).isEqualTo(1);

    second.close();
    assertThat(queries.readers()).isZero();
    subscribe(QUERY, -1);
    assertThat(starter.started).as("a query after the last one left starts afresh").hasSize(2);
  }

  @Test
  void eachSubscriberKeepsItsOwnLimit() throws Exception {
    RowCursor two = subscribe(QUERY, 2);
    RowCursor unlimited = subscribe(QUERY, -1);

    starter.write(0, 1, 2);
    assertThat(drain(two, 2)).containsExactly(0, 1);
    assertThat(two.next()).as("LIMIT 2 reached").isNull();
    assertThat(two.isDone()).isTrue();
    starter.write(3);
    assertThat(drain(unlimited, 4)).containsExactly(0, 1, 2, 3);
  }

  @Test
  void aLimitOfZeroLeavesAtTheFirstRead() throws Exception {
    RowCursor none = subscribe(QUERY, 0);

    assertThat(none.next()).isNull();
    assertThat(queries.readers()).isZero();
  }

  @Test
  void aStalledSubscriberIsCutOffWhileTheOthersKeepReceiving() throws Exception {
    RowCursor stalled = subscribe(QUERY, -1);
    RowCursor reading = subscribe(QUERY, -1);
    List<Object> received = new ArrayList<>();

    for (int row = 0; row < 10; row++) {
      starter.write(row);
      received.addAll(drain(reading, 1));
    }

    assertThat(received).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThatThrownBy(stalled::next)
        .isInstanceOf(PushQueryFailedException.class)
        .hasMessageContaining("push query client too slow: 4 rows buffered");
    assertThat(queries.readers()).isEqualTo(1);
  }

  @Test
  void aFailedReaderEndsEverySubscriberAndIsNotJoinedAgain() throws Exception {
    RowCursor first = subscribe(QUERY, -1);
    RowCursor second = subscribe(QUERY, -1);

    starter.write(5);
    starter.output().fail(new IllegalStateException("disk on fire"));

    for (RowCursor cursor : List.of(first, second)) {
      assertThat(cursor.next()).as("rows before the failure").isEqualTo(List.of(5));
      assertThatThrownBy(cursor::next).hasMessageContaining("disk on fire");
    }
    assertThat(queries.readers()).isZero();
    subscribe(QUERY, -1);
    assertThat(starter.started).hasSize(2);
  }

  private RowCursor subscribe(SharedPushKey key, long limit) {
    return queries.subscribe(key, "reader", values, limit, starter);
  }

  /** The next {@code count} rows' single column; each must already be queued. */
  private static List<Object> drain(RowCursor cursor, int count) throws InterruptedException {
    List<Object> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<Object> row = cursor.poll(0, TimeUnit.SECONDS);
      assertThat(row).as("row " + i + " queued").isNotNull();
      ids.add(row.get(0));
    }
    return ids;
  }

  /** Remembers the sink of each reader it "starts"; the reader has no tasks. */
  private static final class Starter implements ReaderStarter {
    final List<Sink> started = new ArrayList<>();

    @Override
    public RunningTasks start(String readerId, Sink output) {
      started.add(output);
      return new RunningTasks(List.of(), List.of());
    }

    Sink output() {
      return started.get(started.size() - 1);
    }

    /** One batch from the latest reader's tasks. */
    void write(int... ids) {
      RowBatch batch = new RowBatch(ids.length);
      for (int id : ids) {
        batch.add(RowKind.INSERT, new Object[] {id}, 0L);
      }
      output().write(batch);
    }
  }
}
