package dev.eddy.engine.runtime.operator;

import dev.eddy.engine.runtime.Collector;
import dev.eddy.engine.runtime.Operator;
import dev.eddy.engine.runtime.OperatorContext;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.RowKind;
import dev.eddy.engine.runtime.source.ColumnTimestampExtractor;
import dev.eddy.engine.runtime.source.InvalidTimestampException;

/**
 * Gives each row the time of the sink's {@code TIMESTAMP} column, which the sink writes as the
 * record timestamp, as ksqlDB does for {@code CREATE ... WITH (TIMESTAMP='col') AS SELECT}. A
 * row whose column is null, negative or does not parse is dropped and reported; so is the
 * {@code -U} before such a {@code +U}, so the sink never sees half an update. A retraction has
 * no time of its own to read and keeps its rowtime.
 */
public final class SinkTimestampOperator implements Operator {

  private final ColumnTimestampExtractor timestamps;
  private OperatorContext context;

  public SinkTimestampOperator(ColumnTimestampExtractor timestamps) {
    this.timestamps = timestamps;
  }

  @Override
  public void open(OperatorContext context) {
    this.context = context;
  }

  @Override
  public void process(RowBatch input, Collector out) {
    for (int i = 0, n = input.size(); i < n; i++) {
      RowKind kind = input.kind(i);
      if (kind == RowKind.UPDATE_BEFORE && i + 1 < n && input.kind(i + 1) == RowKind.UPDATE_AFTER) {
        long time = time(input, i + 1);
        if (time >= 0) {
          out.collect(kind, input.row(i), time);
          out.collect(RowKind.UPDATE_AFTER, input.row(i + 1), time);
        }
        i++;
      } else if (kind.isRetraction()) {
        out.collect(kind, input.row(i), input.rowtime(i));
      } else {
        long time = time(input, i);
        if (time >= 0) {
          out.collect(kind, input.row(i), time);
        }
      }
    }
  }

  /** The row's time, or -1 when it has none (then reported). */
  private long time(RowBatch input, int i) {
    try {
      return timestamps.extract(input.row(i));
    } catch (InvalidTimestampException | ClassCastException e) {
      context.reportRowError(input.kind(i), input.row(i), input.rowtime(i), e);
      return -1;
    }
  }
}
