package dev.eddy.log;

import java.util.List;
import java.util.Optional;

/**
 * The log Eddy's engine talks to: named topics of partitioned, durable, append-only record logs,
 * plus consumer-group offsets.
 *
 * <p>The embedded implementation is {@link FileLogStore#open(java.nio.file.Path)}; an Apache Kafka
 * backend may implement it later, so the interface stays narrow. Implementations are thread-safe.
 */
public interface LogStore extends AutoCloseable {

  /**
   * Creates a topic.
   *
   * @throws InvalidTopicException if the name breaks a naming rule (the message names the rule); nothing is created
   * @throws TopicExistsException if a topic of that name exists
   */
  TopicDescription createTopic(String name, TopicConfig config);

  /** Names of all topics, sorted; internal topics (names starting with {@code "__"}) included. */
  List<String> listTopics();

  /** The topic's config and per-partition extent, or empty if there is no such topic. */
  Optional<TopicDescription> describeTopic(String name);

  /**
   * Deletes a topic and all its data.
   *
   * @throws UnknownTopicException if there is no such topic
   */
  void deleteTopic(String name);

  /**
   * The topic's log.
   *
   * @throws UnknownTopicException if there is no such topic
   */
  TopicLog topic(String name);

  /** Committed consumer-group offsets. */
  GroupOffsets groupOffsets();

  /** Clean shutdown: flushes every partition and writes the clean-shutdown marker. */
  @Override
  void close();
}
