package dev.eddy.log;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A topic's config, stored as {@code topic.properties} (Kafka-named keys, see {@link TopicConfig})
 * in the topic directory, replaced atomically.
 */
final class TopicMetadataFile {

  static final String FILE_NAME = "topic.properties";

  private TopicMetadataFile() {}

  static void write(Path topicDir, TopicConfig config) {
    StringBuilder text = new StringBuilder("# Eddy topic config\n");
    config.toProperties().forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    DurableFiles.writeAtomically(topicDir.resolve(FILE_NAME), text.toString().getBytes(StandardCharsets.UTF_8));
  }

  static TopicConfig read(Path topicDir) {
    Path file = topicDir.resolve(FILE_NAME);
    Properties props = new Properties();
    try {
      props.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new LogStorageException("cannot read topic config " + file + ": " + e.getMessage(), e);
    }
    Map<String, String> map = new LinkedHashMap<>();
    props.stringPropertyNames().forEach(k -> map.put(k, props.getProperty(k)));
    try {
      return TopicConfig.fromProperties(map);
    } catch (IllegalArgumentException e) {
      throw new LogStorageException("invalid topic config " + file + ": " + e.getMessage(), e);
    }
  }
}
