package dev.eddy.engine.runtime.sink;

import dev.eddy.engine.format.FormatException;
import dev.eddy.engine.format.RowSerializer;
import dev.eddy.engine.processinglog.ProcessingErrorType;
import dev.eddy.engine.processinglog.ProcessingLogEntry;
import dev.eddy.engine.runtime.ChangelogMode;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.RowFormatter;
import dev.eddy.engine.runtime.RowKind;
import dev.eddy.engine.runtime.Sink;
import dev.eddy.engine.runtime.task.TaskServices;
import dev.eddy.log.PartitionLog;
import dev.eddy.log.Record;
import dev.eddy.log.TopicLog;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes rows to a topic as ksqlDB does: the key columns through the key format (a new key
 * for PARTITION BY or a repartition is just a different choice of key columns), the value
 * columns through the value format, the rowtime as the record timestamp, the partition from
 * the key bytes with Kafka's partitioner.
 *
 * <p>Changes, decided once from the input's {@link ChangelogMode}: an insert-only input writes
 * one record per row. Any other input is written as upserts by key: {@code +I} and {@code +U}
 * write the row, {@code -D} a tombstone (null value), and {@code -U} nothing, since the
 * {@code +U} that follows replaces it.
 *
 * <p>Each batch becomes one append per partition it touches. Rows without a key (no key
 * columns, or a null key) go to one partition per batch, rotating between batches. A row that
 * cannot be serialized is skipped and described in the processing log.
 */
public final class TopicSink implements Sink {

  private static final String OPERATOR = "sink";

  private final TopicLog topic;
  private final PartitionLog[] partitions;
  private final RowSerializer keySerializer;
  private final int[] keyColumns;
  private final RowSerializer valueSerializer;
  private final int[] valueColumns;
  private final boolean upsert;
  private final TaskServices services;
  private final List<List<Record>> pending;
  private int nextUnkeyedPartition;
  private long recordsWritten;
  private long serializationErrors;

  /**
   * @param topic the target topic
   * @param keySerializer encodes the values at {@code keyColumns}
   * @param keyColumns positions of the key columns in the input row, in key order (may be empty)
   * @param valueSerializer encodes the values at {@code valueColumns}
   * @param valueColumns positions of the value columns in the input row
   * @param inputMode the changes the input carries
   * @param services query id and processing log for rows that fail to serialize
   */
  public TopicSink(TopicLog topic, RowSerializer keySerializer, int[] keyColumns,
      RowSerializer valueSerializer, int[] valueColumns, ChangelogMode inputMode, TaskServices services) {
    this.topic = topic;
    this.partitions = new PartitionLog[topic.partitionCount()];
    for (int i = 0; i < partitions.length; i++) {
      partitions[i] = topic.partition(i);
    }
    this.keySerializer = keySerializer;
    this.keyColumns = keyColumns.clone();
    this.valueSerializer = valueSerializer;
    this.valueColumns = valueColumns.clone();
    this.upsert = !inputMode.isInsertOnly();
    this.services = services;
    this.pending = new ArrayList<>(partitions.length);
    for (int i = 0; i < partitions.length; i++) {
      pending.add(new ArrayList<>());
    }
  }

  @Override
  public void write(RowBatch batch) {
    int unkeyedPartition = nextUnkeyedPartition;
    nextUnkeyedPartition = (nextUnkeyedPartition + 1) % partitions.length;
    for (int i = 0; i < batch.size(); i++) {
      RowKind kind = batch.kind(i);
      if (upsert && kind == RowKind.UPDATE_BEFORE) {
        continue;
      }
      if (!upsert && kind != RowKind.INSERT) {
        throw new IllegalStateException("Insert-only sink to " + topic.name() + " received " + kind.shortString()
            + "; the planner must declare the input's changelog mode");
      }
      Object[] row = batch.row(i);
      byte[] key;
      byte[] value;
      try {
        key = keyColumns.length == 0 ? null : keySerializer.serialize(pick(row, keyColumns));
        value = kind == RowKind.DELETE ? null : valueSerializer.serialize(pick(row, valueColumns));
      } catch (FormatException | ClassCastException e) {
        reportSerializationError(kind, row, batch.rowtime(i), e);
        continue;
      }
      int partition = key == null ? unkeyedPartition : KeyPartitioner.partition(key, partitions.length);
      pending.get(partition).add(new Record(key, value, batch.rowtime(i)));
    }
    appendPending();
  }

  private void appendPending() {
    for (int p = 0; p < partitions.length; p++) {
      List<Record> records = pending.get(p);
      if (!records.isEmpty()) {
        try {
          partitions[p].append(records);
          recordsWritten += records.size();
        } finally {
          records.clear();
        }
      }
    }
  }

  private static Object[] pick(Object[] row, int[] columns) {
    Object[] values = new Object[columns.length];
    for (int i = 0; i < columns.length; i++) {
      values[i] = row[columns[i]];
    }
    return values;
  }

  private void reportSerializationError(RowKind kind, Object[] row, long rowtime, RuntimeException error) {
    serializationErrors++;
    services.processingLogger().log(ProcessingLogEntry.forRow(services.clock().getAsLong(), services.queryId(),
        OPERATOR, ProcessingErrorType.SERIALIZATION_ERROR, error, RowFormatter.format(kind, row, rowtime)));
  }

  /** Records appended so far. */
  public long recordsWritten() {
    return recordsWritten;
  }

  /** Rows skipped because they could not be serialized. */
  public long serializationErrors() {
    return serializationErrors;
  }
}
