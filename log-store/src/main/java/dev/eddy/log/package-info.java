/**
 * Eddy's durable, partitioned log.
 *
 * <h2>API</h2>
 * {@link dev.eddy.log.LogStore} (topics, group offsets) &rarr; {@link dev.eddy.log.TopicLog} &rarr;
 * {@link dev.eddy.log.PartitionLog} (append, read, long-poll, offset lookups), configured by
 * {@link dev.eddy.log.TopicConfig}. Every exception extends {@link dev.eddy.log.LogException}.
 *
 * <h2>Embedded implementation, by layer</h2>
 * <ul>
 *   <li>{@link dev.eddy.log.FileLogStore} &mdash; data directory, topics, background threads,
 *       clean-shutdown marker. {@code FileTopicLog}, {@code TopicMetadataFile}, {@code TopicNames}.</li>
 *   <li>{@code FilePartitionLog} &mdash; one writer, many readers; {@code HighWatermark} (visibility,
 *       long-poll), {@code GroupCommit} (shared fsync), {@code RecoveryPointFile}.</li>
 *   <li>{@code LogSegments}, {@code LogSegment} &mdash; the {@code .log} file of batches;
 *       {@code AbstractIndex}, {@code OffsetIndex}, {@code TimeIndex} &mdash; its sparse indexes;
 *       {@code LogFileNames}.</li>
 *   <li>{@code RecordBatchEncoder} (the batch format, documented there), {@code RecordBatch} (reads
 *       and validates one), {@code Varints}.</li>
 *   <li>{@code LogLoader} (open and recover), {@code RetentionEnforcer}, {@code LogCleaner}
 *       (compaction), {@code SegmentSwap} (crash-safe replacement), {@code DurableFiles}.</li>
 *   <li>{@code FileGroupOffsets}, {@code GroupOffsetCodec} &mdash; group offsets in the compacted
 *       {@code __consumer_offsets} topic.</li>
 * </ul>
 */
package dev.eddy.log;
