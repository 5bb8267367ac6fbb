package dev.eddy.log;

import java.util.Objects;

/** A partition of a named topic. */
public record TopicPartition(String topic, int partition) {

  public TopicPartition {
    Objects.requireNonNull(topic, "topic");
  }

  @Override
  public String toString() {
    return topic + "-" + partition;
  }
}
