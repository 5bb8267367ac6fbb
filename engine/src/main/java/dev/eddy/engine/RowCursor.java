package dev.eddy.engine;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The rows of a running query as a blocking sequence. One thread reads; any thread may
 * {@link #close()}, which wakes a blocked reader and stops the query behind the cursor.
 *
 * <p>Values are external Java values: Boolean, Integer, Long, Double, BigDecimal, String,
 * byte[], LocalDate, LocalTime, LocalDateTime (UTC), List, Map and, for STRUCT, an ordered
 * Map of field name to value.
 */
public interface RowCursor extends AutoCloseable {

  /** The next row, waiting as long as it takes; null once the query has ended (LIMIT, close). */
  List<Object> next() throws InterruptedException;

  /** The next row, or null if none arrived within the timeout or the query has ended. */
  List<Object> poll(long timeout, TimeUnit unit) throws InterruptedException;

  /** Whether the query has ended and every row has been read. */
  boolean isDone();

  /** Stops the query; a reader blocked in {@link #next()} returns null. Idempotent. */
  @Override void close();
}
