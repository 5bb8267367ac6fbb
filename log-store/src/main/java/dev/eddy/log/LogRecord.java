package dev.eddy.log;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A record as read back from a partition, with the offset assigned on append. */
public record LogRecord(long offset, long timestamp, byte[] key, byte[] value, List<Header> headers) {

  public LogRecord {
    headers = headers == null ? List.of() : headers;
  }

  /** The record as it was appended (without its offset). */
  public Record toRecord() {
    return new Record(key, value, timestamp, headers);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LogRecord r
        && offset == r.offset
        && timestamp == r.timestamp
        && Arrays.equals(key, r.key)
        && Arrays.equals(value, r.value)
        && headers.equals(r.headers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(offset, timestamp, Arrays.hashCode(key), Arrays.hashCode(value), headers);
  }

  @Override
  public String toString() {
    return "LogRecord[offset=" + offset + ", timestamp=" + timestamp + ", key=" + Bytes.describe(key)
        + ", value=" + Bytes.describe(value) + ", headers=" + headers + "]";
  }
}
