package dev.eddy.bench.join;

import java.util.List;
import org.apache.kafka.streams.Topology;

/**
 * One join benchmark's whole definition, shared by both engines' trials: the input, Eddy's
 * statements, the peer's topology, how to read the output, and what the output must be.
 */
interface JoinWorkload {

  /** The benchmark's name, {@code join-stream-table}: the prefix of its RESULT lines. */
  String name();

  JoinInput input();

  /** Eddy's CREATE STREAM / CREATE TABLE statements over {@link JoinInput#topics()}. */
  String eddySources();

  /** Eddy's persistent query; it writes {@link #outputTopic()}. */
  String eddyQuery();

  /** The sink topic both engines write, one partition. */
  String outputTopic();

  /** The Kafka Streams application doing what {@link #eddyQuery()} does, reading the same topics. */
  Topology peerTopology();

  /** The output value's fields, in digest order. */
  List<String> outputFields();

  /** The reference digest of the join over the first {@code records} input records. */
  JoinDigest.Digest expected(int records);

  /** Lines saying what the input, the query and the peer are, for the report. */
  List<String> describe();
}
