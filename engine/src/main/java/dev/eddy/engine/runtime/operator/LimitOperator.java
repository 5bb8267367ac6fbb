package dev.eddy.engine.runtime.operator;

import dev.eddy.engine.runtime.Collector;
import dev.eddy.engine.runtime.Operator;
import dev.eddy.engine.runtime.OperatorContext;
import dev.eddy.engine.runtime.RowBatch;
import java.nio.ByteBuffer;

/**
 * Passes the first {@code limit} rows of a push query, then asks the task to end. Counts rows
 * of every kind, as ksqlDB's {@code LIMIT} on {@code EMIT CHANGES} does. Its one piece of
 * state, the rows passed so far, is snapshotted so a restarted query does not start over.
 */
public final class LimitOperator implements Operator {

  private final long limit;
  private long passed;
  private OperatorContext context;

  public LimitOperator(long limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("LIMIT must not be negative, was " + limit);
    }
    this.limit = limit;
  }

  @Override
  public void open(OperatorContext context) {
    this.context = context;
    if (limit == 0) {
      context.requestEnd();
    }
  }

  @Override
  public void process(RowBatch input, Collector out) {
    for (int i = 0, n = input.size(); i < n && passed < limit; i++) {
      out.collect(input.kind(i), input.row(i), input.rowtime(i));
      passed++;
    }
    if (passed >= limit) {
      context.requestEnd();
    }
  }

  @Override
  public byte[] snapshot() {
    return ByteBuffer.allocate(Long.BYTES).putLong(passed).array();
  }

  @Override
  public void restore(byte[] snapshot) {
    passed = ByteBuffer.wrap(snapshot).getLong();
  }
}
