package dev.eddy.log;

import java.util.List;
import java.util.Objects;

/**
 * A record to append. {@code key} and {@code value} may be null; a null value is a tombstone
 * (deletes the key in a compacted topic). The arrays are not copied: callers must not change
 * them until {@link PartitionLog#append} returns.
 */
public record Record(byte[] key, byte[] value, long timestamp, List<Header> headers) {

  public Record {
    headers = headers == null ? List.of() : headers;
  }

  public Record(byte[] key, byte[] value, long timestamp) {
    this(key, value, timestamp, List.of());
  }

  /** True if the value is null. */
  public boolean isTombstone() {
    return value == null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Record r
        && timestamp == r.timestamp
        && java.util.Arrays.equals(key, r.key)
        && java.util.Arrays.equals(value, r.value)
        && headers.equals(r.headers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(java.util.Arrays.hashCode(key), java.util.Arrays.hashCode(value), timestamp, headers);
  }

  @Override
  public String toString() {
    return "Record[key=" + Bytes.describe(key) + ", value=" + Bytes.describe(value)
        + ", timestamp=" + timestamp + ", headers=" + headers + "]";
  }
}
