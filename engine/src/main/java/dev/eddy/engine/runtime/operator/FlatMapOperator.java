package dev.eddy.engine.runtime.operator;

import dev.eddy.engine.runtime.Collector;
import dev.eddy.engine.runtime.Operator;
import dev.eddy.engine.runtime.RowBatch;
import java.util.List;

/**
 * The table functions of a SELECT, as ksqlDB runs them: each input row ends in the lists of
 * rows its table functions returned (one column per function, from {@code firstList} on), and
 * becomes one output row per position up to the longest list, the other columns repeated, each
 * list column holding that position's element or NULL where its list is shorter. A row whose
 * lists are all empty or NULL emits nothing.
 *
 * <p>Stateless, and given streams only: the planner refuses table functions over changes.
 */
public final class FlatMapOperator implements Operator {

  private final int firstList;

  public FlatMapOperator(int firstList) {
    this.firstList = firstList;
  }

  @Override
  public void process(RowBatch input, Collector out) {
    for (int i = 0, n = input.size(); i < n; i++) {
      Object[] row = input.row(i);
      int longest = 0;
      for (int c = firstList; c < row.length; c++) {
        longest = Math.max(longest, size(row[c]));
      }
      for (int position = 0; position < longest; position++) {
        Object[] result = row.clone();
        for (int c = firstList; c < row.length; c++) {
          result[c] = position < size(row[c]) ? ((List<?>) row[c]).get(position) : null;
        }
        out.collect(input.kind(i), result, input.rowtime(i));
      }
    }
  }

  private static int size(Object list) {
    return list == null ? 0 : ((List<?>) list).size();
  }
}
