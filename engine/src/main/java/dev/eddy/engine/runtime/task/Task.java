package dev.eddy.engine.runtime.task;

import dev.eddy.engine.format.FormatException;
import dev.eddy.engine.processinglog.ProcessingErrorType;
import dev.eddy.engine.processinglog.ProcessingLogEntry;
import dev.eddy.engine.runtime.Operator;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.RowKind;
import dev.eddy.engine.runtime.Sink;
import dev.eddy.engine.runtime.source.InvalidTimestampException;
import dev.eddy.engine.runtime.source.SourceDecoder;
import dev.eddy.engine.state.Checkpoint;
import dev.eddy.engine.state.TaskState;
import dev.eddy.log.FetchResult;
import dev.eddy.log.GroupOffsets;
import dev.eddy.log.LogRecord;
import dev.eddy.log.OffsetOutOfRangeException;
import dev.eddy.log.PartitionLog;
import dev.eddy.log.TopicPartition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The chain of operators for one source partition: reads the log, decodes, runs the
 * operators, writes the sink, and commits.
 *
 * <p>Work is done in {@linkplain #step() steps} so a small shared pool can run many tasks
 * ({@link TaskRunner}): one step is one long-poll read (waiting at most {@code pollWaitMs} for
 * data), then every record of it in batches of {@code batchSize} through the chain into the
 * sink, then the offset commit.
 *
 * <p>At-least-once: the source offset after a record is committed to the consumer group only
 * after every sink write for that record has returned (sink writes are synchronous), so a
 * crash replays, never loses. A record that fails to decode, or has no usable event time, is
 * skipped, counted and described in the processing log; the task keeps running.
 *
 * <p>The task owns its stream time (the largest event time it has seen; operators hear of it
 * after each batch) and its counters. Not thread-safe: the runner guarantees one step at a time;
 * only {@link #cancel()} and the counters may be used from other threads.
 */
public final class Task {

  /** What a step achieved; tells the runner when to run the task again. */
  public enum StepResult {
    /** Records were processed; run again soon. */
    PROGRESS,
    /** The read waited and found nothing new; run again (the wait already happened). */
    IDLE,
    /** The sink is full; run again once it is writable. */
    BLOCKED,
    /** The task ended (LIMIT reached or cancelled); do not run again. */
    DONE
  }

  private static final String SOURCE_OPERATOR = "source";

  private final TaskConfig config;
  private final PartitionLog source;
  private final GroupOffsets groupOffsets;
  private final SourceDecoder decoder;
  private final OperatorChain chain;
  private final Sink sink;
  private final TaskServices services;
  private final TaskState state;
  private final RowBatch batch;
  private volatile boolean cancelRequested;
  private volatile Runnable wakeUp = () -> { };
  private volatile long recordsRead;
  private volatile long recordsSkipped;
  private volatile long committedOffset = -1;
  private long nextOffset = -1;
  private long maxEventTime = Long.MIN_VALUE;
  private long lastCommitAt = Long.MIN_VALUE;
  private long idleSince = Long.MIN_VALUE;

  /**
   * @param groupOffsets where offsets are committed; unused when the config has no group
   * @param operators the chain, in data-flow order; the task opens and closes them
   */
  public Task(TaskConfig config, PartitionLog source, GroupOffsets groupOffsets, SourceDecoder decoder,
      List<Operator> operators, Sink sink, TaskServices services) {
    this(config, source, groupOffsets, decoder, operators, null, sink, services);
  }

  /**
   * @param operatorNames the operators' EXPLAIN names, parallel to {@code operators} (ids in
   *     counters and the processing log become {@code <index>:<name>}); null for class names
   */
  public Task(TaskConfig config, PartitionLog source, GroupOffsets groupOffsets, SourceDecoder decoder,
      List<Operator> operators, List<String> operatorNames, Sink sink, TaskServices services) {
    this(config, source, groupOffsets, decoder, operators, operatorNames, sink, services, TaskState.inMemory());
  }

  /**
   * @param state the operators' stores and their changelog; committed with the source offsets,
   *     and restored (with the offsets it covers) when the task opens
   */
  public Task(TaskConfig config, PartitionLog source, GroupOffsets groupOffsets, SourceDecoder decoder,
      List<Operator> operators, List<String> operatorNames, Sink sink, TaskServices services, TaskState state) {
    this.state = state;
    this.config = config;
    this.source = source;
    this.groupOffsets = groupOffsets;
    this.decoder = decoder;
    this.sink = sink;
    this.services = services;
    this.batch = new RowBatch(config.batchSize());
    this.chain = new OperatorChain(operators, operatorNames, sink, config.batchSize(), services, state);
  }

  /** Opens the operators and finds the first offset to read. Called once, before any step. */
  public void open() {
    Optional<Checkpoint> checkpoint = state.restore();
    chain.open(checkpoint.map(Checkpoint::snapshots).orElse(null));
    long restored = checkpoint.map(c -> c.offsets().getOrDefault(config.source(), -1L)).orElse(-1L);
    OptionalLong committed = config.consumerGroup() == null
        ? OptionalLong.empty()
        : groupOffsets.fetch(config.consumerGroup(), config.source());
    // The checkpoint is written with the state, so it wins: the group offset may be a commit
    // newer than the state it belongs with, if the task died between the two writes.
    nextOffset = restored >= 0 ? restored : committed.isPresent() ? committed.getAsLong() : startOffset();
    if (restored >= 0 || committed.isPresent()) {
      committedOffset = nextOffset;
    }
  }

  private long startOffset() {
    return config.startPosition() == TaskConfig.StartPosition.EARLIEST ? source.earliestOffset() : source.endOffset();
  }

  /** Runs one read-process-write-commit cycle. */
  public StepResult step() throws InterruptedException {
    if (cancelRequested) {
      return StepResult.DONE;
    }
    if (!sink.isWritable()) {
      return StepResult.BLOCKED;
    }
    FetchResult fetch;
    try {
      fetch = source.read(nextOffset, config.fetchMaxBytes(), config.pollWaitMs());
    } catch (OffsetOutOfRangeException e) {
      // Retention removed what we were about to read: resume at the oldest record left, as a
      // Kafka consumer with auto.offset.reset=earliest does.
      nextOffset = source.earliestOffset();
      return StepResult.PROGRESS;
    }
    List<LogRecord> records = fetch.records();
    if (records.isEmpty()) {
      if (!cancelRequested) {
        maybeAdvanceWhileIdle();
        maybeCommit(false); // what the last busy step left uncommitted, once the interval has passed
      }
      return cancelRequested ? StepResult.DONE : StepResult.IDLE;
    }
    idleSince = services.clock().getAsLong();
    long processedUpTo = processRecords(records);
    nextOffset = processedUpTo == records.get(records.size() - 1).offset() + 1
        ? Math.max(processedUpTo, fetch.nextOffset())
        : processedUpTo;
    maybeCommit(false);
    return chain.endRequested() ? StepResult.DONE : StepResult.PROGRESS;
  }

  /**
   * Decodes and processes records in batches; returns the offset after the last one processed.
   * Stops early when the chain asks to end or the sink stops being writable — the rest of the
   * fetch is read again later, so the sink never overshoots by more than one batch.
   */
  private long processRecords(List<LogRecord> records) {
    long next = nextOffset;
    for (LogRecord record : records) {
      if (record.offset() < nextOffset) {
        continue; // a log may return the whole batch holding nextOffset, as Kafka's does
      }
      decode(record);
      next = record.offset() + 1;
      if (batch.isFull() || (batch.size() == batch.capacity() - 1 && !endsWithUpdateBefore())) {
        flush(next);
        if (chain.endRequested() || !sink.isWritable()) {
          return next;
        }
      }
    }
    flush(next);
    return next;
  }

  /**
   * Whether the batch ends with a -U: then one slot is kept for the +U that follows it (an
   * internal topic carries both halves of an update), so they are processed as one change.
   */
  private boolean endsWithUpdateBefore() {
    return !batch.isEmpty() && batch.kind(batch.size() - 1) == RowKind.UPDATE_BEFORE;
  }

  private void decode(LogRecord record) {
    recordsRead++;
    try {
      long rowtime = decoder.decodeInto(config.source().partition(), record, batch);
      if (rowtime > maxEventTime) {
        maxEventTime = rowtime;
      }
    } catch (FormatException | InvalidTimestampException e) {
      recordsSkipped++;
      services.processingLogger().log(ProcessingLogEntry.forRecord(services.clock().getAsLong(),
          services.queryId(), SOURCE_OPERATOR, ProcessingErrorType.DESERIALIZATION_ERROR, e,
          config.source(), record));
    }
  }

  private void flush(long next) {
    batch.offsets().advance(config.source(), next);
    try {
      chain.process(batch);
    } finally {
      batch.clear();
    }
    chain.advanceStreamTime(maxEventTime);
  }

  /**
   * With {@code idleCloseMs}, once no input has come for that long, moves stream time on by
   * the wall-clock time since, so windows close on a quiet partition; then commits at once, so
   * the advance is in the changelog with the state it changed and a task restored after a crash
   * has closed the same windows.
   */
  private void maybeAdvanceWhileIdle() {
    long now = services.clock().getAsLong();
    if (config.idleCloseMs() == 0 || maxEventTime == Long.MIN_VALUE || idleSince == Long.MIN_VALUE
        || now - idleSince < config.idleCloseMs()) {
      return;
    }
    maxEventTime += now - idleSince;
    idleSince = now;
    chain.advanceWhileIdle(maxEventTime);
    maybeCommit(true);
  }

  private void maybeCommit(boolean force) {
    if (config.consumerGroup() == null || nextOffset == committedOffset) {
      return;
    }
    long now = services.clock().getAsLong();
    if (force || lastCommitAt == Long.MIN_VALUE || now - lastCommitAt >= config.commitIntervalMs()) {
      state.commit(new Checkpoint(Map.of(config.source(), nextOffset), chain.snapshot()));
      groupOffsets.commit(config.consumerGroup(), Map.of(config.source(), nextOffset));
      committedOffset = nextOffset;
      lastCommitAt = now;
    }
  }

  /** Asks the task to stop; a task waiting for data notices within {@code pollWaitMs}. Any thread. */
  public void cancel() {
    cancelRequested = true;
    wakeUp.run();
  }

  /** How the runner re-queues this task, so a cancel reaches a task parked on a full sink. */
  void setWakeUp(Runnable wakeUp) {
    this.wakeUp = wakeUp;
  }

  public boolean isCancelRequested() {
    return cancelRequested;
  }

  /**
   * Ends the task after its last step: commits what was processed, tells the sink the query
   * ended (unless it failed), closes the operators.
   */
  void finish(Throwable failure) {
    try {
      if (failure == null) {
        maybeCommit(true);
        sink.complete();
      } else {
        sink.fail(failure);
      }
    } finally {
      try {
        chain.close();
      } finally {
        sink.close();
      }
    }
  }

  public TaskConfig config() {
    return config;
  }

  public Sink sink() {
    return sink;
  }

  /** Source records read, including skipped ones. */
  public long recordsRead() {
    return recordsRead;
  }

  /** Source records skipped because they did not decode or had no usable event time. */
  public long recordsSkipped() {
    return recordsSkipped;
  }

  /** The last offset committed, or -1 before the first commit. */
  public long committedOffset() {
    return committedOffset;
  }

  /** The task's stream time: the largest event time processed, or {@link Long#MIN_VALUE}. */
  public long streamTime() {
    return chain.streamTime();
  }

  /** The task's state stores. */
  public TaskState state() {
    return state;
  }

  /** Per-operator counters, in chain order. */
  public List<OperatorMetrics> operatorMetrics() {
    return chain.metrics();
  }

  /** The source partition this task reads. */
  public TopicPartition sourcePartition() {
    return config.source();
  }
}
