package dev.eddy.bench.window;

import dev.eddy.engine.Session;
import dev.eddy.engine.StatementResult;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The window aggregate's counters and state of a running Eddy query, read the way a user reads
 * them: from {@code EXPLAIN ANALYZE <query id>}, the engine's public face. One partition, so one
 * task and one aggregate line.
 *
 * @param state the query's state as EXPLAIN ANALYZE names it: RUNNING, FAILED, ...
 * @param rowsOut changes the aggregate emitted
 * @param stateKeys (key, window) entries in the aggregate's store
 * @param stateBytes their encoded size as of the task's last commit
 * @param committedOffset the task's committed source offset, -1 before its first commit
 * @param materializedKeys rows the query keeps for pull queries (a second store), -1 if none
 * @param materializedBytes their encoded size as of the last commit, -1 if none
 * @param text the whole EXPLAIN ANALYZE output, for a failure message
 */
record AggregateCounters(String state, long rowsOut, long stateKeys, long stateBytes, long committedOffset,
    long materializedKeys, long materializedBytes, String text) {

  private static final Pattern QUERY = Pattern.compile("^Query \\S+ \\((\\w+)\\)");
  private static final Pattern AGGREGATE = Pattern.compile(
      "WindowAggregate\\{in=\\d+, out=(\\d+),.*state keys=(\\d+), state bytes=(\\d+)");
  private static final Pattern MATERIALIZE = Pattern.compile(
      "Materialize\\{.*state keys=(\\d+), state bytes=(\\d+)");
  private static final Pattern TASK = Pattern.compile("committed offset (-?\\d+)");

  static AggregateCounters read(Session session, String queryId) {
    List<StatementResult> results = session.execute("EXPLAIN ANALYZE " + queryId + ";");
    StatementResult.Table table = (StatementResult.Table) results.get(0);
    String text = table.rows().stream().map(row -> String.valueOf(row.get(0))).collect(Collectors.joining("\n"));
    Matcher query = QUERY.matcher(text);
    Matcher aggregate = AGGREGATE.matcher(text);
    Matcher task = TASK.matcher(text);
    if (!query.find() || !aggregate.find() || !task.find()) {
      throw new IllegalStateException("EXPLAIN ANALYZE " + queryId + " shows no window aggregate and task:\n" + text);
    }
    Matcher materialize = MATERIALIZE.matcher(text);
    boolean materialized = materialize.find();
    return new AggregateCounters(query.group(1), Long.parseLong(aggregate.group(1)),
        Long.parseLong(aggregate.group(2)), Long.parseLong(aggregate.group(3)), Long.parseLong(task.group(1)),
        materialized ? Long.parseLong(materialize.group(1)) : -1, materialized ? Long.parseLong(materialize.group(2)) : -1,
        text);
  }
}
