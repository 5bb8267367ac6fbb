package dev.eddy.log;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

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
   * Appends the records as one batch like {@link #append}, without waiting for durability, so one
   * writer can keep several batches in flight and one fsync covers them all. {@code append(r)}
   * behaves as {@code appendAsync(r).join()}, except that it throws the failure itself rather than
   * wrapped in a {@link java.util.concurrent.CompletionException}.
   *
   * <p>Contract:
   * <ul>
   *   <li>The batch is written and its offsets assigned before this method returns, in call order:
   *       batches appended (by any method) after this call returns get higher offsets. The records'
   *       arrays are not read after it returns.</li>
   *   <li>Errors found before the batch is written (an empty list, a closed partition, a partition
   *       refusing appends after a failed fsync, a failed write) are thrown by this method.</li>
   *   <li>The future completes once the batch is durable under the topic's {@code flush.policy}:
   *       under {@code every-batch} once an fsync covers it (it becomes visible to readers then, not
   *       before); under {@code interval} and {@code os}, as {@link #append} returns, at once.</li>
   *   <li>Durability is a prefix: when a future completes normally, every batch with lower offsets
   *       is durable too. Futures of one partition complete in offset order.</li>
   *   <li>If the fsync meant to cover the batch fails, or the partition is closed before it is
   *       durable, the future completes exceptionally ({@link LogStorageException},
   *       {@link LogClosedException}); nothing acknowledged so far is affected, but the batch may or
   *       may not survive a crash.</li>
   *   <li>Dependent actions attached with non-async methods may run on the thread that ran the fsync
   *       (a background sync thread or another appender): keep them short and non-blocking.</li>
   * </ul>
   *
   * <p>The default implementation appends synchronously.
   *
   * @throws IllegalArgumentException if {@code records} is empty
   */
  default CompletableFuture<AppendResult> appendAsync(List<Record> records) {
    return CompletableFuture.completedFuture(append(records));
  }

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

  /**
   * Runs {@code callback} once something at or after {@code offset} is visible (at once if it
   * is), or the partition closes: a wait across several partitions, where {@link #read(long,
   * int, long)} waits on one. It runs on the appending thread, so it must be short (wake a
   * waiter). Closing the returned handle before then unregisters it.
   */
  AutoCloseable onDataBeyond(long offset, Runnable callback);

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
