/**
 * Tasks: running a chain of operators over one source partition, on a shared pool.
 *
 * <p>How a planner wires a persistent query ({@code CREATE STREAM BIG AS SELECT ID, AMOUNT * 2
 * FROM ORDERS WHERE AMOUNT > 10}), once per source partition:
 * <pre>{@code
 * SourceDecoder decoder = SourceDecoder.builder(typeFactory, orders.columns())
 *     .keyFormat(Formats.of(orders.keyFormat())).valueFormat(Formats.of(orders.valueFormat()))
 *     .formatOptions(FormatOptions.of(orders.formatOptions()))
 *     .build();                                          // rows: columns + ROWTIME, ROWPARTITION, ROWOFFSET
 * TaskServices services = new TaskServices(queryId, processingLogger);
 * List<TaskHandle> handles = new ArrayList<>();
 * for (int p = 0; p < source.partitionCount(); p++) {
 *   Sink sink = new TopicSink(store.topic("BIG"),
 *       Formats.of("KAFKA").serializer(keyType, SerdeTarget.KEY, options), new int[] {0},
 *       Formats.of("JSON").serializer(valueType, SerdeTarget.VALUE, options), new int[] {1},
 *       ChangelogMode.insertOnly(), services);
 *   Task task = new Task(
 *       TaskConfig.of(queryId + "/" + p, new TopicPartition("orders", p), "_eddy_" + queryId, StartPosition.EARLIEST),
 *       source.partition(p), store.groupOffsets(), decoder,
 *       List.of(new CalcOperator(compiledRowTransform)), sink, services);
 *   handles.add(runner.submit(task));
 * }
 * QueryHandle query = new QueryHandle(queryId, handles);
 * }</pre>
 * A push query does the same with a {@link dev.eddy.engine.runtime.sink.PushQuerySink} (and no
 * consumer group), then {@code sink.onCancel(handle::cancel)} so closing the cursor stops it.
 */
package dev.eddy.engine.runtime.task;
