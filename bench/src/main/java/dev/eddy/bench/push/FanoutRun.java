package dev.eddy.bench.push;

/**
 * What one run of the push fan-out measured.
 *
 * @param p50Micros median time from an insert's ack to the row's arrival at a client
 * @param p99Micros 99th percentile of the same
 * @param heapBytes heap in use, after a full GC, while the clients listened and the last rows drained
 * @param delivered rows that reached clients, over all clients
 * @param expected rows × clients
 * @param cutOff clients whose stream ended before every row arrived (too slow, see the engine)
 * @param beforeAck rows that reached a client before their ack reached the inserter (counted as 0 µs)
 */
record FanoutRun(long p50Micros, long p99Micros, long heapBytes, long delivered,
    long expected, int cutOff, long beforeAck) {}
