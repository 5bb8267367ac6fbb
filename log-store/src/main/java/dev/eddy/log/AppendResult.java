package dev.eddy.log;

/** The offsets assigned to an appended batch: {@code firstOffset..lastOffset}, inclusive. */
public record AppendResult(long firstOffset, long lastOffset) {}
