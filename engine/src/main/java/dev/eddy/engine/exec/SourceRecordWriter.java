package dev.eddy.engine.exec;

import dev.eddy.engine.catalog.Column;
import dev.eddy.engine.catalog.ColumnRole;
import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.format.FormatOptions;
import dev.eddy.engine.format.Formats;
import dev.eddy.engine.format.RowSerializer;
import dev.eddy.engine.format.SerdeTarget;
import dev.eddy.engine.runtime.sink.KeyPartitioner;
import dev.eddy.log.AppendResult;
import dev.eddy.log.PartitionLog;
import dev.eddy.log.Record;
import dev.eddy.log.TopicLog;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;

/**
 * Writes rows of one stream or table to its topic as INSERT INTO ... VALUES does: key and value
 * in the source's formats, to the partition the key hashes to. The serializers are built once,
 * so a client inserting many rows (the server's /inserts-stream) pays for them once.
 */
public final class SourceRecordWriter {

  private final SourceDefinition target;
  private final RowSerializer keys;
  private final RowSerializer values;
  private final int[] keyPositions;
  private final int[] valuePositions;
  private final TopicLog topic;
  private final AtomicInteger nextKeylessPartition;

  /**
   * @param nextKeylessPartition spreads keyless records over partitions, as Kafka's producer does;
   *     shared by writers whose rows should take turns
   */
  public SourceRecordWriter(EngineContext engine, SourceDefinition target, AtomicInteger nextKeylessPartition) {
    this.target = target;
    this.nextKeylessPartition = nextKeylessPartition;
    RelDataTypeFactory types = engine.validators().typeFactory();
    FormatOptions options = FormatOptions.of(target.formatOptions());
    List<Column> keyColumns = target.keyColumns();
    List<Column> valueColumns = target.columns().stream().filter(c -> c.role() == ColumnRole.VALUE).toList();
    this.keys = keyColumns.isEmpty() ? null
        : Formats.of(target.keyFormat()).serializer(struct(types, keyColumns), SerdeTarget.KEY, options);
    this.values = Formats.of(target.valueFormat()).serializer(struct(types, valueColumns), SerdeTarget.VALUE, options);
    this.keyPositions = positions(target, keyColumns);
    this.valuePositions = positions(target, valueColumns);
    this.topic = engine.log().topic(target.topic());
  }

  public SourceDefinition target() {
    return target;
  }

  /**
   * Appends one row and returns once it is durable under the topic's flush policy.
   *
   * @param row a value for every column of the target, in its order, in Calcite's internal representation
   */
  public AppendResult write(Object[] row, long timestamp) {
    Record record = record(row, timestamp);
    return partitionFor(record).append(List.of(record));
  }

  /**
   * Appends one row without waiting for durability; the future completes once it is durable.
   * A row that cannot be encoded is refused here, with a {@link dev.eddy.engine.format.FormatException}.
   */
  public CompletableFuture<AppendResult> writeAsync(Object[] row, long timestamp) {
    Record record = record(row, timestamp);
    return partitionFor(record).appendAsync(List.of(record));
  }

  private Record record(Object[] row, long timestamp) {
    byte[] key = keys == null ? null : keys.serialize(pick(row, keyPositions));
    return new Record(key, values.serialize(pick(row, valuePositions)), timestamp, List.of());
  }

  private PartitionLog partitionFor(Record record) {
    int partition = record.key() == null
        ? Math.floorMod(nextKeylessPartition.getAndIncrement(), topic.partitionCount())
        : KeyPartitioner.partition(record.key(), topic.partitionCount());
    return topic.partition(partition);
  }

  private static int[] positions(SourceDefinition target, List<Column> columns) {
    return columns.stream().mapToInt(target.columns()::indexOf).toArray();
  }

  private static Object[] pick(Object[] row, int[] positions) {
    Object[] picked = new Object[positions.length];
    for (int i = 0; i < positions.length; i++) {
      picked[i] = row[positions[i]];
    }
    return picked;
  }

  private static RelDataType struct(RelDataTypeFactory types, List<Column> columns) {
    RelDataTypeFactory.Builder builder = types.builder();
    columns.forEach(c -> builder.add(c.name(), types.createTypeWithNullability(c.type(), true)));
    return builder.build();
  }
}
