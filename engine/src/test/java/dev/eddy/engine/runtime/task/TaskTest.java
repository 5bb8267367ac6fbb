package dev.eddy.engine.runtime.task;

import static dev.eddy.engine.format.Schemas.INT;
import static dev.eddy.engine.format.Schemas.STRING;
import static dev.eddy.engine.format.Schemas.TYPES;
import static dev.eddy.engine.format.Schemas.schema;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.engine.catalog.Column;
import dev.eddy.engine.format.FormatOptions;
import dev.eddy.engine.format.Formats;
import dev.eddy.engine.format.SerdeTarget;
import dev.eddy.engine.processinglog.ProcessingLogger;
import dev.eddy.engine.processinglog.TopicProcessingLogger;
import dev.eddy.engine.runtime.ChangelogMode;
import dev.eddy.engine.runtime.Operator;
import dev.eddy.engine.runtime.Sink;
import dev.eddy.engine.runtime.TwoInputOperator;
import dev.eddy.engine.runtime.operator.CalcOperator;
import dev.eddy.engine.runtime.operator.LimitOperator;
import dev.eddy.engine.runtime.sink.PushQuerySink;
import dev.eddy.engine.runtime.sink.ResultRow;
import dev.eddy.engine.runtime.sink.TopicSink;
import dev.eddy.engine.runtime.source.SourceDecoder;
import dev.eddy.engine.runtime.task.TaskConfig.StartPosition;
import dev.eddy.engine.state.TaskState;
import dev.eddy.log.FetchResult;
import dev.eddy.log.FileLogStore;
import dev.eddy.log.FlushPolicy;
import dev.eddy.log.LogRecord;
import dev.eddy.log.PartitionLog;
import dev.eddy.log.Record;
import dev.eddy.log.TopicConfig;
import dev.eddy.log.TopicPartition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task over a real {@link FileLogStore}: source topic {@code orders} (key ID STRING in KAFKA
 * format, value AMOUNT INT in JSON), {@code WHERE AMOUNT > 10 SELECT ID, AMOUNT * 2 AS DOUBLED}
 * into topic {@code big_orders}.
 */
class TaskTest {

  private static final String QUERY = "CSAS_BIG_ORDERS_1";
  private static final String GROUP = "_eddy_query_" + QUERY;
  private static final TopicPartition ORDERS_0 = new TopicPartition("orders", 0);
  private static final long DEADLINE_MS = 10_000;

  @TempDir
  Path dir;

  private FileLogStore store;
  private TaskRunner runner;
  private TopicProcessingLogger processingLog;
  private PartitionLog orders;
  private PartitionLog bigOrders;
  private final List<TaskHandle> handles = new ArrayList<>();

  @BeforeEach
  void setUp() {
    store = FileLogStore.open(dir);
    store.createTopic("orders", TopicConfig.builder().partitions(1).flushPolicy(FlushPolicy.OS).build());
    store.createTopic("big_orders", TopicConfig.builder().partitions(1).flushPolicy(FlushPolicy.OS).build());
    orders = store.topic("orders").partition(0);
    bigOrders = store.topic("big_orders").partition(0);
    processingLog = TopicProcessingLogger.open(store);
    runner = new TaskRunner(2, 20);
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    for (TaskHandle handle : handles) {
      handle.cancel();
      assertThat(handle.awaitTermination(DEADLINE_MS, TimeUnit.MILLISECONDS)).isTrue();
    }
    runner.close();
    store.close();
  }

  private void produce(String key, String value, long timestamp) {
    orders.append(List.of(new Record(key.getBytes(UTF_8), value == null ? null : value.getBytes(UTF_8), timestamp)));
  }

  private SourceDecoder decoder() {
    return SourceDecoder.builder(TYPES, List.of(Column.key("ID", STRING), Column.value("AMOUNT", INT)))
        .keyFormat(Formats.of("KAFKA")).valueFormat(Formats.of("JSON")).build();
  }

  /** WHERE AMOUNT > 10 SELECT ID, AMOUNT * 2 over [ID, AMOUNT, ROWTIME, ROWPARTITION, ROWOFFSET]. */
  private static Operator bigOrdersCalc() {
    return new CalcOperator(row -> row[1] != null && (Integer) row[1] > 10
        ? new Object[] {row[0], (Integer) row[1] * 2}
        : null);
  }

  private TaskServices services() {
    return new TaskServices(QUERY, processingLog, () -> 42L);
  }

  private Sink topicSink() {
    return new TopicSink(store.topic("big_orders"),
        Formats.of("KAFKA").serializer(schema("ID", STRING), SerdeTarget.KEY, FormatOptions.none()), new int[] {0},
        Formats.of("JSON").serializer(schema("DOUBLED", INT), SerdeTarget.VALUE, FormatOptions.none()), new int[] {1},
        ChangelogMode.insertOnly(), services());
  }

  private TaskHandle startPersistent() {
    TaskConfig config = TaskConfig.of(QUERY + "/0", ORDERS_0, GROUP, StartPosition.EARLIEST).withCommitIntervalMs(0);
    Task task = new Task(config, orders, store.groupOffsets(), decoder(), List.of(bigOrdersCalc()), topicSink(),
        services());
    TaskHandle handle = runner.submit(task);
    handles.add(handle);
    return handle;
  }

  /** Long-polls {@code log} until it holds {@code count} records; returns them as key=value@time. */
  private static List<String> awaitRecords(PartitionLog log, int count) throws InterruptedException {
    List<String> seen = new ArrayList<>();
    long offset = 0;
    long deadline = System.currentTimeMillis() + DEADLINE_MS;
    while (seen.size() < count && System.currentTimeMillis() < deadline) {
      FetchResult fetch = log.read(offset, 1 << 20, 100);
      for (LogRecord record : fetch.records()) {
        seen.add(text(record.key()) + "=" + text(record.value()) + "@" + record.timestamp());
      }
      offset = fetch.nextOffset();
    }
    return seen;
  }

  private static String text(byte[] bytes) {
    return bytes == null ? "null" : new String(bytes, UTF_8);
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DEADLINE_MS);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Condition not met within " + DEADLINE_MS + " ms");
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
    }
  }

  @Test
  void filtersProjectsWritesTheSinkAndCommits() throws Exception {
    produce("k1", "{\"AMOUNT\": 5}", 1000);
    produce("k2", "{\"AMOUNT\": 20}", 2000);
    produce("k3", "{\"amount\": 11}", 3000);

    TaskHandle handle = startPersistent();

    assertThat(awaitRecords(bigOrders, 2)).containsExactly("k2={\"DOUBLED\":40}@2000", "k3={\"DOUBLED\":22}@3000");
    await(() -> handle.task().committedOffset() == 3);
    assertThat(store.groupOffsets().fetch(GROUP, ORDERS_0)).isEqualTo(OptionalLong.of(3));
    assertThat(handle.task().streamTime()).isEqualTo(3000);
    assertThat(handle.task().operatorMetrics()).extracting(Object::toString)
        .containsExactly("0:Calc{in=3, out=2, errors=0}");
  }

  @Test
  void aBadRecordIsSkippedAndLoggedWhileTheTaskKeepsRunning() throws Exception {
    produce("k1", "{\"AMOUNT\": 50}", 1000);
    produce("k2", "{\"AMOUNT\": \"abc\"}", 2000);
    TaskHandle handle = startPersistent();
    await(() -> handle.task().committedOffset() == 2);

    produce("k3", "{\"AMOUNT\": 60}", 3000);

    assertThat(awaitRecords(bigOrders, 2)).containsExactly("k1={\"DOUBLED\":100}@1000", "k3={\"DOUBLED\":120}@3000");
    assertThat(handle.state()).isEqualTo(TaskHandle.State.RUNNING);
    assertThat(handle.task().recordsSkipped()).isEqualTo(1);
    assertThat(processingLog.errorCount(QUERY)).isEqualTo(1);
    PartitionLog logTopic = store.topic(ProcessingLogger.TOPIC).partition(0);
    assertThat(awaitRecords(logTopic, 1)).containsExactly("null={\"LOGGED_AT\":42,\"QUERY_ID\":\"CSAS_BIG_ORDERS_1\","
        + "\"OPERATOR\":\"source\",\"ERROR_TYPE\":\"DESERIALIZATION_ERROR\","
        + "\"MESSAGE\":\"Can't convert 'abc' to INTEGER for column AMOUNT\",\"CAUSE\":null,"
        + "\"RECORD_TOPIC\":\"orders\",\"RECORD_PARTITION\":0,\"RECORD_OFFSET\":1,\"RECORD_KEY\":\"k2\","
        + "\"RECORD_VALUE\":\"{\\\"AMOUNT\\\": \\\"abc\\\"}\",\"FAILED_ROW\":null}@42");
  }

  @Test
  void aRestartedTaskResumesFromItsCommittedOffset() throws Exception {
    produce("k1", "{\"AMOUNT\": 11}", 1000);
    produce("k2", "{\"AMOUNT\": 12}", 2000);
    TaskHandle first = startPersistent();
    await(() -> first.task().committedOffset() == 2);
    first.cancel();
    assertThat(first.awaitTermination(DEADLINE_MS, TimeUnit.MILLISECONDS)).isTrue();
    assertThat(first.state()).isEqualTo(TaskHandle.State.FINISHED);

    produce("k3", "{\"AMOUNT\": 13}", 3000);
    TaskHandle second = startPersistent();
    await(() -> second.task().committedOffset() == 3);

    assertThat(awaitRecords(bigOrders, 3)).containsExactly(
        "k1={\"DOUBLED\":22}@1000", "k2={\"DOUBLED\":24}@2000", "k3={\"DOUBLED\":26}@3000");
    assertThat(bigOrders.endOffset()).isEqualTo(3);
    assertThat(second.task().recordsRead()).isEqualTo(1);
  }

  private TaskHandle startPush(PushQuerySink sink, int batchSize, Operator... operators) {
    TaskConfig config = TaskConfig.of("push/0", ORDERS_0, null, StartPosition.EARLIEST).withBatchSize(batchSize);
    Task task = new Task(config, orders, store.groupOffsets(), decoder(), List.of(operators), sink, services());
    TaskHandle handle = runner.submit(task);
    sink.onCancel(handle::cancel);
    handles.add(handle);
    return handle;
  }

  @Test
  void aPushQueryWithLimitEndsAfterItsRows() throws Exception {
    for (int i = 1; i <= 5; i++) {
      produce("k" + i, "{\"AMOUNT\": " + (10 + i) + "}", i * 1000L);
    }
    PushQuerySink sink = new PushQuerySink(100);
    TaskHandle handle = startPush(sink, 16, bigOrdersCalc(), new LimitOperator(2));

    List<String> rows = new ArrayList<>();
    for (ResultRow row = sink.cursor().next(); row != null; row = sink.cursor().next()) {
      rows.add(row.toString());
    }

    assertThat(rows).containsExactly("+I[k1, 22] @1000", "+I[k2, 24] @2000");
    assertThat(handle.awaitTermination(DEADLINE_MS, TimeUnit.MILLISECONDS)).isTrue();
    assertThat(handle.state()).isEqualTo(TaskHandle.State.FINISHED);
    assertThat(store.groupOffsets().fetchAll("push")).isEmpty();
  }

  @Test
  void aSlowReaderHoldsTheTaskBackWithoutLosingRows() throws Exception {
    for (int i = 1; i <= 10; i++) {
      produce("k" + i, "{\"AMOUNT\": " + (10 + i) + "}", i);
    }
    PushQuerySink sink = new PushQuerySink(2);
    TaskHandle handle = startPush(sink, 1, bigOrdersCalc());

    await(() -> !sink.isWritable());
    assertThat(sink.queuedRows()).isLessThanOrEqualTo(3);
    assertThat(handle.task().recordsRead()).isLessThan(10);

    List<String> rows = new ArrayList<>();
    while (rows.size() < 10) {
      ResultRow row = sink.cursor().poll(DEADLINE_MS, TimeUnit.MILLISECONDS);
      assertThat(row).isNotNull();
      rows.add(row.values()[0] + "=" + row.values()[1]);
    }
    assertThat(rows).containsExactly("k1=22", "k2=24", "k3=26", "k4=28", "k5=30", "k6=32", "k7=34", "k8=36",
        "k9=38", "k10=40");

    sink.cursor().close();
    assertThat(handle.awaitTermination(DEADLINE_MS, TimeUnit.MILLISECONDS)).isTrue();
  }

  @Test
  void cancellingAnIdleTaskIsPrompt() throws Exception {
    TaskHandle handle = startPersistent();
    await(() -> handle.task().recordsRead() == 0 && !handle.isTerminated());

    handle.cancel();

    assertThat(handle.awaitTermination(2, TimeUnit.SECONDS)).isTrue();
    assertThat(handle.state()).isEqualTo(TaskHandle.State.FINISHED);
  }

  @Test
  void aQueryRunsOneTaskPerPartitionAndSumsTheirCounters() throws Exception {
    store.createTopic("orders2", TopicConfig.builder().partitions(2).flushPolicy(FlushPolicy.OS).build());
    for (int p = 0; p < 2; p++) {
      store.topic("orders2").partition(p).append(List.of(
          new Record(("k" + p).getBytes(UTF_8), "{\"AMOUNT\": 50}".getBytes(UTF_8), 10 + p),
          new Record(("j" + p).getBytes(UTF_8), "{\"AMOUNT\": 1}".getBytes(UTF_8), 20 + p)));
    }
    List<TaskHandle> tasks = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      TaskConfig config = TaskConfig.of(QUERY + "/" + p, new TopicPartition("orders2", p), GROUP,
          StartPosition.EARLIEST).withCommitIntervalMs(0);
      TaskHandle handle = runner.submit(new Task(config, store.topic("orders2").partition(p), store.groupOffsets(),
          decoder(), List.of(bigOrdersCalc()), topicSink(), services()));
      handles.add(handle);
      tasks.add(handle);
    }
    QueryHandle query = new QueryHandle(QUERY, tasks);

    assertThat(awaitRecords(bigOrders, 2)).containsExactlyInAnyOrder("k0={\"DOUBLED\":100}@10",
        "k1={\"DOUBLED\":100}@11");
    await(() -> query.recordsRead() == 4 && query.operatorMetrics().get(0).rowsOut() == 2);
    assertThat(query.operatorMetrics()).extracting(Object::toString).containsExactly("0:Calc{in=4, out=2, errors=0}");
    assertThat(query.state()).isEqualTo(TaskHandle.State.RUNNING);

    query.cancel();

    assertThat(query.awaitTermination(DEADLINE_MS, TimeUnit.MILLISECONDS)).isTrue();
    assertThat(query.state()).isEqualTo(TaskHandle.State.FINISHED);
    assertThat(store.groupOffsets().fetchAll(GROUP)).containsExactlyInAnyOrderEntriesOf(
        java.util.Map.of(new TopicPartition("orders2", 0), 2L, new TopicPartition("orders2", 1), 2L));
  }

  @Test
  void aJoinInputWaitsForItsWriterToCatchUpBeforeTheOtherInputRunsAhead() throws Exception {
    store.createTopic("written", TopicConfig.builder().partitions(1).flushPolicy(FlushPolicy.OS).build());
    PartitionLog written = store.topic("written").partition(0);
    boolean[] writerCaughtUp = {false};
    List<String> seen = new ArrayList<>();
    TwoInputOperator recorder = (side, input, out) -> {
      for (int i = 0; i < input.size(); i++) {
        seen.add(side + ":" + input.row(i)[0] + "@" + input.rowtime(i));
      }
    };
    Task task = new Task(TaskConfig.of("join/0", ORDERS_0, null, StartPosition.EARLIEST),
        List.of(new TaskInput(ORDERS_0, orders, decoder()),
            new TaskInput(new TopicPartition("written", 0), written, decoder(), () -> writerCaughtUp[0])),
        store.groupOffsets(), new TaskFlow.Join(new TaskFlow.Input(0, List.of(), List.of()),
            new TaskFlow.Input(1, List.of(), List.of()), recorder, "Join", List.of(), List.of()),
        batch -> { }, services(), TaskState.inMemory());
    task.open();
    produce("late", "{\"AMOUNT\": 20}", 200);

    assertThat(task.step()).isEqualTo(Task.StepResult.IDLE); // the writer may still write older rows
    written.append(List.of(new Record("early".getBytes(UTF_8), "{\"AMOUNT\": 30}".getBytes(UTF_8), 100)));
    writerCaughtUp[0] = true;
    task.step(); // up to the end of the written input, which it reads again before going on
    task.step();

    assertThat(seen).containsExactly("1:early@100", "0:late@200");
  }
}
