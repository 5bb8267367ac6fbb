package dev.eddy.engine.runtime.operator;

import dev.eddy.engine.runtime.Collector;
import dev.eddy.engine.runtime.Operator;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.RowKind;
import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

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

  private final int partitionColumn;
  private final int offsetColumn;
  private final Map<Integer, Long> highest = new HashMap<>();
  private final Map<Integer, Set<RowKind>> kindsAtHighest = new HashMap<>();

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
      Long seen = highest.get(partition);
      if (seen == null || offset > seen) {
        highest.put(partition, offset);
        kindsAtHighest.put(partition, EnumSet.of(kind));
      } else if (offset < seen || !kindsAtHighest.get(partition).add(kind)) {
        continue;
      }
      out.collect(kind, row, input.rowtime(i));
    }
  }

  @Override
  public byte[] snapshot() {
    ByteBuffer out = ByteBuffer.allocate(4 + highest.size() * (4 + 8 + 1));
    out.putInt(highest.size());
    highest.forEach((partition, offset) -> {
      out.putInt(partition);
      out.putLong(offset);
      byte kinds = 0;
      for (RowKind kind : kindsAtHighest.get(partition)) {
        kinds |= (byte) (1 << kind.ordinal());
      }
      out.put(kinds);
    });
    return out.array();
  }

  @Override
  public void restore(byte[] snapshot) {
    ByteBuffer in = ByteBuffer.wrap(snapshot);
    int count = in.getInt();
    for (int i = 0; i < count; i++) {
      int partition = in.getInt();
      highest.put(partition, in.getLong());
      byte kinds = in.get();
      Set<RowKind> set = EnumSet.noneOf(RowKind.class);
      for (RowKind kind : RowKind.values()) {
        if ((kinds & (1 << kind.ordinal())) != 0) {
          set.add(kind);
        }
      }
      kindsAtHighest.put(partition, set);
    }
  }
}
