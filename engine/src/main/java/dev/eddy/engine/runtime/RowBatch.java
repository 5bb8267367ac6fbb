package dev.eddy.engine.runtime;

import java.util.Arrays;

/**
 * A bounded batch of rows of one schema — the unit operators exchange.
 *
 * <p>Row-wise: each row is an {@code Object[]} in Calcite's internal Java representation (see
 * the package documentation), because the planner's generated expressions read {@code Object[]}
 * rows. Each row also carries its {@link RowKind} and its event time ({@code ROWTIME}, epoch ms).
 *
 * <p>Contract:
 * <ul>
 *   <li>The capacity is fixed at construction; {@link #add} on a full batch throws, so a batch
 *       can never grow without bound. Producers check {@link #isFull()} and hand the batch on.</li>
 *   <li>A batch is a reusable buffer: {@link #clear()} resets it (and drops row references so
 *       they can be collected). A consumer must not keep a batch after {@code process} returns;
 *       it may keep the row arrays, which the producer never mutates after {@code add}.</li>
 *   <li>{@link #offsets()} are the source positions the batch covers; they travel with the rows
 *       so a task can commit exactly what its sink has durably written.</li>
 * </ul>
 * Not thread-safe: a batch belongs to one task thread.
 */
public final class RowBatch {

  private final Object[][] rows;
  private final RowKind[] kinds;
  private final long[] rowtimes;
  private final SourceOffsets offsets = new SourceOffsets();
  private int size;

  public RowBatch(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("Batch capacity must be positive, was " + capacity);
    }
    this.rows = new Object[capacity][];
    this.kinds = new RowKind[capacity];
    this.rowtimes = new long[capacity];
  }

  /** Appends a row; throws {@link IllegalStateException} when the batch is full. */
  public void add(RowKind kind, Object[] row, long rowtime) {
    if (size == rows.length) {
      throw new IllegalStateException("Batch is full (capacity " + rows.length + ")");
    }
    rows[size] = row;
    kinds[size] = kind;
    rowtimes[size] = rowtime;
    size++;
  }

  public Object[] row(int index) {
    checkIndex(index);
    return rows[index];
  }

  public RowKind kind(int index) {
    checkIndex(index);
    return kinds[index];
  }

  public long rowtime(int index) {
    checkIndex(index);
    return rowtimes[index];
  }

  public int size() {
    return size;
  }

  public int capacity() {
    return rows.length;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public boolean isFull() {
    return size == rows.length;
  }

  public SourceOffsets offsets() {
    return offsets;
  }

  /** Empties the batch for reuse; keeps its capacity. */
  public void clear() {
    Arrays.fill(rows, 0, size, null);
    size = 0;
    offsets.clear();
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("Row " + index + " of a batch of " + size);
    }
  }

  /** One line per row, e.g. {@code +I[1, abc] @1000} — the shape tests compare against. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < size; i++) {
      text.append(RowFormatter.format(kinds[i], rows[i], rowtimes[i])).append('\n');
    }
    return text.toString();
  }
}
