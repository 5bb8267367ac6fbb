package dev.eddy.engine.runtime.source;

import dev.eddy.engine.catalog.Column;
import dev.eddy.engine.catalog.ColumnRole;
import dev.eddy.engine.format.Format;
import dev.eddy.engine.format.FormatException;
import dev.eddy.engine.format.FormatOptions;
import dev.eddy.engine.format.RowDeserializer;
import dev.eddy.engine.format.SerdeTarget;
import dev.eddy.engine.format.WindowedKeys;
import dev.eddy.engine.catalog.PseudoColumn;
import dev.eddy.engine.catalog.SourceWindow;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.RowKind;
import dev.eddy.engine.runtime.RowKindHeader;
import dev.eddy.log.Header;
import dev.eddy.log.LogRecord;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;

/**
 * Turns source records into rows: the declared columns in declaration order, then the
 * pseudo-columns {@code ROWTIME} (BIGINT), {@code ROWPARTITION} (INTEGER), {@code ROWOFFSET}
 * (BIGINT), {@code WINDOWSTART} and {@code WINDOWEND} (BIGINT, from a windowed key, else NULL)
 * — the row type the planner gives a source scan.
 *
 * <p>KEY columns come from the key bytes, VALUE columns from the value bytes (each through its
 * format), a HEADERS column is every header as {@code ARRAY<STRUCT<KEY STRING, VALUE BYTES>>},
 * a HEADER column the last header with its key, as BYTES. Which slot each part fills is worked
 * out once, here.
 *
 * <p>Changes: a stream's record is {@code +I}; a stream's tombstone (null value) carries no
 * row and is skipped silently, unless the query only projects it on its way to a sink (see
 * {@link Builder#streamTombstones}): then it is a {@code -D} with only the key columns set. A table's record is an upsert, {@code +U}, and its
 * tombstone a {@code -D} with only the key columns set; a table's record without key bytes
 * carries no row either, since ksqlDB drops it. An internal changelog topic (written
 * by a {@code CHANGELOG} topic sink) gives each row the kind in its {@link RowKindHeader}.
 *
 * <p>Thread-safe: tasks of one query may share a decoder.
 */
public final class SourceDecoder {

  /** Number of pseudo-columns after the declared ones. */
  public static final int PSEUDO_COLUMNS = PseudoColumn.values().length;

  private final RowDeserializer keyDeserializer;
  private final RowDeserializer valueDeserializer;
  private final int[] keySlots;
  private final int[] valueSlots;
  private final int headersSlot;
  private final int[] headerSlots;
  private final String[] headerKeys;
  private final int width;
  private final boolean table;
  private final boolean changelog;
  private final boolean streamTombstones;
  private final TimestampExtractor timestamps;
  private final SourceWindow window;

  private SourceDecoder(Builder builder) {
    List<Column> columns = builder.columns;
    List<Integer> keys = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    List<Integer> headers = new ArrayList<>();
    List<String> headerKeyList = new ArrayList<>();
    int allHeaders = -1;
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      switch (column.role()) {
        case KEY -> keys.add(i);
        case VALUE -> values.add(i);
        case HEADERS -> allHeaders = i;
        case HEADER -> {
          headers.add(i);
          headerKeyList.add(column.headerKey());
        }
      }
    }
    this.keySlots = keys.stream().mapToInt(Integer::intValue).toArray();
    this.valueSlots = values.stream().mapToInt(Integer::intValue).toArray();
    this.headersSlot = allHeaders;
    this.headerSlots = headers.stream().mapToInt(Integer::intValue).toArray();
    this.headerKeys = headerKeyList.toArray(String[]::new);
    this.width = columns.size() + PSEUDO_COLUMNS;
    this.table = builder.table;
    this.changelog = builder.changelog;
    this.streamTombstones = builder.streamTombstones;
    this.keyDeserializer = builder.keyFormat.deserializer(
        struct(builder.typeFactory, columns, ColumnRole.KEY), SerdeTarget.KEY, builder.options);
    this.valueDeserializer = builder.valueFormat.deserializer(
        struct(builder.typeFactory, columns, ColumnRole.VALUE), SerdeTarget.VALUE, builder.options);
    this.timestamps = builder.timestamps;
    this.window = builder.window;
  }

  private static RelDataType struct(RelDataTypeFactory types, List<Column> columns, ColumnRole role) {
    List<Column> part = columns.stream().filter(c -> c.role() == role).toList();
    return types.createStructType(part.stream().map(Column::type).toList(), part.stream().map(Column::name).toList());
  }

  public static Builder builder(RelDataTypeFactory typeFactory, List<Column> columns) {
    return new Builder(typeFactory, columns);
  }

  /** Index of ROWTIME in the decoded row; ROWPARTITION and ROWOFFSET follow it. */
  public int rowtimeIndex() {
    return width - PSEUDO_COLUMNS;
  }

  /**
   * Decodes {@code record} and appends it to {@code batch}. Returns the row's event time, or
   * {@link Long#MIN_VALUE} when the record carries no row (a stream tombstone, a table record without a key).
   *
   * @throws dev.eddy.engine.format.FormatException when the key or value does not decode
   * @throws InvalidTimestampException when the row has no usable event time
   */
  public long decodeInto(int partition, LogRecord record, RowBatch batch) {
    byte[] valueBytes = record.value();
    if (valueBytes == null && !table && !streamTombstones) {
      return Long.MIN_VALUE;
    }
    byte[] keyBytes = record.key();
    if (keyBytes == null && table && !changelog && keySlots.length > 0) {
      return Long.MIN_VALUE; // a table row needs a key: ksqlDB drops a table record without one
    }
    Object[] row = new Object[width];
    int pseudo = rowtimeIndex();
    if (window != null) {
      WindowedKeys.Windowed windowed = WindowedKeys.decode(keyBytes, window.isSession(), window.sizeMs());
      keyBytes = windowed.key();
      row[pseudo + 3] = windowed.start();
      row[pseudo + 4] = windowed.end();
    }
    if (keySlots.length > 0) {
      place(keyDeserializer.deserialize(keyBytes), keySlots, row);
    }
    RowKind kind = RowKind.INSERT;
    if (valueBytes == null) {
      kind = RowKind.DELETE;
    } else {
      place(valueDeserializer.deserialize(valueBytes), valueSlots, row);
      if (changelog) {
        kind = kindOf(record);
      } else if (table) {
        kind = RowKind.UPDATE_AFTER;
      }
    }
    placeHeaders(record.headers(), row);
    long rowtime = timestamps.extract(record, row);
    row[pseudo] = rowtime;
    row[pseudo + 1] = partition;
    row[pseudo + 2] = record.offset();
    batch.add(kind, row, rowtime);
    return rowtime;
  }

  private static RowKind kindOf(LogRecord record) {
    try {
      return RowKindHeader.read(record.headers());
    } catch (IllegalArgumentException e) {
      throw new FormatException(e.getMessage(), e);
    }
  }

  private static void place(Object[] values, int[] slots, Object[] row) {
    if (values == null) {
      return; // absent key or JSON null: every column of the part is null
    }
    for (int i = 0; i < slots.length; i++) {
      row[slots[i]] = values[i];
    }
  }

  private void placeHeaders(List<Header> headers, Object[] row) {
    if (headersSlot >= 0) {
      List<Object[]> all = new ArrayList<>(headers.size());
      for (Header header : headers) {
        all.add(new Object[] {header.key(), bytes(header.value())});
      }
      row[headersSlot] = all;
    }
    for (int i = 0; i < headerSlots.length; i++) {
      row[headerSlots[i]] = lastHeader(headers, headerKeys[i]);
    }
  }

  private static ByteString lastHeader(List<Header> headers, String key) {
    for (int i = headers.size() - 1; i >= 0; i--) {
      if (headers.get(i).key().equals(key)) {
        return bytes(headers.get(i).value());
      }
    }
    return null;
  }

  private static ByteString bytes(byte[] value) {
    return value == null ? null : new ByteString(value);
  }

  /** How to decode one source; every choice is checked when {@link #build()} runs. */
  public static final class Builder {
    private final RelDataTypeFactory typeFactory;
    private final List<Column> columns;
    private Format keyFormat;
    private Format valueFormat;
    private FormatOptions options = FormatOptions.none();
    private boolean table;
    private boolean changelog;
    private boolean streamTombstones;
    private TimestampExtractor timestamps = TimestampExtractor.recordTime();
    private SourceWindow window;

    private Builder(RelDataTypeFactory typeFactory, List<Column> columns) {
      this.typeFactory = typeFactory;
      this.columns = List.copyOf(columns);
    }

    public Builder keyFormat(Format format) {
      this.keyFormat = format;
      return this;
    }

    public Builder valueFormat(Format format) {
      this.valueFormat = format;
      return this;
    }

    public Builder formatOptions(FormatOptions options) {
      this.options = options;
      return this;
    }

    /** A table source: records are upserts, tombstones deletes. */
    public Builder table(boolean table) {
      this.table = table;
      return this;
    }

    /** A windowed source: keys carry their window (null for plain keys). */
    public Builder window(SourceWindow window) {
      this.window = window;
      return this;
    }

    /** An internal changelog topic: each record's kind is in its {@link RowKindHeader}. */
    public Builder changelog(boolean changelog) {
      this.changelog = changelog;
      return this;
    }

    /**
     * A stream's records without a value become {@code -D} rows with only the key columns set,
     * for a query that only projects them on their way to a sink, which writes them without a
     * value: ksqlDB passes them through a projection so. Other queries drop them.
     */
    public Builder streamTombstones(boolean streamTombstones) {
      this.streamTombstones = streamTombstones;
      return this;
    }

    /**
     * Event time from the declared column {@code column} instead of the record timestamp.
     *
     * @param timestampFormat TIMESTAMP_FORMAT, for a STRING column only, else null
     */
    public Builder timestampColumn(String column, String timestampFormat) {
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).name().equals(column)) {
          this.timestamps = ColumnTimestampExtractor.of(i, column, columns.get(i).type(), timestampFormat);
          return this;
        }
      }
      throw new IllegalArgumentException("Unknown timestamp column " + column);
    }

    public SourceDecoder build() {
      if (keyFormat == null || valueFormat == null) {
        throw new IllegalStateException("Both a key and a value format are required");
      }
      return new SourceDecoder(this);
    }
  }
}
