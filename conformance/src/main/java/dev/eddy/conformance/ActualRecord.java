package dev.eddy.conformance;

/**
 * A record read back from a topic through {@code PRINT}: key and value are the engine's text
 * rendering of the bytes (null for a null key or a tombstone).
 */
public record ActualRecord(int partition, long offset, Long timestamp, String key, String value) {}
