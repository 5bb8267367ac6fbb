package dev.eddy.engine.query;

import dev.eddy.engine.RowCursor;
import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.catalog.SourceKind;
import dev.eddy.engine.format.FormatOptions;
import dev.eddy.engine.format.Formats;
import dev.eddy.engine.format.SerdeTarget;
import dev.eddy.engine.plan.Pipeline;
import dev.eddy.engine.processinglog.ProcessingLogger;
import dev.eddy.engine.runtime.Sink;
import dev.eddy.engine.runtime.operator.LimitOperator;
import dev.eddy.engine.runtime.sink.PushQuerySink;
import dev.eddy.engine.runtime.sink.TopicSink;
import dev.eddy.engine.runtime.source.SourceDecoder;
import dev.eddy.engine.runtime.task.Task;
import dev.eddy.engine.runtime.task.TaskConfig;
import dev.eddy.engine.runtime.task.TaskHandle;
import dev.eddy.engine.runtime.task.TaskRunner;
import dev.eddy.engine.runtime.task.TaskServices;
import dev.eddy.log.LogStore;
import dev.eddy.log.TopicLog;
import dev.eddy.log.TopicPartition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;

/**
 * Starts the tasks of a query: one per partition of its source topic, each reading its
 * partition, running a fresh set of the pipeline's operators and writing a sink.
 */
public final class QueryLauncher {

  /** Rows a push query buffers for a slow client before its tasks wait. */
  private static final int PUSH_QUEUE_ROWS = 10_000;

  private final LogStore log;
  private final TaskRunner runner;
  private final JavaTypeFactory types;
  private final ProcessingLogger processingLogger;

  public QueryLauncher(LogStore log, TaskRunner runner, JavaTypeFactory types, ProcessingLogger processingLogger) {
    this.log = log;
    this.runner = runner;
    this.types = types;
    this.processingLogger = processingLogger;
  }

  /**
   * Starts a persistent query writing {@code sink}. It commits its source offsets under the
   * consumer group named by its id, so after a restart it resumes where it left off.
   */
  public RunningTasks startPersistent(String queryId, Pipeline pipeline, SourceDefinition sink,
      TaskConfig.StartPosition start) {
    TopicLog sinkTopic = log.topic(sink.topic());
    RelDataType output = pipeline.outputType();
    int[] keyColumns = positions(sink, output, true);
    int[] valueColumns = positions(sink, output, false);
    FormatOptions options = FormatOptions.of(sink.formatOptions());
    TaskServices services = new TaskServices(queryId, processingLogger);
    return start(queryId, queryId, pipeline, start, services, () -> new TopicSink(sinkTopic,
        Formats.of(sink.keyFormat()).serializer(struct(output, keyColumns), SerdeTarget.KEY, options), keyColumns,
        Formats.of(sink.valueFormat()).serializer(struct(output, valueColumns), SerdeTarget.VALUE, options), valueColumns,
        pipeline.outputMode(), services));
  }

  /** Starts a push query; its rows reach the returned cursor. It commits nothing. @param limit -1 for none */
  public RowCursor startPush(String queryId, Pipeline query, TaskConfig.StartPosition start, long limit) {
    // Each task stops at the limit on its own; the cursor counts across tasks.
    Pipeline pipeline = limit < 0 ? query : query.then("Limit", () -> new LimitOperator(limit));
    PushQuerySink shared = new PushQuerySink(PUSH_QUEUE_ROWS);
    int partitions = log.topic(pipeline.source().topic()).partitionCount();
    FanInSink fanIn = new FanInSink(shared, partitions);
    PushQueryCursor cursor = new PushQueryCursor(shared.cursor(), ExternalValues.of(pipeline.outputType()), limit);
    RunningTasks tasks = start(queryId, null, pipeline, start, new TaskServices(queryId, processingLogger), fanIn::writer);
    cursor.attach(tasks);
    shared.onCancel(tasks::stop);
    return cursor;
  }

  private RunningTasks start(String queryId, String consumerGroup, Pipeline pipeline, TaskConfig.StartPosition start,
      TaskServices services, Supplier<Sink> sinks) {
    SourceDefinition source = pipeline.source();
    TopicLog topic = log.topic(source.topic());
    List<TaskHandle> handles = new ArrayList<>();
    for (int partition = 0; partition < topic.partitionCount(); partition++) {
      TaskConfig config = TaskConfig.of(queryId + "-" + partition,
          new TopicPartition(source.topic(), partition), consumerGroup, start);
      handles.add(runner.submit(new Task(config, topic.partition(partition), log.groupOffsets(), decoder(source),
          pipeline.newOperators(), sinks.get(), services)));
    }
    return new RunningTasks(handles);
  }

  private SourceDecoder decoder(SourceDefinition source) {
    SourceDecoder.Builder builder = SourceDecoder.builder(types, source.columns())
        .keyFormat(Formats.of(source.keyFormat()))
        .valueFormat(Formats.of(source.valueFormat()))
        .formatOptions(FormatOptions.of(source.formatOptions()))
        .table(source.kind() == SourceKind.TABLE);
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

  private RelDataType struct(RelDataType output, int[] positions) {
    RelDataTypeFactory.Builder builder = types.builder();
    for (int position : positions) {
      builder.add(output.getFieldList().get(position));
    }
    return builder.build();
  }
}
