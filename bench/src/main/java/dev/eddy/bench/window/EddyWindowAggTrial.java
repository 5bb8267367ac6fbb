package dev.eddy.bench.window;

import dev.eddy.bench.CpuMeter;
import dev.eddy.bench.ScratchDir;
import dev.eddy.bench.Throughput;
import dev.eddy.bench.TopicRecords;
import dev.eddy.bench.Trial;
import dev.eddy.engine.Engine;
import dev.eddy.engine.EngineConfig;
import dev.eddy.engine.Session;
import dev.eddy.engine.StatementResult;
import dev.eddy.log.FileLogStore;
import dev.eddy.log.FlushPolicy;
import dev.eddy.log.PartitionLog;
import dev.eddy.log.Record;
import dev.eddy.log.TopicConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Eddy's side: the events are written to the stream's topic first (untimed), then the clock
 * runs from the CREATE TABLE ... AS SELECT until the query's window aggregate has emitted the
 * last change the events call for, read from its EXPLAIN ANALYZE counters. One partition, so
 * one task on one thread: the figure is per core.
 *
 * <p>State is read after a restart: stopping the engine makes the query commit, and the
 * restarted query restores exactly that commit, so EXPLAIN ANALYZE then shows the final state's
 * keys and encoded bytes.
 */
final class EddyWindowAggTrial implements Trial {

  static final String CREATE_STREAM = "CREATE STREAM events (k STRING KEY, amount DOUBLE) "
      + "WITH (KAFKA_TOPIC='events', PARTITIONS=1, VALUE_FORMAT='JSON');";
  static final String QUERY = "CREATE TABLE agg AS SELECT k, COUNT(*) AS n, SUM(amount) AS total FROM events "
      + "WINDOW TUMBLING (SIZE 1 MINUTE, GRACE PERIOD 1 MINUTE) GROUP BY k EMIT CHANGES;";
  private static final String OUTPUT_TOPIC = "AGG";
  private static final int INPUT_BATCH = 1000;
  /** Often enough that the clock stops within a few ms of the end, rarely enough to cost nothing. */
  private static final long POLL_MS = 10;
  /** A query that emits nothing for this long has stalled or disagrees about the input. */
  private static final Duration STALL = Duration.ofSeconds(60);
  /** The task commits at most once a second (TaskConfig's default); give it a few. */
  private static final Duration COMMIT_WAIT = Duration.ofSeconds(3);

  private static final AtomicInteger RUNS = new AtomicInteger();

  private final ScratchDir scratch;
  private final WindowEvents events;
  private final long windowSizeMs;
  private final LongFunction<ReferenceAggregation.Expected> expected;
  private final Consumer<RunOutcome> outcomes;
  private final Consumer<String> notes;
  private final FlushPolicy outputFlush;

  /**
   * @param expected what the first N events must give, to know when the query is done
   * @param outcomes receives each run's output and state, to be checked
   * @param notes receives anything odd the run saw, for the report
   * @param outputFlush the flush policy of the output topic, created before the query (the query uses it as it is)
   */
  EddyWindowAggTrial(ScratchDir scratch, WindowEvents events, long windowSizeMs,
      LongFunction<ReferenceAggregation.Expected> expected, Consumer<RunOutcome> outcomes, Consumer<String> notes,
      FlushPolicy outputFlush) {
    this.scratch = scratch;
    this.events = events;
    this.windowSizeMs = windowSizeMs;
    this.expected = expected;
    this.outcomes = outcomes;
    this.notes = notes;
    this.outputFlush = outputFlush;
  }

  @Override
  public Throughput run(long records) throws Exception {
    Path dir = scratch.newDirectory("eddy-" + RUNS.incrementAndGet());
    writeInput(dir, records);
    long changes = expected.apply(records).changeRows();
    CpuMeter.Timing timing;
    String queryId;
    try (Engine engine = Engine.open(EngineConfig.of(dir))) {
      Session session = engine.newSession();
      session.execute(CREATE_STREAM + "\nSET 'auto.offset.reset'='earliest';");
      CpuMeter.Stopwatch stopwatch = CpuMeter.thisJvm().start();
      List<StatementResult> started = session.execute(QUERY);
      queryId = ((StatementResult.Message) started.get(0)).queryId();
      awaitChanges(session, queryId, changes);
      timing = stopwatch.stop();
      awaitCommit(session, queryId, records);
    }
    AggregateCounters state;
    try (Engine restarted = Engine.open(EngineConfig.of(dir))) {
      state = AggregateCounters.read(restarted.newSession(), queryId);
    }
    if (state.materializedKeys() > 0) {
      notes.accept(String.format(java.util.Locale.ROOT,
          "eddy (%,d events): besides the aggregate's store, the rows kept for pull queries (Materialize) hold "
              + "%,d entries in %,d bytes, %.1f bytes an entry", records, state.materializedKeys(),
          state.materializedBytes(), (double) state.materializedBytes() / state.materializedKeys()));
    }
    AggregateOutput output = readOutput(dir);
    ScratchDir.delete(dir);
    outcomes.accept(new RunOutcome(records, output, state.stateKeys(), state.stateBytes()));
    return new Throughput(records, events.payloadBytes(records), timing);
  }

  /**
   * The input, as a producer would have left it: one partition, event times as record timestamps.
   * The output topic is made here too, so that its flush policy is the harness's choice and not
   * the engine's default for new topics.
   */
  private void writeInput(Path dir, long records) {
    try (FileLogStore log = FileLogStore.open(dir)) {
      log.createTopic(OUTPUT_TOPIC, TopicConfig.builder().partitions(1).flushPolicy(outputFlush).build());
      log.createTopic("events", TopicConfig.builder().partitions(1).build());
      PartitionLog partition = log.topic("events").partition(0);
      List<Record> batch = new ArrayList<>(INPUT_BATCH);
      for (int i = 0; i < records; i++) {
        batch.add(new Record(events.key(i), events.value(i), events.time(i)));
        if (batch.size() == INPUT_BATCH || i == records - 1) {
          partition.append(batch);
          batch = new ArrayList<>(INPUT_BATCH);
        }
      }
    }
  }

  private static void awaitChanges(Session session, String queryId, long changes) throws InterruptedException {
    long lastOut = -1;
    long lastProgress = System.nanoTime();
    while (true) {
      AggregateCounters counters = AggregateCounters.read(session, queryId);
      if (counters.rowsOut() == changes) {
        return;
      }
      if (counters.rowsOut() > changes) {
        throw new IllegalStateException("Eddy's window aggregate emitted " + counters.rowsOut()
            + " changes, more than the " + changes + " the input calls for:\n" + counters.text());
      }
      if (!"RUNNING".equals(counters.state())) {
        throw new IllegalStateException("Eddy's query is " + counters.state() + ":\n" + counters.text());
      }
      if (counters.rowsOut() != lastOut) {
        lastOut = counters.rowsOut();
        lastProgress = System.nanoTime();
      } else if (System.nanoTime() - lastProgress > STALL.toNanos()) {
        throw new IllegalStateException("Eddy's window aggregate stopped at " + lastOut + " of " + changes
            + " changes for " + STALL.toSeconds() + " s:\n" + counters.text());
      }
      TimeUnit.MILLISECONDS.sleep(POLL_MS);
    }
  }

  /** Untimed: says so when a query that has read everything leaves its last offsets uncommitted. */
  private void awaitCommit(Session session, String queryId, long records) throws InterruptedException {
    long deadline = System.nanoTime() + COMMIT_WAIT.toNanos();
    AggregateCounters counters;
    do {
      counters = AggregateCounters.read(session, queryId);
      if (counters.committedOffset() == records) {
        return;
      }
      TimeUnit.MILLISECONDS.sleep(POLL_MS * 10);
    } while (System.nanoTime() < deadline);
    notes.accept("eddy: " + COMMIT_WAIT.toSeconds() + " s after its last change the idle query had committed offset "
        + counters.committedOffset() + " of " + records + " (it commits on stop)");
  }

  private AggregateOutput readOutput(Path dir) {
    AggregateOutput output = new AggregateOutput(windowSizeMs);
    TopicRecords.forEach(dir, OUTPUT_TOPIC, record -> output.accept(record.key(), record.value()));
    return output;
  }
}
