package dev.eddy.engine.query;

import dev.eddy.engine.RowCursor;
import dev.eddy.engine.processinglog.RecordText;
import dev.eddy.log.FetchResult;
import dev.eddy.log.LogRecord;
import dev.eddy.log.TopicLog;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PRINT topic: the topic's records as text, read in the client's own thread, partition by
 * partition. Each row is (ROWTIME, PARTITION, OFFSET, KEY, VALUE); keys and values are shown as
 * UTF-8 text when printable, base64 otherwise.
 */
public final class PrintCursor implements RowCursor {

  private static final int READ_BYTES = 256 * 1024;
  /** How long one partition is waited on before the next is tried, when the topic is idle. */
  private static final long WAIT_PER_PARTITION_MS = 100;

  private final TopicLog topic;
  private final long[] positions;
  private final long interval;
  private final long limit;
  private final ArrayDeque<List<Object>> ready = new ArrayDeque<>();
  private long seen;
  private long delivered;
  private int nextPartition;
  private volatile boolean closed;

  /**
   * @param fromBeginning start at the earliest offsets rather than the end
   * @param interval print every n-th record
   * @param limit the most records to print, or -1 for no limit
   */
  public PrintCursor(TopicLog topic, boolean fromBeginning, long interval, long limit) {
    this.topic = topic;
    this.interval = Math.max(1, interval);
    this.limit = limit;
    this.positions = new long[topic.partitionCount()];
    for (int p = 0; p < positions.length; p++) {
      positions[p] = fromBeginning ? topic.partition(p).earliestOffset() : topic.partition(p).endOffset();
    }
  }

  @Override
  public List<Object> next() throws InterruptedException {
    List<Object> row;
    while ((row = poll(1, TimeUnit.SECONDS)) == null && !isDone()) {
      // Wait on: PRINT runs until its LIMIT or until closed.
    }
    return row;
  }

  @Override
  public List<Object> poll(long timeout, TimeUnit unit) throws InterruptedException {
    long deadline = System.nanoTime() + unit.toNanos(timeout);
    while (ready.isEmpty() && !isDone()) {
      int partition = nextPartition;
      nextPartition = (nextPartition + 1) % positions.length;
      long waitMs = Math.min(WAIT_PER_PARTITION_MS, Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      FetchResult fetched = topic.partition(partition).read(positions[partition], READ_BYTES, waitMs);
      for (LogRecord record : fetched.records()) {
        if (seen++ % interval == 0) {
          ready.add(List.of(Instant.ofEpochMilli(record.timestamp()).toString(), partition, record.offset(),
              String.valueOf(RecordText.describe(record.key())), String.valueOf(RecordText.describe(record.value()))));
        }
      }
      positions[partition] = fetched.nextOffset();
      if (System.nanoTime() >= deadline) {
        break;
      }
    }
    if (ready.isEmpty() || isDone()) {
      return null;
    }
    delivered++;
    return ready.poll();
  }

  @Override
  public boolean isDone() {
    return closed || (limit >= 0 && delivered >= limit);
  }

  @Override
  public void close() {
    closed = true;
  }
}
