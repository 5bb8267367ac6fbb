package dev.eddy.log;

import java.util.List;
import java.util.OptionalLong;

/**
 * One partition of a topic: an append-only sequence of records, each with an offset assigned on
 * append. Appends are serialized (one writer at a time); any number of readers run concurrently.
 *
 * <p>Readers see whole batches only: every record of a batch or none of it. Under
 * {@code flush.policy=every-batch} a batch becomes visible only once it is durable, so nothing
 * downstream acts on data that a crash could take back.
 *
 * <p>Offsets grow by one per record but a compacted partition has gaps: reads skip them.
 */
public interface PartitionLog {

  /**
   * Appends the records as one batch (atomic: readers see all or none), assigns offsets, returns
   * once durable under the topic's flush.policy.
   *
   * @throws IllegalArgumentException if {@code records} is empty
   */
  AppendResult append(List<Record> records);

  /**
   * Whole batches starting at the batch containing {@code fromOffset} (records before
   * {@code fromOffset} dropped), up to about {@code maxBytes} but at least one batch if any is
   * visible. Never blocks.
   *
   * <p>A {@code fromOffset} below {@link #earliestOffset()} (data removed by retention) reads from
   * the earliest offset; {@link FetchResult#nextOffset()} shows where the read really started
   * from.
   *
   * @throws OffsetOutOfRangeException if {@code fromOffset} is negative or past {@link #endOffset()}
   * @throws CorruptRecordException if a stored batch fails its CRC check
   */
  FetchResult read(long fromOffset, int maxBytes);

  /**
   * As {@link #read(long, int)}, but if nothing is visible past {@code fromOffset} waits until an
   * append makes something visible or {@code maxWaitMs} passes. The wait is woken by the append,
   * not by polling.
   */
  FetchResult read(long fromOffset, int maxBytes, long maxWaitMs) throws InterruptedException;

  /** The first offset still stored (retention moves it forward). */
  long earliestOffset();

  /** The next offset to be assigned, as visible to readers. */
  long endOffset();

  /**
   * The first offset whose record timestamp is {@code >= timestampMs}, found through the time
   * index and a scan; empty if there is none.
   */
  OptionalLong offsetForTimestamp(long timestampMs);
}
