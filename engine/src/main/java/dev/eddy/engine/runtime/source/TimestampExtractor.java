package dev.eddy.engine.runtime.source;

import dev.eddy.log.LogRecord;

/**
 * Gives a decoded source row its event time ({@code ROWTIME}, epoch ms): the record timestamp,
 * or a column named by the source's {@code TIMESTAMP} property. Chosen once per source.
 *
 * <p>Contract: returns a non-negative time or throws {@link InvalidTimestampException}, after
 * which the record is skipped and logged — as ksqlDB does for records without a usable time.
 */
@FunctionalInterface
public interface TimestampExtractor {

  long extract(LogRecord record, Object[] row);

  /** The record's own timestamp (the default). */
  static TimestampExtractor recordTime() {
    return (record, row) -> {
      if (record.timestamp() < 0) {
        throw new InvalidTimestampException("Invalid record timestamp " + record.timestamp());
      }
      return record.timestamp();
    };
  }
}
