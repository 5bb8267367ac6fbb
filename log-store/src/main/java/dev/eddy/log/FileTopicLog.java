package dev.eddy.log;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A topic of a {@link FileLogStore}: directory {@code <data>/topics/<name>/} holding
 * {@code topic.properties} and one directory per partition, named by its number.
 */
final class FileTopicLog implements TopicLog {

  private final String name;
  private final TopicConfig config;
  private final Path dir;
  private final FilePartitionLog[] partitions;

  private FileTopicLog(String name, TopicConfig config, Path dir, FilePartitionLog[] partitions) {
    this.name = name;
    this.config = config;
    this.dir = dir;
    this.partitions = partitions;
  }

  /** Opens (recovering if {@code cleanShutdown} is false) every partition of the topic in {@code dir}. */
  static FileTopicLog open(String name, Path dir, boolean cleanShutdown, Clock clock,
      FilePartitionLog.SegmentRetirer retirer) {
    TopicConfig config = TopicMetadataFile.read(dir);
    FilePartitionLog[] partitions = new FilePartitionLog[config.partitions()];
    try {
      for (int p = 0; p < partitions.length; p++) {
        Path partitionDir = dir.resolve(Integer.toString(p));
        LogLoader.LoadedLog loaded = LogLoader.load(partitionDir, config, cleanShutdown, clock.millis());
        partitions[p] = new FilePartitionLog(new TopicPartition(name, p), partitionDir, config, clock, loaded, retirer);
      }
    } catch (RuntimeException e) {
      for (FilePartitionLog opened : partitions) {
        if (opened != null) {
          opened.close();
        }
      }
      throw e;
    }
    return new FileTopicLog(name, config, dir, partitions);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public TopicConfig config() {
    return config;
  }

  @Override
  public int partitionCount() {
    return partitions.length;
  }

  @Override
  public FilePartitionLog partition(int partition) {
    if (partition < 0 || partition >= partitions.length) {
      throw new UnknownPartitionException("topic '" + name + "' has partitions 0 to " + (partitions.length - 1)
          + ", not " + partition);
    }
    return partitions[partition];
  }

  List<FilePartitionLog> partitions() {
    return List.of(partitions);
  }

  Path dir() {
    return dir;
  }

  TopicDescription describe() {
    List<PartitionDescription> descriptions = new ArrayList<>(partitions.length);
    for (FilePartitionLog p : partitions) {
      descriptions.add(p.describe());
    }
    return new TopicDescription(name, config, descriptions);
  }

  void close() {
    for (FilePartitionLog p : partitions) {
      p.close();
    }
  }
}
