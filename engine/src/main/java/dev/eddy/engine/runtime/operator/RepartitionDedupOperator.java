package dev.eddy.engine.runtime.operator;

import dev.eddy.engine.runtime.Collector;
import dev.eddy.engine.runtime.Operator;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.RowKind;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * Drops rows that the stage writing a repartition topic wrote twice. That stage commits its
 * source offsets after writing, so after a crash it writes again what it wrote since its last
 * commit; each row carries the partition and offset of the source record it came from, and
 * from any one source partition rows arrive here in offset order. A row is a repeat if its
 * offset is below the highest seen from its partition, or equal to it with a change kind
 * already seen there (one table record yields at most a {@code -U} and a {@code +U}).
 *
 * <p>The highest positions are this operator's snapshot, committed with the task's state, so
 * the check holds across restarts of this stage too.
 */
public final class RepartitionDedupOperator implements Operator {

  /** The highest offset seen from one source partition, and the change kinds seen at it as bits. */
  private static final class Highest {
    long offset;
    byte kinds;

    Highest(long offset, byte kinds) {
      this.offset = offset;
      this.kinds = kinds;
    }
  }

  private final int partitionColumn;
  private final int offsetColumn;
  /** Changed in place: this runs for every row of a repartitioned stage. */
  private final Map<Integer, Highest> highest = new HashMap<>();

  public RepartitionDedupOperator(int partitionColumn, int offsetColumn) {
    this.partitionColumn = partitionColumn;
    this.offsetColumn = offsetColumn;
  }

  @Override
  public void process(RowBatch input, Collector out) {
    for (int i = 0, n = input.size(); i < n; i++) {
      Object[] row = input.row(i);
      RowKind kind = input.kind(i);
      Integer partition = (Integer) row[partitionColumn];
      long offset = (Long) row[offsetColumn];
      byte bit = (byte) (1 << kind.ordinal());
      Highest seen = highest.get(partition);
      if (seen == null) {
        highest.put(partition, new Highest(offset, bit));
      } else if (offset > seen.offset) {
        seen.offset = offset;
        seen.kinds = bit;
      } else if (offset < seen.offset || (seen.kinds & bit) != 0) {
        continue;
      } else {
        seen.kinds |= bit;
      }
      out.collect(kind, row, input.rowtime(i));
    }
  }

  @Override
  public byte[] snapshot() {
    ByteBuffer out = ByteBuffer.allocate(4 + highest.size() * (4 + 8 + 1));
    out.putInt(highest.size());
    highest.forEach((partition, seen) -> {
      out.putInt(partition);
      out.putLong(seen.offset);
      out.put(seen.kinds);
    });
    return out.array();
  }

  @Override
  public void restore(byte[] snapshot) {
    ByteBuffer in = ByteBuffer.wrap(snapshot);
    int count = in.getInt();
    for (int i = 0; i < count; i++) {
      int partition = in.getInt();
      long offset = in.getLong();
      highest.put(partition, new Highest(offset, in.get()));
    }
  }
}
