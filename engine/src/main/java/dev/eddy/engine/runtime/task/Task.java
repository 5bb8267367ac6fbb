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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;

/**
 * The chain of operators for one source partition: reads the log, decodes, runs the
 * operators, writes the sink, and commits.
 *
 * <p>Work is done in {@linkplain #step() steps} so a small shared pool can run many tasks
 * ({@link TaskRunner}): one step is one read that never waits, then every record of it in
 * batches of {@code batchSize} through the chain into the sink, then the offset commit. A step
 * that finds nothing says so, and the runner parks the task until data arrives
 * ({@link #onInput}).
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
  /** How long a join's input waits, once empty, for the stage writing it to catch up. */
  static final long WRITER_WAIT_MS = 5_000;
  private static final long WRITER_POLL_MS = 5;

  private final TaskConfig config;
  private final List<Input> inputs;
  private final GroupOffsets groupOffsets;
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
  private Map<TopicPartition, Long> committed = Map.of();
  private long maxEventTime = Long.MIN_VALUE;
  private long lastCommitAt = Long.MIN_VALUE;
  private long idleSince = Long.MIN_VALUE;
  private volatile Map<TopicPartition, Long> processed = Map.of();

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
    this(config, List.of(new TaskInput(config.source(), source, decoder)), groupOffsets,
        new TaskFlow.Input(0, operators, operatorNames), sink, services, state);
  }

  /**
   * A task reading several partitions (a join's sides), in event-time order across them.
   *
   * @param inputs the partitions read, indexed as {@code flow}'s inputs
   * @param flow the operators, with one head per input
   */
  public Task(TaskConfig config, List<TaskInput> inputs, GroupOffsets groupOffsets, TaskFlow flow, Sink sink,
      TaskServices services, TaskState state) {
    this.state = state;
    this.config = config;
    this.inputs = inputs.stream().map(Input::new).toList();
    this.groupOffsets = groupOffsets;
    this.sink = sink;
    this.services = services;
    this.batch = new RowBatch(config.batchSize());
    this.chain = new OperatorChain(flow, sink, config.batchSize(), services, state);
    if (chain.inputs() != inputs.size()) {
      throw new IllegalArgumentException("The flow has " + chain.inputs() + " inputs, the task reads " + inputs.size());
    }
  }

  /** Opens the operators and finds the first offset to read. Called once, before any step. */
  public void open() {
    Optional<Checkpoint> checkpoint = state.restore();
    chain.open(checkpoint.map(Checkpoint::snapshots).orElse(null));
    Map<TopicPartition, Long> restored = checkpoint.map(Checkpoint::offsets).orElse(Map.of());
    boolean anyCommitted = false;
    for (Input input : inputs) {
      long fromState = restored.getOrDefault(input.partition, -1L);
      OptionalLong fromGroup = config.consumerGroup() == null
          ? OptionalLong.empty()
          : groupOffsets.fetch(config.consumerGroup(), input.partition);
      // The checkpoint is written with the state, so it wins: the group offset may be a commit
      // newer than the state it belongs with, if the task died between the two writes.
      input.nextOffset = fromState >= 0 ? fromState : fromGroup.isPresent() ? fromGroup.getAsLong() : input.start();
      anyCommitted |= fromState >= 0 || fromGroup.isPresent();
    }
    processed = positions();
    if (anyCommitted) {
      committed = positions();
      committedOffset = inputs.get(0).nextOffset;
    }
  }

  private Map<TopicPartition, Long> positions() {
    Map<TopicPartition, Long> positions = new LinkedHashMap<>();
    for (Input input : inputs) {
      positions.put(input.partition, input.nextOffset);
    }
    return positions;
  }

  /** Runs one read-process-write-commit cycle. */
  public StepResult step() throws InterruptedException {
    if (cancelRequested) {
      return StepResult.DONE;
    }
    if (!sink.isWritable()) {
      return StepResult.BLOCKED;
    }
    boolean progress = inputs.size() == 1 ? stepOne(inputs.get(0)) : stepMerged();
    if (!progress) {
      if (!cancelRequested) {
        maybeAdvanceWhileIdle();
        maybeCommit(false); // what the last busy step left uncommitted, once the interval has passed
      }
      return cancelRequested ? StepResult.DONE : StepResult.IDLE;
    }
    idleSince = services.clock().getAsLong();
    maybeCommit(false);
    processed = inputs.stream().anyMatch(Input::hasBuffered) ? Map.of() : positions();
    return chain.endRequested() ? StepResult.DONE : StepResult.PROGRESS;
  }

  /** One read of the only input (it never waits), then every record of it; false when nothing came. */
  private boolean stepOne(Input input) throws InterruptedException {
    if (!input.fetch(0)) {
      return false;
    }
    processRecords(input);
    return true;
  }

  /**
   * Decodes and processes the fetched records in batches. Stops early when the chain asks to
   * end or the sink stops being writable — the rest of the fetch is read again later, so the
   * sink never overshoots by more than one batch.
   */
  private void processRecords(Input input) {
    List<LogRecord> records = input.fetched;
    long next = input.nextOffset;
    for (; input.position < records.size(); input.position++) {
      LogRecord record = records.get(input.position);
      if (record.offset() < input.nextOffset) {
        continue; // a log may return the whole batch holding nextOffset, as Kafka's does
      }
      decode(input, record, batch);
      next = record.offset() + 1;
      if (batch.isFull() || (batch.size() == batch.capacity() - 1 && !endsWithUpdateBefore())) {
        flush(0, input, next);
        if (chain.endRequested() || !sink.isWritable()) {
          input.position++;
          input.dropFetchIfDone();
          return;
        }
      }
    }
    flush(0, input, Math.max(next, input.fetchNextOffset));
    input.dropFetchIfDone();
  }

  /**
   * Reads every input that has nothing buffered without waiting, then hands rows to the chain
   * in event-time order across the inputs, as Kafka Streams picks the partition whose next
   * record is oldest: each turn takes the input with the smallest next event time, and runs of
   * its rows up to the other inputs' next event time. It stops when an input that had records
   * runs dry (it is read again next step, to keep the order) — or, if none had any, waits for
   * the first to get some.
   */
  private boolean stepMerged() throws InterruptedException {
    boolean any = false;
    for (Input input : inputs) {
      if (input.hasBuffered() || input.fetch(0)) {
        any = true;
      }
    }
    if (!any || awaitingWriter()) {
      return false;
    }
    List<Input> live = inputs.stream().filter(Input::hasBuffered).toList();
    while (!chain.endRequested() && sink.isWritable()) {
      Input oldest = null;
      long otherwise = Long.MAX_VALUE;
      boolean dry = false;
      for (Input input : live) {
        if (!input.peek()) {
          dry = true;
          break;
        }
        long time = input.peekTime();
        if (oldest == null || time < oldest.peekTime()) {
          if (oldest != null) {
            otherwise = Math.min(otherwise, oldest.peekTime());
          }
          oldest = input;
        } else {
          otherwise = Math.min(otherwise, time);
        }
      }
      if (dry || oldest == null) {
        break;
      }
      int index = inputs.indexOf(oldest);
      do {
        oldest.takeInto(batch);
      } while (!batch.isFull() && oldest.peek() && oldest.peekTime() <= otherwise
          && !(batch.size() == batch.capacity() - 1 && !endsWithUpdateBefore()));
      flush(index, oldest, oldest.nextOffset);
    }
    for (Input input : live) {
      if (!input.hasBuffered()) {
        // Skipped records at the end of a fetch still move the position on.
        input.nextOffset = Math.max(input.nextOffset, input.fetchNextOffset);
      }
    }
    return true;
  }

  /**
   * Whether an empty input's writer stage is still behind: its next rows may be older than the
   * other inputs' buffered ones, so they wait for it, as Kafka Streams' test driver runs every
   * stage of a record before the next record. The wait is bounded ({@link #WRITER_WAIT_MS}) per
   * spell of emptiness, so an input its writer never writes to does not hold the others up.
   */
  private boolean awaitingWriter() throws InterruptedException {
    long now = services.clock().getAsLong();
    for (Input input : inputs) {
      if (input.hasBuffered()) {
        input.emptySince = Long.MIN_VALUE;
        continue;
      }
      if (input.emptySince == Long.MIN_VALUE) {
        input.emptySince = now;
      }
      if (now - input.emptySince < WRITER_WAIT_MS && !input.writerCaughtUp.getAsBoolean()) {
        // Blocks briefly: the others' buffered rows would wake the task again at once.
        return !input.fetch(WRITER_POLL_MS);
      }
    }
    return false;
  }

  /**
   * Whether the batch ends with a -U: then one slot is kept for the +U that follows it (an
   * internal topic carries both halves of an update), so they are processed as one change.
   */
  private boolean endsWithUpdateBefore() {
    return !batch.isEmpty() && batch.kind(batch.size() - 1) == RowKind.UPDATE_BEFORE;
  }

  /**
   * Runs {@code wake} once any input has something past the task's position — how the runner
   * parks an idle task without holding a thread. Closing the handle unregisters it. Called
   * between steps.
   */
  AutoCloseable onInput(Runnable wake) {
    List<AutoCloseable> registrations = new ArrayList<>(inputs.size());
    for (Input input : inputs) {
      if (input.hasBuffered()) {
        wake.run();
      } else {
        registrations.add(input.log.onDataBeyond(input.nextOffset, wake));
      }
    }
    return () -> {
      for (AutoCloseable registration : registrations) {
        registration.close();
      }
    };
  }

  /**
   * How long an idle task may sleep without new data before it steps again anyway: to commit
   * what its last busy step left uncommitted, or to close windows by the wall clock.
   */
  long idleWakeMs() {
    long wake = Math.max(config.pollWaitMs(), config.commitIntervalMs());
    return config.idleCloseMs() > 0 ? Math.min(wake, config.idleCloseMs()) : wake;
  }

  /** Decodes one record into {@code into}; a record that does not decode is skipped and logged. */
  private void decode(Input input, LogRecord record, RowBatch into) {
    recordsRead++;
    try {
      long rowtime = input.decoder.decodeInto(input.partition.partition(), record, into);
      if (rowtime > maxEventTime) {
        maxEventTime = rowtime;
      }
    } catch (FormatException | InvalidTimestampException e) {
      recordsSkipped++;
      services.processingLogger().log(ProcessingLogEntry.forRecord(services.clock().getAsLong(),
          services.queryId(), SOURCE_OPERATOR, ProcessingErrorType.DESERIALIZATION_ERROR, e,
          input.partition, record));
    }
  }

  private void flush(int index, Input input, long next) {
    input.nextOffset = Math.max(input.nextOffset, next);
    batch.offsets().advance(input.partition, input.nextOffset);
    try {
      chain.process(index, batch);
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
    if (config.consumerGroup() == null) {
      return;
    }
    Map<TopicPartition, Long> positions = positions();
    if (positions.equals(committed)) {
      return;
    }
    long now = services.clock().getAsLong();
    if (force || lastCommitAt == Long.MIN_VALUE || now - lastCommitAt >= config.commitIntervalMs()) {
      state.commit(new Checkpoint(positions, chain.snapshot()));
      groupOffsets.commit(config.consumerGroup(), positions);
      committed = positions;
      committedOffset = inputs.get(0).nextOffset;
      lastCommitAt = now;
    }
  }

  /** Asks the task to stop; a parked task is woken to notice. Any thread. */
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

  /** The last offset committed of the first input, or -1 before the first commit. */
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

  /** The source partition this task reads (for a join, its first input's). */
  public TopicPartition sourcePartition() {
    return config.source();
  }

  /**
   * Whether the task has processed every record its inputs held when it last finished a step
   * and nothing has been appended since. Any thread.
   */
  public boolean caughtUp() {
    Map<TopicPartition, Long> positions = processed;
    for (Input input : inputs) {
      Long position = positions.get(input.partition);
      if (position == null || position < input.log.endOffset()) {
        return false;
      }
    }
    return true;
  }

  /** Every partition this task reads. */
  public List<TopicPartition> sourcePartitions() {
    return inputs.stream().map(i -> i.partition).toList();
  }

  /**
   * One partition's read position and what the last read returned. Rows for the merged path
   * are decoded one ahead ({@link #peek}) so their event time can be compared across inputs.
   */
  private final class Input {
    final TopicPartition partition;
    final PartitionLog log;
    final SourceDecoder decoder;
    final BooleanSupplier writerCaughtUp;
    long emptySince = Long.MIN_VALUE;
    long nextOffset = -1;
    List<LogRecord> fetched = List.of();
    int position;
    long fetchNextOffset = -1;
    final RowBatch ahead = new RowBatch(1);
    long aheadNext;

    Input(TaskInput input) {
      this.partition = input.partition();
      this.log = input.log();
      this.decoder = input.decoder();
      this.writerCaughtUp = input.writerCaughtUp();
    }

    long start() {
      return config.startPosition() == TaskConfig.StartPosition.EARLIEST ? log.earliestOffset() : log.endOffset();
    }

    /** Reads from the position, waiting up to {@code waitMs}; false when nothing came. */
    boolean fetch(long waitMs) throws InterruptedException {
      FetchResult fetch;
      try {
        fetch = log.read(nextOffset, config.fetchMaxBytes(), waitMs);
      } catch (OffsetOutOfRangeException e) {
        // Retention removed what we were about to read: resume at the oldest record left, as a
        // Kafka consumer with auto.offset.reset=earliest does.
        nextOffset = log.earliestOffset();
        return false;
      }
      fetched = fetch.records();
      position = 0;
      fetchNextOffset = fetch.nextOffset();
      return !fetched.isEmpty();
    }

    boolean hasBuffered() {
      return !ahead.isEmpty() || position < fetched.size();
    }

    void dropFetchIfDone() {
      if (position >= fetched.size()) {
        fetched = List.of();
        position = 0;
      }
    }

    /** Decodes up to the next row; false when the fetch holds no more. */
    boolean peek() {
      while (ahead.isEmpty() && position < fetched.size()) {
        LogRecord record = fetched.get(position++);
        if (record.offset() < nextOffset) {
          continue;
        }
        decode(this, record, ahead);
        aheadNext = record.offset() + 1;
        if (ahead.isEmpty()) {
          nextOffset = aheadNext; // skipped: nothing to wait for
        }
      }
      return !ahead.isEmpty();
    }

    long peekTime() {
      return ahead.rowtime(0);
    }

    /** Moves the decoded row into {@code batch}; the position moves past its record. */
    void takeInto(RowBatch batch) {
      batch.add(ahead.kind(0), ahead.row(0), ahead.rowtime(0));
      ahead.clear();
      nextOffset = aheadNext;
    }
  }
}
