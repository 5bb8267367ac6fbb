package dev.eddy.bench.join;

import dev.eddy.bench.CpuMeter;
import dev.eddy.bench.ScratchDir;
import dev.eddy.bench.Throughput;
import dev.eddy.bench.Trial;
import dev.eddy.engine.Engine;
import dev.eddy.engine.EngineConfig;
import dev.eddy.engine.Session;
import dev.eddy.engine.StatementResult;
import dev.eddy.log.FetchResult;
import dev.eddy.log.FileLogStore;
import dev.eddy.log.FlushPolicy;
import dev.eddy.log.LogRecord;
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

/**
 * Eddy's side: the input is written to its topics first (untimed), then the clock runs from the
 * CREATE STREAM ... AS SELECT until the operator after the join has handed the sink the last
 * row the input calls for, read from EXPLAIN ANALYZE every 10 ms (the sink appends that batch
 * on the same thread, right after). Every source has one partition.
 */
final class EddyJoinTrial implements Trial {

  private static final int INPUT_BATCH = 1000;
  private static final int READ_BYTES = 1 << 20;
  /** Often enough that the clock stops within a few ms of the end, rarely enough to cost nothing. */
  private static final long POLL_MS = 10;
  /** A query that emits nothing for this long has stalled or disagrees about the input. */
  private static final Duration STALL = Duration.ofSeconds(60);

  private static final AtomicInteger RUNS = new AtomicInteger();

  private final ScratchDir scratch;
  private final JoinWorkload workload;
  private final FlushPolicy outputFlush;
  private final Consumer<JoinOutcome> outcomes;

  /**
   * @param outputFlush the flush policy of the output topic, created before the query
   * @param outcomes receives each run's output digest and state, to be checked
   */
  EddyJoinTrial(ScratchDir scratch, JoinWorkload workload, FlushPolicy outputFlush, Consumer<JoinOutcome> outcomes) {
    this.scratch = scratch;
    this.workload = workload;
    this.outputFlush = outputFlush;
    this.outcomes = outcomes;
  }

  @Override
  public Throughput run(long records) throws Exception {
    Path dir = scratch.newDirectory("eddy-" + RUNS.incrementAndGet());
    writeInput(dir, (int) records);
    long rows = workload.expected((int) records).rows();
    CpuMeter.Timing timing;
    JoinCounters last;
    try (Engine engine = Engine.open(EngineConfig.of(dir))) {
      Session session = engine.newSession();
      session.execute(workload.eddySources() + "\nSET 'auto.offset.reset'='earliest';");
      CpuMeter.Stopwatch stopwatch = CpuMeter.thisJvm().start();
      List<StatementResult> started = session.execute(workload.eddyQuery());
      String queryId = ((StatementResult.Message) started.get(0)).queryId();
      last = awaitRows(session, queryId, rows);
      timing = stopwatch.stop();
    }
    JoinDigest output = readOutput(dir);
    ScratchDir.delete(dir);
    outcomes.accept(new JoinOutcome(records, output.digest(), output.nulls(), last.stateKeys(), last.stateBytes()));
    return new Throughput(records, workload.input().payloadBytes(records), timing);
  }

  /**
   * The input as producers would have left it: one partition a topic, event times as record
   * timestamps. The output topic is made here too, so that its flush policy is the harness's
   * choice and not the engine's default for new topics.
   */
  private void writeInput(Path dir, int records) {
    JoinInput input = workload.input();
    try (FileLogStore log = FileLogStore.open(dir)) {
      log.createTopic(workload.outputTopic(), TopicConfig.builder().partitions(1).flushPolicy(outputFlush).build());
      List<PartitionLog> partitions = new ArrayList<>();
      List<List<Record>> batches = new ArrayList<>();
      for (String topic : input.topics()) {
        log.createTopic(topic, TopicConfig.builder().partitions(1).build());
        partitions.add(log.topic(topic).partition(0));
        batches.add(new ArrayList<>(INPUT_BATCH));
      }
      for (int i = 0; i < records; i++) {
        List<Record> batch = batches.get(input.topic(i));
        batch.add(new Record(input.key(i), input.value(i), input.time(i)));
        if (batch.size() == INPUT_BATCH) {
          partitions.get(input.topic(i)).append(batch);
          batch.clear();
        }
      }
      for (int t = 0; t < partitions.size(); t++) {
        if (!batches.get(t).isEmpty()) {
          partitions.get(t).append(batches.get(t));
        }
      }
    }
  }

  private static JoinCounters awaitRows(Session session, String queryId, long rows) throws InterruptedException {
    long lastOut = -1;
    long lastProgress = System.nanoTime();
    while (true) {
      JoinCounters counters = JoinCounters.read(session, queryId);
      if (counters.rowsOut() == rows) {
        return counters;
      }
      if (counters.rowsOut() > rows) {
        throw new IllegalStateException("Eddy's join emitted " + counters.rowsOut() + " rows, more than the " + rows
            + " the input calls for:\n" + counters.text());
      }
      if (!"RUNNING".equals(counters.state())) {
        throw new IllegalStateException("Eddy's query is " + counters.state() + ":\n" + counters.text());
      }
      if (counters.rowsOut() != lastOut) {
        lastOut = counters.rowsOut();
        lastProgress = System.nanoTime();
      } else if (System.nanoTime() - lastProgress > STALL.toNanos()) {
        throw new IllegalStateException("Eddy's join stopped at " + lastOut + " of " + rows + " rows for "
            + STALL.toSeconds() + " s:\n" + counters.text());
      }
      TimeUnit.MILLISECONDS.sleep(POLL_MS);
    }
  }

  private JoinDigest readOutput(Path dir) {
    JoinDigest digest = new JoinDigest(workload.outputFields());
    try (FileLogStore log = FileLogStore.open(dir)) {
      PartitionLog partition = log.topic(workload.outputTopic()).partition(0);
      long offset = partition.earliestOffset();
      while (offset < partition.endOffset()) {
        FetchResult fetch = partition.read(offset, READ_BYTES);
        for (LogRecord record : fetch.records()) {
          digest.addRecord(record.key(), record.value(), record.timestamp());
        }
        offset = fetch.nextOffset();
      }
    }
    return digest;
  }
}
