package dev.eddy.log;

/** The extent of one partition: its offsets, bytes on disk and number of segments. */
public record PartitionDescription(int partition, long earliestOffset, long endOffset, long sizeBytes, int segmentCount) {}
