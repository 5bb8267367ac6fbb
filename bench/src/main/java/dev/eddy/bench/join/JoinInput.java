package dev.eddy.bench.join;

import java.util.Arrays;
import java.util.List;

/**
 * The records a join benchmark feeds both engines, generated once before any clock starts, in
 * the one order both read them: Eddy gets each topic's records in this order (one partition a
 * topic) and picks across topics by event time; the peer is piped the records in exactly this
 * order. Generators keep every topic's event times non-decreasing and never give two topics the
 * same time, so that choice and this order agree, and a run over the first N records is a
 * valid input of its own (the warm-up's).
 */
final class JoinInput {

  private final List<String> topics;
  private final byte[] topicOf;
  private final byte[][] keys;
  private final byte[][] values;
  private final long[] times;
  private int size;

  JoinInput(List<String> topics, int capacity) {
    this.topics = List.copyOf(topics);
    this.topicOf = new byte[capacity];
    this.keys = new byte[capacity][];
    this.values = new byte[capacity][];
    this.times = new long[capacity];
  }

  void add(int topic, byte[] key, byte[] value, long time) {
    topicOf[size] = (byte) topic;
    keys[size] = key;
    values[size] = value;
    times[size] = time;
    size++;
  }

  List<String> topics() {
    return topics;
  }

  int size() {
    return size;
  }

  int topic(int i) {
    return topicOf[i];
  }

  byte[] key(int i) {
    return keys[i];
  }

  byte[] value(int i) {
    return values[i];
  }

  long time(int i) {
    return times[i];
  }

  /** Records of the first {@code records} that belong to {@code topic}. */
  long count(int topic, long records) {
    long count = 0;
    for (int i = 0; i < records; i++) {
      count += topicOf[i] == topic ? 1 : 0;
    }
    return count;
  }

  /** Key plus value bytes of the first {@code records}: what a user hands either engine. */
  long payloadBytes(long records) {
    long bytes = 0;
    for (int i = 0; i < records; i++) {
      bytes += keys[i].length + values[i].length;
    }
    return bytes;
  }

  /** Drops the spare capacity once generation is done. */
  JoinInput trimmed() {
    if (size == keys.length) {
      return this;
    }
    JoinInput trimmed = new JoinInput(topics, size);
    System.arraycopy(topicOf, 0, trimmed.topicOf, 0, size);
    System.arraycopy(keys, 0, trimmed.keys, 0, size);
    System.arraycopy(values, 0, trimmed.values, 0, size);
    System.arraycopy(times, 0, trimmed.times, 0, size);
    trimmed.size = size;
    return trimmed;
  }

  @Override
  public String toString() {
    return "JoinInput" + topics + " of " + size + " records, first times "
        + Arrays.toString(Arrays.copyOf(times, Math.min(3, size)));
  }
}
