package dev.eddy.engine.runtime;

import java.util.ArrayList;
import java.util.List;

/** A sink that renders every row it receives as {@code +I[..] @t}, for exact assertions. */
public final class CollectingSink implements Sink {

  private final List<String> rows = new ArrayList<>();
  private final List<Integer> batchSizes = new ArrayList<>();
  private boolean completed;

  @Override
  public void write(RowBatch batch) {
    batchSizes.add(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      rows.add(RowFormatter.format(batch.kind(i), batch.row(i), batch.rowtime(i)));
    }
  }

  @Override
  public void complete() {
    completed = true;
  }

  public List<String> rows() {
    return rows;
  }

  public List<Integer> batchSizes() {
    return batchSizes;
  }

  public boolean completed() {
    return completed;
  }
}
