package dev.eddy.engine.runtime.task;

import dev.eddy.engine.runtime.Collector;
import dev.eddy.engine.runtime.Operator;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.RowKind;
import dev.eddy.engine.runtime.Sink;
import dev.eddy.engine.runtime.SourceOffsets;
import dev.eddy.engine.state.TaskState;
import java.util.ArrayList;
import java.util.List;

/**
 * The operators of one task, linked in order, ending in a {@link Sink}.
 *
 * <p>Each operator writes into its own reusable output batch of fixed capacity; a full batch
 * is handed to the next operator before {@code collect} returns, and whatever is left is handed
 * on when the operator finishes its input. So between two operators there is never more than
 * one batch, whatever an operator's fan-out. Only the last flush for an input carries that
 * input's {@link SourceOffsets}: a batch claims offsets only once all rows before them are out.
 *
 * <p>The chain also owns the task's stream time and counts rows in and out per operator. Built
 * once per task; not thread-safe.
 */
public final class OperatorChain implements AutoCloseable {

  private final List<Stage> stages = new ArrayList<>();
  private final List<OperatorMetrics> metrics = new ArrayList<>();
  private final BatchConsumer head;
  private long streamTime = Long.MIN_VALUE;
  private boolean endRequested;

  /**
   * @param operators in data-flow order; may be empty (source straight to sink)
   * @param sink receives the last operator's output
   * @param batchCapacity the capacity of each operator's output batch
   * @param services query id and processing log for the operators' contexts
   */
  public OperatorChain(List<Operator> operators, Sink sink, int batchCapacity, TaskServices services) {
    this(operators, null, sink, batchCapacity, services);
  }

  /**
   * @param operatorNames the operators' names as EXPLAIN shows them, parallel to
   *     {@code operators}; operator ids become {@code <index>:<name>}. Null to use class names.
   */
  public OperatorChain(List<Operator> operators, List<String> operatorNames, Sink sink, int batchCapacity,
      TaskServices services) {
    this(operators, operatorNames, sink, batchCapacity, services, TaskState.inMemory());
  }

  /** @param state where the operators' stores live */
  public OperatorChain(List<Operator> operators, List<String> operatorNames, Sink sink, int batchCapacity,
      TaskServices services, TaskState state) {
    if (operatorNames != null && operatorNames.size() != operators.size()) {
      throw new IllegalArgumentException(operators.size() + " operators but " + operatorNames.size() + " names");
    }
    BatchConsumer next = new SinkStage(sink);
    // Built back to front so each stage knows its downstream.
    for (int i = operators.size() - 1; i >= 0; i--) {
      Operator operator = operators.get(i);
      String name = operatorNames == null ? nameOf(operator) : operatorNames.get(i);
      OperatorMetrics stageMetrics = new OperatorMetrics(i + ":" + name);
      Stage stage = new Stage(operator, new Edge(new RowBatch(batchCapacity), next, stageMetrics), stageMetrics,
          new StageContext(services, stageMetrics, this, state));
      stages.add(0, stage);
      metrics.add(0, stageMetrics);
      next = stage;
    }
    this.head = next;
  }

  private static String nameOf(Operator operator) {
    String name = operator.getClass().getSimpleName();
    return name.endsWith("Operator") && name.length() > "Operator".length()
        ? name.substring(0, name.length() - "Operator".length())
        : name;
  }

  /** Opens every operator, first to last; restores {@code snapshots[i]} when non-null. */
  public void open(List<byte[]> snapshots) {
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      stage.operator.open(stage.context);
      byte[] snapshot = snapshots == null || i >= snapshots.size() ? null : snapshots.get(i);
      if (snapshot != null) {
        stage.operator.restore(snapshot);
      }
    }
  }

  /** Pushes a source batch through every operator into the sink. */
  public void process(RowBatch input) {
    head.accept(input);
  }

  /**
   * Moves stream time forward to {@code newStreamTime} (never back) and tells every operator,
   * first to last, each one's output flowing on before the next hears about the time.
   */
  public void advanceStreamTime(long newStreamTime) {
    if (newStreamTime <= streamTime) {
      return;
    }
    streamTime = newStreamTime;
    for (Stage stage : stages) {
      stage.operator.onStreamTime(newStreamTime, stage.output);
      stage.output.flush(null);
    }
  }

  /** Moves stream time on while the input is idle; see {@link Operator#onIdleAdvance}. */
  public void advanceWhileIdle(long newStreamTime) {
    if (newStreamTime <= streamTime) {
      return;
    }
    streamTime = newStreamTime;
    for (Stage stage : stages) {
      stage.operator.onIdleAdvance(newStreamTime, stage.output);
      stage.output.flush(null);
    }
  }

  /** Every operator's snapshot, in chain order (null entries for stateless ones). */
  public List<byte[]> snapshot() {
    List<byte[]> snapshots = new ArrayList<>(stages.size());
    for (Stage stage : stages) {
      snapshots.add(stage.operator.snapshot());
    }
    return snapshots;
  }

  public long streamTime() {
    return streamTime;
  }

  /** Set by an operator (e.g. LIMIT); the task ends after the current batch. */
  public boolean endRequested() {
    return endRequested;
  }

  void requestEnd() {
    endRequested = true;
  }

  /** Per-operator counters, in chain order. */
  public List<OperatorMetrics> metrics() {
    return List.copyOf(metrics);
  }

  /** Closes every operator; the first failure is thrown with the others suppressed. */
  @Override
  public void close() {
    RuntimeException failure = null;
    for (Stage stage : stages) {
      try {
        stage.operator.close();
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Receives whole batches: the next stage or the sink. */
  private interface BatchConsumer {
    void accept(RowBatch batch);
  }

  private static final class Stage implements BatchConsumer {
    final Operator operator;
    final Edge output;
    final OperatorMetrics metrics;
    final StageContext context;

    Stage(Operator operator, Edge output, OperatorMetrics metrics, StageContext context) {
      this.operator = operator;
      this.output = output;
      this.metrics = metrics;
      this.context = context;
    }

    @Override
    public void accept(RowBatch batch) {
      metrics.addRowsIn(batch.size());
      long start = System.nanoTime();
      operator.process(batch, output);
      metrics.addNanos(System.nanoTime() - start);
      output.flush(batch.offsets());
    }
  }

  /** An operator's collector: fills a bounded batch, hands it downstream when full. */
  private static final class Edge implements Collector {
    private final RowBatch batch;
    private final BatchConsumer downstream;
    private final OperatorMetrics metrics;

    Edge(RowBatch batch, BatchConsumer downstream, OperatorMetrics metrics) {
      this.batch = batch;
      this.downstream = downstream;
      this.metrics = metrics;
    }

    @Override
    public void collect(RowKind kind, Object[] row, long rowtime) {
      if (kind == RowKind.UPDATE_BEFORE && batch.size() == batch.capacity() - 1) {
        // An update's -U and +U travel in one batch, so a sink sees them as one upsert.
        handOn();
      }
      batch.add(kind, row, rowtime);
      if (batch.isFull()) {
        handOn();
      }
    }

    void flush(SourceOffsets inputOffsets) {
      if (inputOffsets != null) {
        batch.offsets().mergeFrom(inputOffsets);
      }
      if (!batch.isEmpty() || !batch.offsets().isEmpty()) {
        handOn();
      }
    }

    private void handOn() {
      metrics.addRowsOut(batch.size());
      try {
        downstream.accept(batch);
      } finally {
        batch.clear();
      }
    }
  }

  private static final class SinkStage implements BatchConsumer {
    private final Sink sink;

    SinkStage(Sink sink) {
      this.sink = sink;
    }

    @Override
    public void accept(RowBatch batch) {
      if (!batch.isEmpty()) {
        sink.write(batch);
      }
    }
  }
}
