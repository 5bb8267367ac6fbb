package dev.eddy.engine.function;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import org.apache.calcite.avatica.util.ByteString;

/**
 * Conversions between Calcite's internal values (what rows hold) and the Java values of the UDF
 * API, called by generated code around each function call. All are null-safe: ksqlDB hands
 * NULLs to functions and lets each decide.
 *
 * <p>DATE is days since the epoch and TIME milliseconds of the day in Calcite; the UDF API uses
 * {@code java.sql} types holding UTC epoch milliseconds, as ksqlDB does.
 */
public final class JavaValues {

  private static final long MILLIS_PER_DAY = 86_400_000L;

  private JavaValues() {}

  public static Date toDate(Integer days) {
    return days == null ? null : new Date(days * MILLIS_PER_DAY);
  }

  public static Integer fromDate(Date date) {
    return date == null ? null : (int) Math.floorDiv(date.getTime(), MILLIS_PER_DAY);
  }

  public static Time toTime(Integer millisOfDay) {
    return millisOfDay == null ? null : new Time(millisOfDay);
  }

  public static Integer fromTime(Time time) {
    return time == null ? null : (int) Math.floorMod(time.getTime(), MILLIS_PER_DAY);
  }

  public static Timestamp toTimestamp(Long epochMillis) {
    return epochMillis == null ? null : new Timestamp(epochMillis);
  }

  public static Long fromTimestamp(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.getTime();
  }

  /** A read-only view: the function must not change the row's bytes. */
  public static ByteBuffer toByteBuffer(ByteString bytes) {
    return bytes == null ? null : ByteBuffer.wrap(bytes.getBytes()).asReadOnlyBuffer();
  }

  /** Copies the buffer's remaining bytes, leaving its position untouched. */
  public static ByteString fromByteBuffer(ByteBuffer buffer) {
    if (buffer == null) {
      return null;
    }
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return new ByteString(bytes);
  }

  // Implicit widening of arguments (ksqlDB: INTEGER -> BIGINT -> DECIMAL -> DOUBLE), and the
  // narrow Calcite types (TINYINT, SMALLINT, REAL) that functions see as INTEGER or DOUBLE.

  public static Integer toInteger(Number n) {
    return n == null ? null : n.intValue();
  }

  public static Long toLong(Number n) {
    return n == null ? null : n.longValue();
  }

  public static Double toDouble(Number n) {
    return n == null ? null : n.doubleValue();
  }

  public static BigDecimal toDecimal(Number n) {
    if (n == null) {
      return null;
    }
    if (n instanceof BigDecimal d) {
      return d;
    }
    if (n instanceof Double || n instanceof Float) {
      return BigDecimal.valueOf(n.doubleValue());
    }
    return BigDecimal.valueOf(n.longValue());
  }
}
