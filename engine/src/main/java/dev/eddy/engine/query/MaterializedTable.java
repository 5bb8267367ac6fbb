package dev.eddy.engine.query;

import dev.eddy.engine.catalog.PseudoColumn;
import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.plan.WindowClause;
import dev.eddy.engine.runtime.operator.MaterializeOperator;
import dev.eddy.engine.runtime.task.Task;
import dev.eddy.engine.runtime.task.TaskHandle;
import dev.eddy.engine.state.KeyValueStore;
import java.util.ArrayList;
import java.util.List;

/**
 * The current rows of a table a persistent query writes, read from the stores its tasks keep
 * for pull queries ({@link MaterializeOperator}), in the shape a scan of the table has: the
 * table's columns, then its pseudo-columns (ROWTIME, ROWPARTITION, ROWOFFSET, WINDOWSTART,
 * WINDOWEND). A read is a weakly consistent snapshot: rows being updated meanwhile show their
 * old or new value.
 */
public final class MaterializedTable {

  private static final String STORE_SUFFIX = ":Materialize/" + MaterializeOperator.STORE;

  private MaterializedTable() {}

  /** Whether {@code query} keeps its sink's rows for pull queries. */
  public static boolean isMaterialized(PersistentQuery query) {
    return query.pipeline() != null && query.tasks().handles().stream()
        .anyMatch(h -> store(h.task()) != null);
  }

  /** The rows of {@code table}, written by {@code query}. */
  public static List<Object[]> scan(PersistentQuery query, SourceDefinition table) {
    List<String> output = query.pipeline().outputType().getFieldNames();
    int columns = table.columns().size();
    int[] from = table.columns().stream().mapToInt(c -> output.indexOf(c.name())).toArray();
    int windowStart = WindowClause.boundPosition(output, PseudoColumn.WINDOWSTART);
    int windowEnd = WindowClause.boundPosition(output, PseudoColumn.WINDOWEND);
    List<Object[]> rows = new ArrayList<>();
    for (TaskHandle handle : query.tasks().handles()) {
      KeyValueStore<Object, Object[]> store = store(handle.task());
      if (store == null) {
        continue;
      }
      int partition = handle.task().sourcePartition().partition();
      store.forEach((key, stored) -> {
        Object[] row = new Object[columns + 5];
        for (int i = 0; i < columns; i++) {
          row[i] = stored[from[i]];
        }
        row[columns] = stored[stored.length - 1];
        row[columns + 1] = partition;
        row[columns + 2] = -1L;
        if (table.isWindowed()) {
          row[columns + 3] = stored[windowStart];
          row[columns + 4] = stored[windowEnd];
        }
        rows.add(row);
      });
    }
    return rows;
  }

  @SuppressWarnings("unchecked")
  private static KeyValueStore<Object, Object[]> store(Task task) {
    for (KeyValueStore<?, ?> store : task.state().stores()) {
      if (store.name().endsWith(STORE_SUFFIX)) {
        return (KeyValueStore<Object, Object[]>) store;
      }
    }
    return null;
  }
}
