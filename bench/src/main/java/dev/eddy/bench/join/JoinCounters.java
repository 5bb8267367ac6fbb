package dev.eddy.bench.join;

import dev.eddy.engine.Session;
import dev.eddy.engine.StatementResult;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A running Eddy join query's counters, read the way a user reads them: from
 * {@code EXPLAIN ANALYZE <query id>}. The join operator is found by name; the rows it hands
 * the sink are the out count of the operator that follows it (the SELECT's projection).
 *
 * @param state the query's state as EXPLAIN ANALYZE names it: RUNNING, FAILED, ...
 * @param joinIn rows into the join, both sides
 * @param joinOut rows the join emitted
 * @param rowsOut rows the last operator handed the sink
 * @param stateKeys keys in the join's store
 * @param stateBytes their encoded size as of the task's last commit
 * @param text the whole EXPLAIN ANALYZE output, for a failure message
 */
record JoinCounters(String state, long joinIn, long joinOut, long rowsOut, long stateKeys, long stateBytes,
    String text) {

  private static final Pattern QUERY = Pattern.compile("^Query \\S+ \\((\\w+)\\)");
  private static final Pattern JOIN = Pattern.compile(
      "\\d+:\\w+Join\\{in=(\\d+), out=(\\d+),.*?state keys=(\\d+), state bytes=(\\d+)");
  private static final Pattern NEXT = Pattern.compile("\\n  \\d+:\\w+\\{in=\\d+, out=(\\d+)");

  static JoinCounters read(Session session, String queryId) {
    List<StatementResult> results = session.execute("EXPLAIN ANALYZE " + queryId + ";");
    StatementResult.Table table = (StatementResult.Table) results.get(0);
    String text = table.rows().stream().map(row -> String.valueOf(row.get(0))).collect(Collectors.joining("\n"));
    Matcher query = QUERY.matcher(text);
    Matcher join = JOIN.matcher(text);
    if (!query.find() || !join.find()) {
      throw new IllegalStateException("EXPLAIN ANALYZE " + queryId + " shows no join operator:\n" + text);
    }
    Matcher next = NEXT.matcher(text);
    long rowsOut = next.find(join.end()) ? Long.parseLong(next.group(1)) : Long.parseLong(join.group(2));
    return new JoinCounters(query.group(1), Long.parseLong(join.group(1)), Long.parseLong(join.group(2)), rowsOut,
        Long.parseLong(join.group(3)), Long.parseLong(join.group(4)), text);
  }
}
