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
   * @param stage the stage's number in the task's id: the tasks reading input topics come first,
   *     one stage a topic; then one stage more per repartition, the last one writing the sink
   * @param topic the task's first source: an input topic, or an internal ({@code _eddy-}) one
   * @param committedOffset the committed offset of the first source only (a join's task reads two)
   * @param firstIn rows the task's first operator took in: those read from its first source
   * @param lastOut rows the task's last operator emitted: for a stage that feeds a repartition,
   *     the records it appended to the internal topic
   */
  record TaskProgress(int stage, String topic, int partition, long recordsRead, long committedOffset, long firstIn,
      long lastOut) {

    boolean internal() {
      return topic.startsWith("_eddy-");
    }
  }

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
            Long.parseLong(task.group(4)), Long.parseLong(task.group(5)), -1, 0);
        counters.append(current.recordsRead()).append(';');
      } else if (operator.find() && current != null) {
        long in = Long.parseLong(operator.group(1));
        current = new TaskProgress(current.stage(), current.topic(), current.partition(), current.recordsRead(),
            current.committedOffset(), current.firstIn() < 0 ? in : current.firstIn(), Long.parseLong(operator.group(2)));
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
   * Whether the query has read and committed everything: each task of an input topic up to its
   * partition's end; the tasks of internal topics, together, every record the stages before the
   * last emitted, each having committed what it read from its first source. A task commits only
   * once its output is durable, and one commit covers all its sources, so with the counters at
   * rest this also says the sink holds the last result.
   */
  boolean finished(InputEnds input) {
    int last = tasks.stream().mapToInt(TaskProgress::stage).max().orElse(0);
    long internalRead = 0;
    long emittedToInternal = 0;
    for (TaskProgress task : tasks) {
      if (task.internal()) {
        internalRead += task.recordsRead();
        if (task.committedOffset() != task.firstIn()) {
          return false;
        }
      } else {
        long end = input.end(task.topic(), task.partition());
        if (task.committedOffset() != end || task.recordsRead() != end) {
          return false;
        }
      }
      if (task.stage() != last) {
        emittedToInternal += task.lastOut();
      }
    }
    return internalRead == emittedToInternal;
  }
}
