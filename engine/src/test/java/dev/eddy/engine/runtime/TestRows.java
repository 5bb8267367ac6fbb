package dev.eddy.engine.runtime;

/** Readable changelog test data: {@code row(INSERT, 1000, 1, "a")}, {@code batch(rows...)}. */
public final class TestRows {

  private TestRows() {}

  /** One input row: kind, rowtime, values. */
  public record TestRow(RowKind kind, long rowtime, Object[] values) {}

  public static TestRow insert(long rowtime, Object... values) {
    return new TestRow(RowKind.INSERT, rowtime, values);
  }

  public static TestRow updateBefore(long rowtime, Object... values) {
    return new TestRow(RowKind.UPDATE_BEFORE, rowtime, values);
  }

  public static TestRow updateAfter(long rowtime, Object... values) {
    return new TestRow(RowKind.UPDATE_AFTER, rowtime, values);
  }

  public static TestRow delete(long rowtime, Object... values) {
    return new TestRow(RowKind.DELETE, rowtime, values);
  }

  public static RowBatch batch(TestRow... rows) {
    RowBatch batch = new RowBatch(Math.max(1, rows.length));
    for (TestRow row : rows) {
      batch.add(row.kind(), row.values(), row.rowtime());
    }
    return batch;
  }
}
