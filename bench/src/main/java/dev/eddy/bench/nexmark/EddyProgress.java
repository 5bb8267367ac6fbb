package dev.eddy.bench.nexmark;

import dev.eddy.engine.Session;
import dev.eddy.engine.StatementResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A running Eddy query's progress, read as a user reads it: from {@code EXPLAIN ANALYZE}. One
 * line per task (its stage, source partition, records read and committed offset), and the
 * {@code in}/{@code out} counts of each operator.
 *
 * @param state RUNNING, FAILED, ...
 * @param tasks the tasks, in the order EXPLAIN ANALYZE lists them
 * @param counters every task's records read and every operator's in/out counts, as one string:
 *     it stops changing when the query has nothing left to do (the commit that follows does not
 *     change it)
 * @param text the whole output, for a failure message
 */
record EddyProgress(String state, List<TaskProgress> tasks, String counters, String text) {

  private static final Pattern QUERY = Pattern.compile("^Query \\S+ \\((\\w+)\\)");
  private static final Pattern TASK = Pattern.compile(
      "^task \\S+-(\\d+)-\\d+ \\[\\w+\\] source (\\S+)-(\\d+): records read (\\d+), skipped \\d+, committed offset (-?\\d+)");
  private static final Pattern OPERATOR = Pattern.compile("^\\s+\\d+:\\w+\\{in=(\\d+), out=(\\d+)");

  /**
   * @param stage 0 for tasks reading an input topic, then one more per repartition
   * @param lastOut rows the task's last operator emitted: for a stage that feeds a repartition,
   *     the records it appended to the internal topic
   */
  record TaskProgress(int stage, String topic, int partition, long recordsRead, long committedOffset, long lastOut) {}

  /** How many records each partition of the input topics holds. */
  interface InputEnds {
    long end(String topic, int partition);
  }

  static EddyProgress read(Session session, String queryId) {
    StatementResult.Table table = (StatementResult.Table) session.execute("EXPLAIN ANALYZE " + queryId + ";").get(0);
    String text = table.rows().stream().map(row -> String.valueOf(row.get(0))).collect(Collectors.joining("\n"));
    String state = null;
    List<TaskProgress> tasks = new ArrayList<>();
    StringBuilder counters = new StringBuilder();
    TaskProgress current = null;
    for (String line : text.split("\n")) {
      Matcher query = QUERY.matcher(line);
      Matcher task = TASK.matcher(line);
      Matcher operator = OPERATOR.matcher(line);
      if (state == null && query.find()) {
        state = query.group(1);
      } else if (task.find()) {
        if (current != null) {
          tasks.add(current);
        }
        current = new TaskProgress(Integer.parseInt(task.group(1)), task.group(2), Integer.parseInt(task.group(3)),
            Long.parseLong(task.group(4)), Long.parseLong(task.group(5)), 0);
        counters.append(current.recordsRead()).append(';');
      } else if (operator.find() && current != null) {
        current = new TaskProgress(current.stage(), current.topic(), current.partition(), current.recordsRead(),
            current.committedOffset(), Long.parseLong(operator.group(2)));
        counters.append(operator.group(1)).append('/').append(operator.group(2)).append(';');
      }
    }
    if (current != null) {
      tasks.add(current);
    }
    if (state == null || tasks.isEmpty()) {
      throw new IllegalStateException("EXPLAIN ANALYZE " + queryId + " shows no query state or task:\n" + text);
    }
    return new EddyProgress(state, tasks, counters.toString(), text);
  }

  /**
   * Whether the query has read and committed everything: each input task up to its partition's
   * end, each later stage every record the stage before it emitted. A task commits only once its
   * output is durable, so this also says the sink holds the last result.
   */
  boolean finished(InputEnds input) {
    int stages = tasks.stream().mapToInt(TaskProgress::stage).max().orElse(0) + 1;
    for (int stage = 0; stage < stages; stage++) {
      long read = 0;
      for (TaskProgress task : tasks) {
        if (task.stage() != stage) {
          continue;
        }
        read += task.recordsRead();
        long end = stage == 0 ? input.end(task.topic(), task.partition()) : task.recordsRead();
        if (task.committedOffset() != end || (stage == 0 && task.recordsRead() != end)) {
          return false;
        }
      }
      if (stage > 0 && read != emitted(stage - 1)) {
        return false;
      }
    }
    return true;
  }

  private long emitted(int stage) {
    return tasks.stream().filter(t -> t.stage() == stage).mapToLong(TaskProgress::lastOut).sum();
  }
}
