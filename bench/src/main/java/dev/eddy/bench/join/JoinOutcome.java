package dev.eddy.bench.join;

/**
 * What one engine's run left, beside its timing.
 *
 * @param records input records the run was fed
 * @param output the digest of its output topic, read after the run
 * @param tombstones null values in the output (a join to a stream writes none)
 * @param stateKeys keys in the join's state store, -1 where not measured
 * @param stateBytes their encoded bytes, -1 where not measured
 */
record JoinOutcome(long records, JoinDigest.Digest output, long tombstones, long stateKeys, long stateBytes) {}
