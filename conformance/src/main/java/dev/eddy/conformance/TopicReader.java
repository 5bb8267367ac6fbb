package dev.eddy.conformance;

import dev.eddy.engine.RowCursor;
import dev.eddy.engine.Session;
import dev.eddy.engine.StatementResult;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads every record of a topic back through {@code PRINT 'topic' FROM BEGINNING}, the only
 * public way to see a topic while the engine holds the log. Persistent queries run on their own
 * threads, so the reader waits until the topic has at least the expected count and then stays
 * quiet for a moment (extra records are a difference too). Short of the count it waits longer
 * for the next record (a query may still be starting), but not until the deadline: a topic that
 * stays idle that long has all it will get, and a failing run should not cost the whole timeout.
 */
final class TopicReader {

  private final Session session;
  private final long quietMillis;
  private final long idleMillis;

  TopicReader(Session session, long quietMillis, long idleMillis) {
    this.session = session;
    this.quietMillis = quietMillis;
    this.idleMillis = idleMillis;
  }

  List<ActualRecord> read(String topic, int expectedCount, long deadlineNanos) throws InterruptedException {
    StatementResult result = session.execute("PRINT '" + topic.replace("'", "''") + "' FROM BEGINNING;").get(0);
    if (!(result instanceof StatementResult.Streaming streaming)) {
      throw new IllegalStateException("PRINT gave no rows: " + result);
    }
    List<ActualRecord> records = new ArrayList<>();
    try (RowCursor rows = streaming.rows()) {
      while (true) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
        if (left <= 0) {
          break;
        }
        long wait = Math.min(records.size() >= expectedCount ? quietMillis : idleMillis, left);
        List<Object> row = rows.poll(wait, TimeUnit.MILLISECONDS);
        if (row == null) {
          break;
        }
        records.add(new ActualRecord(((Number) row.get(1)).intValue(), ((Number) row.get(2)).longValue(),
            epochMillis(row.get(0)), ActualRecord.fromPrinted(text(row.get(3))),
            ActualRecord.fromPrinted(text(row.get(4)))));
      }
    }
    return records;
  }

  private static Long epochMillis(Object rowtime) {
    if (rowtime instanceof Number number) {
      return number.longValue();
    }
    if (rowtime instanceof LocalDateTime time) {
      return time.toInstant(ZoneOffset.UTC).toEpochMilli();
    }
    if (rowtime instanceof String text) {
      // PRINT shows ROWTIME as an ISO-8601 instant, which keeps millisecond precision.
      return Instant.parse(text).toEpochMilli();
    }
    return null;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
