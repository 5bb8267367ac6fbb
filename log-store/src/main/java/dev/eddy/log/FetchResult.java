package dev.eddy.log;

import java.util.List;

/**
 * Records read from a partition.
 *
 * @param records the records, in offset order (a compacted partition may have gaps)
 * @param nextOffset where the next read should start
 * @param endOffset the partition's end offset as visible when the read ran
 */
public record FetchResult(List<LogRecord> records, long nextOffset, long endOffset) {}
