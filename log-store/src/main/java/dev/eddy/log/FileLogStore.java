package dev.eddy.log;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded, file-based {@link LogStore}.
 *
 * <h2>Data directory</h2>
 * <pre>
 *   &lt;data&gt;/.lock                          held (OS file lock) while a store has the directory open
 *   &lt;data&gt;/.clean-shutdown                written by {@link #close()}, deleted on open
 *   &lt;data&gt;/topics/&lt;topic&gt;/topic.properties  the topic's {@link TopicConfig}
 *   &lt;data&gt;/topics/&lt;topic&gt;/&lt;partition&gt;/      segments (see {@link LogSegment}) and recovery-point
 *   &lt;data&gt;/staging/                       topics being created (renamed into topics/ when complete)
 *   &lt;data&gt;/trash/                         topics being deleted
 * </pre>
 * A topic appears in {@code topics/} by one rename, fully formed, and leaves it by one rename, so
 * a crash never leaves half a topic behind.
 *
 * <h2>Threads</h2>
 * Two daemon threads owned by the store ({@code BackgroundTasks}): a flusher for interval flushes
 * and recovery-point checkpoints, and a maintenance thread running retention and compaction every
 * {@link LogStoreOptions#maintenanceIntervalMs()} and closing retired segments after
 * {@link LogStoreOptions#fileDeleteDelayMs()}. {@link #runMaintenanceNow()} runs the same pass on
 * the caller's thread.
 *
 * <h2>Recovery</h2>
 * Opening without a clean-shutdown marker re-validates every partition after its recovery point
 * ({@link LogLoader}).
 */
public final class FileLogStore implements LogStore {

  static final String CLEAN_SHUTDOWN_MARKER = ".clean-shutdown";
  private static final Logger LOG = LoggerFactory.getLogger(FileLogStore.class);

  private final Path dataDir;
  private final Path topicsDir;
  private final Path stagingDir;
  private final Path trashDir;
  private final LogStoreOptions options;
  private final DataDirectoryLock lock;

  private final Map<String, FileTopicLog> topics = new ConcurrentHashMap<>();
  private final Object adminLock = new Object();
  private final ReentrantLock maintenanceLock = new ReentrantLock();
  private final BackgroundTasks background;
  private final LogCleaner cleaner = new LogCleaner();
  private FileGroupOffsets groupOffsets;
  private volatile boolean closed;

  private FileLogStore(Path dataDir, LogStoreOptions options, DataDirectoryLock lock) {
    this.dataDir = dataDir;
    this.topicsDir = dataDir.resolve("topics");
    this.stagingDir = dataDir.resolve("staging");
    this.trashDir = dataDir.resolve("trash");
    this.options = options;
    this.lock = lock;
    this.background = new BackgroundTasks(options.fileDeleteDelayMs());
  }

  /** Opens (creating if needed) the store in {@code dataDir} with default options. */
  public static FileLogStore open(Path dataDir) {
    return open(dataDir, LogStoreOptions.DEFAULT);
  }

  /**
   * Opens (creating if needed) the store in {@code dataDir}, recovering after a crash.
   *
   * @throws LogStorageException if another store (in this or another process) has it open, or on I/O failure
   */
  public static FileLogStore open(Path dataDir, LogStoreOptions options) {
    Objects.requireNonNull(options, "options");
    DurableFiles.createDirectories(dataDir);
    DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
    FileLogStore store = new FileLogStore(dataDir, options, lock);
    try {
      store.load();
    } catch (RuntimeException e) {
      store.abandon();
      throw e;
    }
    return store;
  }

  private void load() {
    DurableFiles.createDirectories(topicsDir);
    DurableFiles.deleteRecursively(stagingDir);
    DurableFiles.deleteRecursively(trashDir);
    DurableFiles.createDirectories(stagingDir);
    DurableFiles.createDirectories(trashDir);
    DurableFiles.fsyncDirectory(dataDir);
    Path marker = dataDir.resolve(CLEAN_SHUTDOWN_MARKER);
    boolean cleanShutdown = Files.exists(marker);
    if (cleanShutdown) {
      try {
        // From here on a crash must be noticed by the next open.
        Files.delete(marker);
      } catch (IOException e) {
        throw new LogStorageException("cannot delete clean-shutdown marker " + marker + ": " + e.getMessage(), e);
      }
      DurableFiles.fsyncDirectory(dataDir);
    }
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(topicsDir, Files::isDirectory)) {
      for (Path dir : dirs) {
        String name = dir.getFileName().toString();
        try {
          TopicNames.validate(name);
        } catch (InvalidTopicException e) {
          // Not ours (e.g. lost+found): leave it alone rather than refuse to open.
          LOG.warn("Ignoring directory {}, which is not a topic: {}", dir, e.getMessage());
          continue;
        }
        FileTopicLog topic = FileTopicLog.open(name, dir, cleanShutdown, options.clock(), background::retire);
        topics.put(name, topic);
        background.scheduleIntervalFlush(topic);
      }
    } catch (IOException e) {
      throw new LogStorageException("cannot list topics in " + topicsDir + ": " + e.getMessage(), e);
    }
    if (!topics.containsKey(FileGroupOffsets.TOPIC)) {
      createTopic(FileGroupOffsets.TOPIC, FileGroupOffsets.TOPIC_CONFIG);
    }
    groupOffsets = FileGroupOffsets.load(topics.get(FileGroupOffsets.TOPIC).partition(0));
    background.scheduleMaintenance(this::runScheduledMaintenance, options.maintenanceIntervalMs());
    background.scheduleCheckpoints(this::checkpointRecoveryPoints, options.recoveryPointIntervalMs());
    LOG.info("Opened log store {} with {} topic(s); {}", dataDir, topics.size(),
        cleanShutdown ? "clean shutdown, nothing re-validated" : "no clean-shutdown marker, recovered past each recovery point");
  }

  @Override
  public TopicDescription createTopic(String name, TopicConfig config) {
    TopicNames.validate(name);
    Objects.requireNonNull(config, "config");
    synchronized (adminLock) {
      ensureOpen();
      if (topics.containsKey(name)) {
        throw new TopicExistsException("topic '" + name + "' already exists");
      }
      Path staging = stagingDir.resolve(name);
      DurableFiles.deleteRecursively(staging);
      DurableFiles.createDirectories(staging);
      TopicMetadataFile.write(staging, config);
      for (int p = 0; p < config.partitions(); p++) {
        DurableFiles.createDirectories(staging.resolve(Integer.toString(p)));
      }
      // The partition directories' entries must be durable before acknowledged data can live in them.
      DurableFiles.fsyncDirectory(staging);
      Path dir = topicsDir.resolve(name);
      DurableFiles.move(staging, dir);
      DurableFiles.fsyncDirectory(topicsDir);
      FileTopicLog topic = FileTopicLog.open(name, dir, true, options.clock(), background::retire);
      topics.put(name, topic);
      background.scheduleIntervalFlush(topic);
      return topic.describe();
    }
  }

  @Override
  public List<String> listTopics() {
    List<String> names = new ArrayList<>(topics.keySet());
    names.sort(null);
    return names;
  }

  @Override
  public Optional<TopicDescription> describeTopic(String name) {
    FileTopicLog topic = topics.get(name);
    return topic == null ? Optional.empty() : Optional.of(topic.describe());
  }

  @Override
  public void deleteTopic(String name) {
    maintenanceLock.lock();
    try {
      synchronized (adminLock) {
        ensureOpen();
        if (FileGroupOffsets.TOPIC.equals(name)) {
          throw new InvalidTopicException("topic '" + name + "' is internal and cannot be deleted");
        }
        FileTopicLog topic = topics.remove(name);
        if (topic == null) {
          throw new UnknownTopicException("unknown topic '" + name + "'");
        }
        background.cancelIntervalFlush(name);
        topic.close();
        Path trash = trashDir.resolve(name + "-" + System.nanoTime());
        DurableFiles.move(topic.dir(), trash);
        DurableFiles.fsyncDirectory(topicsDir);
        DurableFiles.deleteRecursively(trash);
      }
    } finally {
      maintenanceLock.unlock();
    }
  }

  @Override
  public TopicLog topic(String name) {
    FileTopicLog topic = topics.get(name);
    if (topic == null) {
      throw new UnknownTopicException("unknown topic '" + name + "'");
    }
    return topic;
  }

  @Override
  public GroupOffsets groupOffsets() {
    return groupOffsets;
  }

  /** The data directory this store runs on. */
  public Path dataDir() {
    return dataDir;
  }

  /**
   * Runs retention and compaction on every partition now, on the caller's thread (the background
   * schedule does the same). A failure in one partition is logged and does not stop the others.
   */
  public void runMaintenanceNow() {
    maintenanceLock.lock();
    try {
      ensureOpen();
      long now = options.clock().millis();
      for (FileTopicLog topic : topics.values()) {
        for (FilePartitionLog partition : topic.partitions()) {
          maintain(partition, now);
        }
      }
    } finally {
      maintenanceLock.unlock();
    }
  }

  private void maintain(FilePartitionLog partition, long now) {
    try {
      RetentionEnforcer.enforce(partition, now);
      cleaner.clean(partition, now);
    } catch (LogClosedException e) {
      LOG.debug("Skipping maintenance of closed partition {}", partition.topicPartition());
    } catch (RuntimeException e) {
      LOG.warn("Maintenance of {} failed; will retry at the next run", partition.topicPartition(), e);
    }
  }

  private void runScheduledMaintenance() {
    if (!closed) {
      runMaintenanceNow();
    }
  }

  private void checkpointRecoveryPoints() {
    for (FileTopicLog topic : topics.values()) {
      for (FilePartitionLog partition : topic.partitions()) {
        if (partition.isClosed()) {
          continue;
        }
        try {
          partition.checkpointRecoveryPoint();
        } catch (RuntimeException e) {
          LOG.warn("Writing the recovery point of {} failed; will retry", partition.topicPartition(), e);
        }
      }
    }
  }

  /** Flushes every partition, writes recovery points and the clean-shutdown marker, releases the directory. */
  @Override
  public void close() {
    synchronized (adminLock) {
      if (closed) {
        return;
      }
      closed = true;
    }
    // A runMaintenanceNow() on another thread must finish before its partitions close under it.
    maintenanceLock.lock();
    maintenanceLock.unlock();
    background.shutdown();
    RuntimeException failure = null;
    for (FileTopicLog topic : topics.values()) {
      for (FilePartitionLog partition : topic.partitions()) {
        try {
          partition.flush();
          partition.checkpointRecoveryPoint();
        } catch (RuntimeException e) {
          if (failure == null) {
            failure = e;
          } else {
            failure.addSuppressed(e);
          }
        }
      }
      topic.close();
    }
    if (failure == null) {
      DurableFiles.writeAtomically(dataDir.resolve(CLEAN_SHUTDOWN_MARKER), new byte[0]);
    }
    lock.release();
    if (failure != null) {
      throw new LogStorageException("log store " + dataDir + " did not shut down cleanly; the next open will recover: "
          + failure.getMessage(), failure);
    }
  }

  /** Releases everything after a failed open, without writing the clean-shutdown marker. */
  private void abandon() {
    closed = true;
    background.shutdownNow();
    topics.values().forEach(FileTopicLog::close);
    lock.release();
  }

  private void ensureOpen() {
    if (closed) {
      throw new LogClosedException("log store " + dataDir + " is closed");
    }
  }
}
