package dev.eddy.engine.query;

import dev.eddy.engine.RowCursor;
import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.catalog.SourceKind;
import dev.eddy.engine.catalog.SourceWindow;
import dev.eddy.engine.format.FormatOptions;
import dev.eddy.engine.format.Formats;
import dev.eddy.engine.format.RowSerializer;
import dev.eddy.engine.format.SerdeTarget;
import dev.eddy.engine.catalog.PseudoColumn;
import dev.eddy.engine.plan.Pipeline;
import dev.eddy.engine.plan.WindowClause;
import dev.eddy.engine.processinglog.ProcessingLogger;
import dev.eddy.engine.runtime.Operator;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.RowKind;
import dev.eddy.engine.runtime.Sink;
import dev.eddy.engine.runtime.task.OperatorChain;
import dev.eddy.engine.runtime.operator.LimitOperator;
import dev.eddy.engine.runtime.operator.MaterializeOperator;
import dev.eddy.engine.runtime.operator.SinkTimestampOperator;
import dev.eddy.engine.runtime.operator.UpsertOperator;
import dev.eddy.engine.runtime.sink.PushQuerySink;
import dev.eddy.engine.runtime.sink.TopicSink;
import dev.eddy.engine.runtime.source.ColumnTimestampExtractor;
import dev.eddy.engine.runtime.source.SourceDecoder;
import dev.eddy.engine.runtime.task.Task;
import dev.eddy.engine.runtime.task.TaskConfig;
import dev.eddy.engine.runtime.task.TaskFlow;
import dev.eddy.engine.runtime.task.TaskInput;
import dev.eddy.engine.runtime.task.TaskHandle;
import dev.eddy.engine.runtime.task.TaskRunner;
import dev.eddy.engine.runtime.task.TaskServices;
import dev.eddy.engine.state.TaskState;
import dev.eddy.log.CleanupPolicy;
import dev.eddy.log.LogStore;
import dev.eddy.log.TopicConfig;
import dev.eddy.log.TopicLog;
import dev.eddy.log.TopicPartition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;

/**
 * Starts the tasks of a query: for each stage of its pipeline, one task per partition of the
 * stage's source topic, each reading its partition, running a fresh set of the stage's
 * operators and writing a sink — the next stage's internal repartition topic, or the query's
 * own sink.
 *
 * <p>Internal topics are named after the query: {@code _eddy-<query>-repartition-<stage>} (rows
 * with their change kind, keyed by the repartition's columns) and, for a stage that keeps state,
 * {@code _eddy-<query>-<stage>-changelog} (compacted; see {@link TaskState}).
 */
public final class QueryLauncher {

  /** Rows a push query buffers for a slow client before its tasks wait. */
  private static final int PUSH_QUEUE_ROWS = 10_000;
  private static final String INTERNAL_PREFIX = "_eddy-";

  private final LogStore log;
  private final TaskRunner runner;
  private final JavaTypeFactory types;
  private final ProcessingLogger processingLogger;
  private final SharedPushQueries sharedPush = new SharedPushQueries(PUSH_QUEUE_ROWS);

  public QueryLauncher(LogStore log, TaskRunner runner, JavaTypeFactory types, ProcessingLogger processingLogger) {
    this.log = log;
    this.runner = runner;
    this.types = types;
    this.processingLogger = processingLogger;
  }

  /**
   * Starts a persistent query writing {@code sink}. It commits its source offsets (and its
   * state, with them) under the consumer group named by its id, so after a restart it resumes
   * where it left off. A table's rows are also kept for pull queries.
   *
   * @param timestampFromSink whether the sink's TIMESTAMP column times the records written (a
   *     CREATE ... AS SELECT declares it for its own output; INSERT INTO keeps the rows' times)
   */
  public RunningTasks startPersistent(String queryId, Pipeline pipeline, SourceDefinition sink,
      TaskConfig.StartPosition start, long idleCloseMs, boolean timestampFromSink) {
    TopicLog sinkTopic = log.topic(sink.topic());
    RelDataType output = pipeline.outputType();
    int[] keyColumns = positions(sink, output, true);
    int[] valueColumns = positions(sink, output, false);
    TopicSink.WindowColumns window = windowColumns(sink, output);
    Pipeline last = pipeline;
    if (timestampFromSink && sink.timestampColumn() != null) {
      int column = output.getFieldNames().indexOf(sink.timestampColumn());
      ColumnTimestampExtractor timestamps = ColumnTimestampExtractor.of(column, sink.timestampColumn(),
          output.getFieldList().get(column).getType(), sink.timestampFormat());
      last = last.then("SinkTimestamp", () -> new SinkTimestampOperator(timestamps));
    }
    if (sink.kind() == SourceKind.TABLE) {
      int windowStart = window == null ? -1 : window.start();
      int windowEnd = window == null ? -1 : window.end();
      last = last.then("Materialize", () -> new MaterializeOperator(keyColumns, windowStart, windowEnd), true);
    }
    FormatOptions options = FormatOptions.of(sink.formatOptions());
    TaskServices services = new TaskServices(queryId, processingLogger);
    TopicSink.Encoding encoding = sink.kind() == SourceKind.TABLE || !last.outputMode().isInsertOnly()
        ? TopicSink.Encoding.UPSERT : TopicSink.Encoding.APPEND;
    List<String> internalTopics = new ArrayList<>();
    boolean tombstones = encoding == TopicSink.Encoding.APPEND && passesTombstones(last);
    List<TaskHandle> handles = startStage(queryId, queryId, last, start, services, () -> new TopicSink(sinkTopic,
        Formats.of(sink.keyFormat()).serializer(struct(output, keyColumns), SerdeTarget.KEY, options), keyColumns,
        Formats.of(sink.valueFormat()).serializer(struct(output, valueColumns), SerdeTarget.VALUE, options), valueColumns,
        encoding, services, window), true, idleCloseMs, sink.keyFormat(), internalTopics, new int[1], tombstones);
    return new RunningTasks(handles, internalTopics);
  }

  /**
   * Starts a push query, or joins an identical one already running (see {@link SharedPushQueries}):
   * a shared query's client that falls {@value #PUSH_QUEUE_ROWS} rows behind is cut off rather
   * than slowing the others down.
   *
   * @param plan the physical plan text, which says whether two queries are the same
   * @param limit -1 for none
   */
  public RowCursor startPush(String queryId, String plan, Pipeline query, TaskConfig.StartPosition start, long limit) {
    if (!SharedPushQueries.canShare(query, start)) {
      return startPush(queryId, query, start, limit);
    }
    int partitions = partitionCount(query);
    ExternalValues values = ExternalValues.of(query.outputType());
    return sharedPush.subscribe(SharedPushKey.of(plan, query), queryId + "_reader", values, limit, (readerId, output) -> {
      List<String> internalTopics = new ArrayList<>();
      FanInSink fanIn = new FanInSink(output, partitions);
      return new RunningTasks(startStage(readerId, null, query, start, new TaskServices(readerId, processingLogger),
          fanIn::writer, false, 0, query.origin().keyFormat(), internalTopics), internalTopics);
    });
  }

  /** Shared push-query readers running now. */
  public int sharedPushReaders() {
    return sharedPush.readers();
  }

  /**
   * Starts a push query of its own; its rows reach the returned cursor. It commits nothing.
   *
   * @param limit -1 for none
   */
  public RowCursor startPush(String queryId, Pipeline query, TaskConfig.StartPosition start, long limit) {
    Pipeline pipeline = query.outputMode().contains(RowKind.UPDATE_BEFORE)
        ? query.then("Upsert", UpsertOperator::new)
        : query;
    // Each task stops at the limit on its own; the cursor counts across tasks.
    pipeline = limit < 0 ? pipeline : pipeline.then("Limit", () -> new LimitOperator(limit));
    PushQuerySink shared = new PushQuerySink(PUSH_QUEUE_ROWS);
    int partitions = partitionCount(pipeline);
    FanInSink fanIn = new FanInSink(shared, partitions);
    PushQueryCursor cursor = new PushQueryCursor(shared.cursor(), ExternalValues.of(pipeline.outputType()), limit);
    List<String> internalTopics = new ArrayList<>();
    RunningTasks tasks = new RunningTasks(startStage(queryId, null, pipeline, start,
        new TaskServices(queryId, processingLogger), fanIn::writer, false, 0, pipeline.origin().keyFormat(),
        internalTopics), internalTopics);
    cursor.attach(tasks);
    shared.onCancel(() -> {
      tasks.stop();
      deleteInternalTopics(tasks);
    });
    return cursor;
  }

  /**
   * Runs a pull query's operators (after the first {@code skip}, which the rows have already
   * been through) over {@code rows} at once, on the caller's thread.
   *
   * @param rows rows of the pipeline's source shape
   * @param limit the most rows to return, -1 for all
   */
  public List<Object[]> pull(String queryId, Pipeline pipeline, int skip, List<Object[]> rows, long limit) {
    List<Object[]> results = new ArrayList<>();
    Sink collect = new Sink() {
      @Override
      public void write(RowBatch batch) {
        for (int i = 0; i < batch.size() && (limit < 0 || results.size() < limit); i++) {
          if (batch.kind(i) != RowKind.UPDATE_BEFORE) {
            results.add(batch.row(i));
          }
        }
      }
    };
    List<Operator> operators = pipeline.newOperators();
    List<String> names = pipeline.operatorNames();
    int batchSize = 512;
    try (OperatorChain chain = new OperatorChain(operators.subList(skip, operators.size()),
        names.subList(skip, names.size()), collect, batchSize, new TaskServices(queryId, processingLogger))) {
      chain.open(null);
      RowBatch batch = new RowBatch(batchSize);
      for (Object[] row : rows) {
        int rowtime = pipeline.source().columns().size();
        batch.add(RowKind.INSERT, row, (Long) row[rowtime]);
        if (batch.isFull()) {
          chain.process(batch);
          batch.clear();
        }
      }
      chain.process(batch);
    }
    return results;
  }

  /** Removes a stopped query's repartition and changelog topics. */
  public void deleteInternalTopics(RunningTasks tasks) {
    for (String topic : tasks.internalTopics()) {
      if (log.describeTopic(topic).isPresent()) {
        log.deleteTopic(topic);
      }
    }
  }

  /**
   * Starts {@code stage} and, first, the stages feeding it. Only the first stages start at
   * {@code start}; a later one reads its internal topics from the beginning. Stages are numbered
   * in the order they start (the ones feeding a stage before it), which names their internal
   * topics the same way every time the query starts.
   */
  private List<TaskHandle> startStage(String queryId, String consumerGroup, Pipeline stage,
      TaskConfig.StartPosition start, TaskServices services, Supplier<Sink> sinks, boolean persistent,
      long idleCloseMs, String keyFormat, List<String> internalTopics) {
    return startStage(queryId, consumerGroup, stage, start, services, sinks, persistent, idleCloseMs, keyFormat,
        internalTopics, new int[1], false);
  }

  /** @param tombstones whether the stage's source tombstones flow on as deletes (see {@link #passesTombstones}) */
  private List<TaskHandle> startStage(String queryId, String consumerGroup, Pipeline stage,
      TaskConfig.StartPosition start, TaskServices services, Supplier<Sink> sinks, boolean persistent,
      long idleCloseMs, String keyFormat, List<String> internalTopics, int[] stageCounter, boolean tombstones) {
    List<TaskHandle> handles = new ArrayList<>();
    List<Pipeline> inputs = stage.inputs();
    int partitions = partitionCount(stage);
    List<SourceDefinition> sources = new ArrayList<>();
    List<TaskConfig.StartPosition> starts = new ArrayList<>();
    List<BooleanSupplier> writersCaughtUp = new ArrayList<>();
    for (Pipeline input : inputs) {
      if (input.upstream() == null) {
        sources.add(input.source());
        starts.add(start);
        writersCaughtUp.add(() -> true);
        continue;
      }
      Pipeline writer = input.upstream().input();
      int[] keys = input.upstream().keyColumns();
      int[] all = new int[writer.outputType().getFieldCount()];
      for (int i = 0; i < all.length; i++) {
        all[i] = i;
      }
      RelDataType rowType = writer.outputType();
      RowSerializer keySerializer = repartitionKeys(keyFormat, struct(rowType, keys));
      // The writer's number is the counter once the stages feeding it are numbered.
      String topicName = INTERNAL_PREFIX + queryId + "-repartition-" + (stageCounter[0] + countStages(writer));
      TopicLog topic = internalTopic(topicName, partitions, CleanupPolicy.DELETE);
      internalTopics.add(topicName);
      List<TaskHandle> writers = startStage(queryId, consumerGroup, writer, start, services, () -> new TopicSink(topic,
          keySerializer, keys,
          Formats.of("JSON").serializer(rowType, SerdeTarget.VALUE, FormatOptions.none()), all,
          TopicSink.Encoding.CHANGELOG, services), persistent, idleCloseMs, keyFormat, internalTopics, stageCounter,
          false);
      handles.addAll(writers);
      // Stages feeding the writer come first in the list, so each is asked after those it reads.
      writersCaughtUp.add(() -> writers.stream().allMatch(h -> h.isTerminated() || h.task().caughtUp()));
      sources.add(input.source().withTopic(topicName));
      starts.add(TaskConfig.StartPosition.EARLIEST);
    }
    int number = stageCounter[0]++;
    TopicLog changelog = null;
    if (persistent && stage.stateful()) {
      String changelogName = INTERNAL_PREFIX + queryId + "-" + number + "-changelog";
      changelog = internalTopic(changelogName, partitions, CleanupPolicy.COMPACT);
      internalTopics.add(changelogName);
    }
    List<SourceDecoder> decoders = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      decoders.add(decoder(sources.get(i), inputs.get(i).upstream() != null, tombstones));
    }
    for (int partition = 0; partition < partitions; partition++) {
      List<TaskInput> taskInputs = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        String topicName = sources.get(i).topic();
        taskInputs.add(new TaskInput(new TopicPartition(topicName, partition), log.topic(topicName).partition(partition),
            decoders.get(i), writersCaughtUp.get(i)));
      }
      // A join's sides may differ in where they start; the first input's says where the task does.
      TaskConfig config = TaskConfig.of(queryId + "-" + number + "-" + partition, taskInputs.get(0).partition(),
          consumerGroup, starts.get(0)).withIdleCloseMs(idleCloseMs);
      TaskState state = changelog == null ? TaskState.inMemory() : new TaskState(changelog.partition(partition));
      handles.add(runner.submit(new Task(config, taskInputs, log.groupOffsets(), flow(stage, new int[1]), sinks.get(),
          services, state)));
    }
    return handles;
  }

  /** Stages of {@code stage}'s tree, itself included. */
  private static int countStages(Pipeline stage) {
    int count = 1;
    for (Pipeline input : stage.inputs()) {
      if (input.upstream() != null) {
        count += countStages(input.upstream().input());
      }
    }
    return count;
  }

  /**
   * How many tasks {@code stage} runs: the partition count of the sources it reads directly
   * (the planner checks a join's agree), which its repartition topics take too; for a stage
   * reading only repartition topics, the count of the stage feeding its first.
   */
  private int partitionCount(Pipeline stage) {
    for (Pipeline input : stage.inputs()) {
      if (input.upstream() == null) {
        return log.topic(input.source().topic()).partitionCount();
      }
    }
    return partitionCount(stage.inputs().get(0).upstream().input());
  }

  /** The task's operators, shaped as the stage: inputs numbered left to right. */
  private static TaskFlow flow(Pipeline stage, int[] nextInput) {
    if (stage.join() == null) {
      return new TaskFlow.Input(nextInput[0]++, stage.newOperators(), stage.operatorNames());
    }
    TaskFlow left = flow(stage.join().left(), nextInput);
    TaskFlow right = flow(stage.join().right(), nextInput);
    return new TaskFlow.Join(left, right, stage.join().operator().get(), stage.join().name(), stage.newOperators(),
        stage.operatorNames());
  }

  /**
   * A repartition topic's keys are written in the format of the keys the query writes, so
   * rows meet in the partition their sink key hashes to (as ksqlDB's repartition topics do) and
   * one task writes each key's changes in order; JSON where that format cannot hold them.
   */
  private static RowSerializer repartitionKeys(String keyFormat, RelDataType keyType) {
    try {
      return Formats.of(keyFormat).serializer(keyType, SerdeTarget.KEY, FormatOptions.none());
    } catch (RuntimeException e) {
      return Formats.of("JSON").serializer(keyType, SerdeTarget.KEY, FormatOptions.none());
    }
  }

  /**
   * An internal topic, kept forever: its records carry their source's event times, which may be
   * older than any time-based retention, and a query still to read them must find them (Kafka
   * Streams keeps its repartition topics forever for the same reason).
   */
  private TopicLog internalTopic(String name, int partitions, CleanupPolicy policy) {
    if (log.describeTopic(name).isEmpty()) {
      log.createTopic(name, TopicConfig.builder().partitions(partitions).cleanupPolicy(policy).retentionMs(-1).build());
    }
    return log.topic(name);
  }

  /**
   * Whether a stream's tombstones (records with a null value) flow through {@code stage} into a
   * stream sink, as ksqlDB writes them: through projections and PARTITION BY, which key them by
   * what the key columns compute, but not through a filter, a join or an aggregate.
   */
  private static boolean passesTombstones(Pipeline stage) {
    return stage.upstream() == null && stage.join() == null && stage.source().kind() == SourceKind.STREAM
        && !stage.stateful() && !stage.filtered();
  }

  private SourceDecoder decoder(SourceDefinition source, boolean internal, boolean tombstones) {
    SourceDecoder.Builder builder = SourceDecoder.builder(types, source.columns())
        .keyFormat(Formats.of(source.keyFormat()))
        .valueFormat(Formats.of(source.valueFormat()))
        .formatOptions(FormatOptions.of(source.formatOptions()))
        .table(source.kind() == SourceKind.TABLE)
        .changelog(internal)
        .tombstones(tombstones)
        .window(source.window());
    if (source.timestampColumn() != null) {
      builder.timestampColumn(source.timestampColumn(), source.timestampFormat());
    }
    return builder.build();
  }

  /** Where the sink's key (or value) columns sit in the query's output rows. */
  private static int[] positions(SourceDefinition sink, RelDataType output, boolean keys) {
    List<String> names = output.getFieldNames();
    return sink.columns().stream()
        .filter(c -> c.isKey() == keys)
        .mapToInt(c -> names.indexOf(c.name()))
        .toArray();
  }

  /** Where a windowed sink's rows hold WINDOWSTART and WINDOWEND; null for an unwindowed sink. */
  private static TopicSink.WindowColumns windowColumns(SourceDefinition sink, RelDataType output) {
    SourceWindow window = sink.window();
    if (window == null) {
      return null;
    }
    List<String> names = output.getFieldNames();
    return new TopicSink.WindowColumns(WindowClause.boundPosition(names, PseudoColumn.WINDOWSTART),
        WindowClause.boundPosition(names, PseudoColumn.WINDOWEND), window.isSession());
  }

  private RelDataType struct(RelDataType output, int[] positions) {
    RelDataTypeFactory.Builder builder = types.builder();
    for (int position : positions) {
      builder.add(output.getFieldList().get(position));
    }
    return builder.build();
  }
}
