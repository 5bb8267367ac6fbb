package dev.eddy.bench.nexmark;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.Schema;
import org.apache.flink.table.api.Table;
import org.apache.flink.table.api.TableDescriptor;
import org.apache.flink.table.api.TableResult;
import org.apache.flink.table.api.bridge.java.StreamTableEnvironment;
import org.apache.flink.types.Row;
import org.apache.flink.types.RowKind;
import org.apache.flink.util.CloseableIterator;

/**
 * Flink's side: each run is a fresh local mini-cluster (in this JVM) with {@code parallelism}
 * slots, the nexmark views over the events in memory ({@link FlinkSources}), and the query's
 * SELECT inserted into a {@code blackhole} table, or collected for the correctness check. State
 * lives on the heap (Flink's default backend) and nothing is checkpointed: the peer's fastest
 * setting. Clocked from the first source reader opening to the job's end.
 */
final class FlinkRunner {

  private final int parallelism;

  FlinkRunner(int parallelism) {
    this.parallelism = parallelism;
  }

  RunOutcome run(NexmarkQuery query, NexmarkEvents events, boolean collect) throws Exception {
    MemoryEvents.set(events);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, new Configuration());
    StreamTableEnvironment tables = StreamTableEnvironment.create(env, EnvironmentSettings.inStreamingMode());
    tables.createTemporarySystemFunction("count_char", CountChar.class);
    FlinkSources.register(env, tables, events);
    Table result = tables.sqlQuery(query.flinkSelect());
    if (collect) {
      return collect(result);
    }
    tables.createTemporaryTable("nexmark_sink", TableDescriptor.forConnector("blackhole")
        .schema(Schema.newBuilder().fromResolvedSchema(result.getResolvedSchema()).build()).build());
    TableResult insert = result.executeInsert("nexmark_sink");
    insert.await();
    long end = System.nanoTime();
    return new RunOutcome(end - MemoryEvents.firstReadNanos(), null);
  }

  /** The final result: inserts and update-afters added, deletes and update-befores taken out. */
  private static RunOutcome collect(Table result) throws Exception {
    OutputRows rows = new OutputRows();
    long start = System.nanoTime();
    try (CloseableIterator<Row> changes = result.execute().collect()) {
      while (changes.hasNext()) {
        Row row = changes.next();
        List<Object> values = new ArrayList<>(row.getArity());
        for (int i = 0; i < row.getArity(); i++) {
          values.add(row.getField(i));
        }
        if (row.getKind() == RowKind.INSERT || row.getKind() == RowKind.UPDATE_AFTER) {
          rows.add(values);
        } else if (!rows.remove(values)) {
          throw new IllegalStateException("Flink retracted a row it never emitted: " + row);
        }
      }
    }
    return new RunOutcome(System.nanoTime() - start, rows);
  }
}
