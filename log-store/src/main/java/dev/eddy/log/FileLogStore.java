package dev.eddy.log;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The embedded, file-based {@link LogStore}. (Implementation in progress.) */
public final class FileLogStore implements LogStore {

  private FileLogStore() {}

  public static FileLogStore open(Path dataDir) {
    return open(dataDir, LogStoreOptions.DEFAULT);
  }

  public static FileLogStore open(Path dataDir, LogStoreOptions options) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Runs retention and compaction on every partition now, on the caller's thread. */
  public void runMaintenanceNow() {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public TopicDescription createTopic(String name, TopicConfig config) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public List<String> listTopics() {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public Optional<TopicDescription> describeTopic(String name) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public void deleteTopic(String name) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public TopicLog topic(String name) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public GroupOffsets groupOffsets() {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public void close() {}
}
