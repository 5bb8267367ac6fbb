package dev.eddy.engine.runtime.sink;

import dev.eddy.engine.format.FormatException;
import dev.eddy.engine.format.RowSerializer;
import dev.eddy.engine.format.WindowedKeys;
import dev.eddy.engine.processinglog.ProcessingErrorType;
import dev.eddy.engine.processinglog.ProcessingLogEntry;
import dev.eddy.engine.runtime.ChangelogMode;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.RowFormatter;
import dev.eddy.engine.runtime.RowKind;
import dev.eddy.engine.runtime.RowKindHeader;
import dev.eddy.engine.runtime.Sink;
import dev.eddy.engine.runtime.task.TaskServices;
import dev.eddy.log.Header;
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
 * <p>Changes, by {@link Encoding} (decided once): {@code APPEND} writes one record per
 * {@code +I} row, and a record without a value per {@code -D} row (a stream's own record without
 * a value, projected; any other kind is a planner bug). {@code UPSERT} writes by key: {@code +I}
 * and {@code +U} write the row, {@code -D} a tombstone (null value), and {@code -U} nothing
 * when the {@code +U} of the same key follows it (that replaces it), else a tombstone: a filter
 * after an aggregate (HAVING) that now drops the group leaves a lone {@code -U}.
 *
 * <p>A windowed table's key is the key columns followed by the window, as Kafka Streams writes
 * it ({@link WindowedKeys}); the partition comes from the unwindowed key, as there. {@code CHANGELOG}, for internal repartition
 * topics, writes every row whole with its kind in a {@link RowKindHeader}.
 *
 * <p>Each batch becomes one append per partition it touches. Rows without a key (no key
 * columns, or a null key) go to one partition per batch, rotating between batches. A row that
 * cannot be serialized is skipped and described in the processing log.
 */
public final class TopicSink implements Sink {

  /** How changes become records. */
  public enum Encoding {
    /** A stream: inserts only. */
    APPEND,
    /** A table: upserts and tombstones by key. */
    UPSERT,
    /** An internal changelog: every row, its kind in a header. */
    CHANGELOG
  }

  private static final String OPERATOR = "sink";

  private final TopicLog topic;
  private final PartitionLog[] partitions;
  private final RowSerializer keySerializer;
  private final int[] keyColumns;
  private final RowSerializer valueSerializer;
  private final int[] valueColumns;
  private final Encoding encoding;
  private final TaskServices services;
  private final WindowColumns window;
  private final List<List<Record>> pending;
  private int nextUnkeyedPartition;
  private long recordsWritten;
  private long serializationErrors;

  /**
   * A sink for a stream ({@code inputMode} insert-only) or a table (any other mode: upserts).
   *
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
    this(topic, keySerializer, keyColumns, valueSerializer, valueColumns,
        inputMode.isInsertOnly() ? Encoding.APPEND : Encoding.UPSERT, services);
  }

  /** A sink with an explicit encoding, e.g. {@link Encoding#CHANGELOG} for a repartition topic. */
  public TopicSink(TopicLog topic, RowSerializer keySerializer, int[] keyColumns,
      RowSerializer valueSerializer, int[] valueColumns, Encoding encoding, TaskServices services) {
    this(topic, keySerializer, keyColumns, valueSerializer, valueColumns, encoding, services, null);
  }

  /** Where a windowed table's rows hold their window bounds. */
  public record WindowColumns(int start, int end, boolean session) {}

  /** @param window where the rows hold their window, for a windowed table; null otherwise */
  public TopicSink(TopicLog topic, RowSerializer keySerializer, int[] keyColumns,
      RowSerializer valueSerializer, int[] valueColumns, Encoding encoding, TaskServices services,
      WindowColumns window) {
    this.window = window;
    this.topic = topic;
    this.partitions = new PartitionLog[topic.partitionCount()];
    for (int i = 0; i < partitions.length; i++) {
      partitions[i] = topic.partition(i);
    }
    this.keySerializer = keySerializer;
    this.keyColumns = keyColumns.clone();
    this.valueSerializer = valueSerializer;
    this.valueColumns = valueColumns.clone();
    this.encoding = encoding;
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
      if (!accepts(kind)) {
        continue;
      }
      Object[] row = batch.row(i);
      if (encoding == Encoding.UPSERT && kind == RowKind.UPDATE_BEFORE && updatedNext(batch, i)) {
        continue;
      }
      boolean tombstone = switch (encoding) {
        case UPSERT -> kind.isRetraction();
        case APPEND -> kind == RowKind.DELETE;
        case CHANGELOG -> false;
      };
      byte[] key;
      byte[] value;
      try {
        key = keyColumns.length == 0 ? null : keySerializer.serialize(pick(row, keyColumns));
        value = tombstone ? null : valueSerializer.serialize(pick(row, valueColumns));
      } catch (FormatException | ClassCastException e) {
        reportSerializationError(kind, row, batch.rowtime(i), e);
        continue;
      }
      // An internal topic's unkeyed rows (a global aggregate) must all meet in one task.
      int partition = key == null ? (encoding == Encoding.CHANGELOG ? 0 : unkeyedPartition)
          : KeyPartitioner.partition(key, partitions.length);
      if (window != null) {
        key = WindowedKeys.encode(key, window.session(), (Long) row[window.start()], (Long) row[window.end()]);
      }
      List<Header> headers = encoding == Encoding.CHANGELOG ? List.of(RowKindHeader.of(kind)) : List.of();
      pending.get(partition).add(new Record(key, value, batch.rowtime(i), headers));
    }
    appendPending();
  }

  /** Throws for rows the encoding cannot carry. */
  private boolean accepts(RowKind kind) {
    if (encoding == Encoding.APPEND && kind != RowKind.INSERT && kind != RowKind.DELETE) {
      throw new IllegalStateException("Insert-only sink to " + topic.name() + " received " + kind.shortString()
          + "; the planner must declare the input's changelog mode");
    }
    return true;
  }

  /** Whether row {@code i}, a {@code -U}, is followed by the {@code +U} of the same key. */
  private boolean updatedNext(RowBatch batch, int i) {
    if (i + 1 >= batch.size() || batch.kind(i + 1) != RowKind.UPDATE_AFTER) {
      return false;
    }
    Object[] row = batch.row(i);
    Object[] next = batch.row(i + 1);
    for (int column : keyColumns) {
      if (!java.util.Objects.deepEquals(row[column], next[column])) {
        return false;
      }
    }
    return window == null
        || (row[window.start()].equals(next[window.start()]) && row[window.end()].equals(next[window.end()]));
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
