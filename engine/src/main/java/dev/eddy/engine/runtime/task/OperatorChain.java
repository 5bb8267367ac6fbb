package dev.eddy.engine.runtime.task;

import dev.eddy.engine.runtime.Collector;
import dev.eddy.engine.runtime.Operator;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.RowKind;
import dev.eddy.engine.runtime.Sink;
import dev.eddy.engine.runtime.SourceOffsets;
import dev.eddy.engine.runtime.TwoInputOperator;
import dev.eddy.engine.state.TaskState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The operators of one task, linked as its {@link TaskFlow} says, ending in a {@link Sink}.
 *
 * <p>Each operator writes into its own reusable output batch of fixed capacity; a full batch
 * is handed to the next operator before {@code collect} returns, and whatever is left is handed
 * on when the operator finishes its input. So between two operators there is never more than
 * one batch, whatever an operator's fan-out. Only the last flush for an input carries that
 * input's {@link SourceOffsets}: a batch claims offsets only once all rows before them are out.
 *
 * <p>A task with a join has one head per input; the join hears which input a batch came from.
 * The chain also owns the task's stream time and counts rows in and out per operator. Operators
 * are numbered in data-flow order (a join's inputs before the join). Built once per task; not
 * thread-safe.
 */
public final class OperatorChain implements AutoCloseable {

  private final List<Node> nodes = new ArrayList<>();
  private final Map<Integer, BatchConsumer> heads = new HashMap<>();
  private final int batchCapacity;
  private final TaskServices services;
  private final TaskState state;
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
    this(new TaskFlow.Input(0, operators, operatorNames), sink, batchCapacity, services, state);
  }

  /** A chain shaped as {@code flow}, with one head per task input. */
  public OperatorChain(TaskFlow flow, Sink sink, int batchCapacity, TaskServices services, TaskState state) {
    this.batchCapacity = batchCapacity;
    this.services = services;
    this.state = state;
    build(flow, new SinkStage(sink));
  }

  /** Wires {@code flow} to feed {@code downstream}: its inputs first, so ids follow data flow. */
  private void build(TaskFlow flow, BatchConsumer downstream) {
    if (flow.names() != null && flow.names().size() != flow.operators().size()) {
      throw new IllegalArgumentException(flow.operators().size() + " operators but " + flow.names().size() + " names");
    }
    if (flow instanceof TaskFlow.Input input) {
      if (heads.putIfAbsent(input.index(), chain(flow, downstream)) != null) {
        throw new IllegalArgumentException("Input " + input.index() + " feeds two flows");
      }
    } else if (flow instanceof TaskFlow.Join join) {
      JoinNode node = new JoinNode(join.join());
      build(join.left(), node.port(TwoInputOperator.LEFT));
      build(join.right(), node.port(TwoInputOperator.RIGHT));
      OperatorMetrics metrics = new OperatorMetrics(nodes.size() + ":" + join.name());
      nodes.add(node);
      // The operators after the join are numbered after it, but the join's output needs them.
      node.wire(metrics, new StageContext(services, metrics, this, state), chain(flow, downstream));
    }
  }

  /** Links the flow's one-input operators in order, ending in {@code downstream}; returns the first. */
  private BatchConsumer chain(TaskFlow flow, BatchConsumer downstream) {
    List<Operator> operators = flow.operators();
    int first = nodes.size();
    List<Stage> built = new ArrayList<>();
    BatchConsumer next = downstream;
    // Built back to front so each stage knows its downstream.
    for (int i = operators.size() - 1; i >= 0; i--) {
      Operator operator = operators.get(i);
      String name = flow.names() == null ? nameOf(operator) : flow.names().get(i);
      OperatorMetrics metrics = new OperatorMetrics((first + i) + ":" + name);
      Stage stage = new Stage(operator, new Edge(new RowBatch(batchCapacity), next, metrics), metrics,
          new StageContext(services, metrics, this, state));
      built.add(0, stage);
      next = stage;
    }
    nodes.addAll(built);
    return next;
  }

  private static String nameOf(Operator operator) {
    String name = operator.getClass().getSimpleName();
    return name.endsWith("Operator") && name.length() > "Operator".length()
        ? name.substring(0, name.length() - "Operator".length())
        : name;
  }

  /** Opens every operator in data-flow order; restores {@code snapshots[i]} when non-null. */
  public void open(List<byte[]> snapshots) {
    for (int i = 0; i < nodes.size(); i++) {
      Node node = nodes.get(i);
      node.operator.open(node.context);
      byte[] snapshot = snapshots == null || i >= snapshots.size() ? null : snapshots.get(i);
      if (snapshot != null) {
        node.operator.restore(snapshot);
      }
    }
  }

  /** Pushes a batch of the task's only input through the operators into the sink. */
  public void process(RowBatch input) {
    process(0, input);
  }

  /** Pushes a batch of the task's input {@code index} through the operators into the sink. */
  public void process(int index, RowBatch input) {
    BatchConsumer head = heads.get(index);
    if (head == null) {
      throw new IllegalArgumentException("No input " + index + "; inputs are " + heads.keySet());
    }
    head.accept(input);
  }

  /** How many inputs the flow has. */
  public int inputs() {
    return heads.size();
  }

  /**
   * Moves stream time forward to {@code newStreamTime} (never back) and tells every operator,
   * in data-flow order, each one's output flowing on before the next hears about the time.
   */
  public void advanceStreamTime(long newStreamTime) {
    if (newStreamTime <= streamTime) {
      return;
    }
    streamTime = newStreamTime;
    for (Node node : nodes) {
      node.operator.onStreamTime(newStreamTime, node.output);
      node.output.flush(null);
    }
  }

  /** Moves stream time on while the input is idle; see {@link Operator#onIdleAdvance}. */
  public void advanceWhileIdle(long newStreamTime) {
    if (newStreamTime <= streamTime) {
      return;
    }
    streamTime = newStreamTime;
    for (Node node : nodes) {
      node.operator.onIdleAdvance(newStreamTime, node.output);
      node.output.flush(null);
    }
  }

  /** Every operator's snapshot, in data-flow order (null entries for stateless ones). */
  public List<byte[]> snapshot() {
    List<byte[]> snapshots = new ArrayList<>(nodes.size());
    for (Node node : nodes) {
      snapshots.add(node.operator.snapshot());
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

  /** Per-operator counters, in data-flow order. */
  public List<OperatorMetrics> metrics() {
    return nodes.stream().map(n -> n.metrics).toList();
  }

  /** Closes every operator; the first failure is thrown with the others suppressed. */
  @Override
  public void close() {
    RuntimeException failure = null;
    for (Node node : nodes) {
      try {
        node.operator.close();
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

  /** An operator in the chain, with its output edge, counters and context. */
  private abstract static class Node {
    final Operator operator;
    Edge output;
    OperatorMetrics metrics;
    StageContext context;

    Node(Operator operator) {
      this.operator = operator;
    }

    /** Runs the operator over a batch of input {@code side}, counted and timed, and hands on its output. */
    final void feed(int side, RowBatch batch) {
      metrics.addRowsIn(batch.size());
      long start = System.nanoTime();
      process(side, batch);
      metrics.addNanos(System.nanoTime() - start);
      output.flush(batch.offsets());
    }

    abstract void process(int side, RowBatch batch);
  }

  private static final class Stage extends Node implements BatchConsumer {

    Stage(Operator operator, Edge output, OperatorMetrics metrics, StageContext context) {
      super(operator);
      this.output = output;
      this.metrics = metrics;
      this.context = context;
    }

    @Override
    public void accept(RowBatch batch) {
      feed(0, batch);
    }

    @Override
    void process(int side, RowBatch batch) {
      operator.process(batch, output);
    }
  }

  /** A join: two ports, one per input, feeding one operator. */
  private final class JoinNode extends Node {
    private final TwoInputOperator join;

    JoinNode(TwoInputOperator join) {
      super(join);
      this.join = join;
    }

    void wire(OperatorMetrics metrics, StageContext context, BatchConsumer downstream) {
      this.metrics = metrics;
      this.context = context;
      this.output = new Edge(new RowBatch(batchCapacity), downstream, metrics);
    }

    BatchConsumer port(int side) {
      return batch -> feed(side, batch);
    }

    @Override
    void process(int side, RowBatch batch) {
      join.process(side, batch, output);
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
