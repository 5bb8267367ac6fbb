package dev.eddy.log;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
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
 * A flusher thread runs the interval flushes ({@code flush.policy=interval}) and writes recovery
 * points; a maintenance thread runs retention and compaction every
 * {@link LogStoreOptions#maintenanceIntervalMs()} and closes retired segments after
 * {@link LogStoreOptions#fileDeleteDelayMs()}. Both are daemon threads owned by the store.
 *
 * <h2>Recovery</h2>
 * Opening without a clean-shutdown marker re-validates every partition after its recovery point
 * ({@link LogLoader}).
 */
public final class FileLogStore implements LogStore {

  static final String CLEAN_SHUTDOWN_MARKER = ".clean-shutdown";
  static final String LOCK_FILE = ".lock";
  private static final Logger LOG = LoggerFactory.getLogger(FileLogStore.class);

  private final Path dataDir;
  private final Path topicsDir;
  private final Path stagingDir;
  private final Path trashDir;
  private final LogStoreOptions options;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private final Map<String, FileTopicLog> topics = new ConcurrentHashMap<>();
  private final Map<String, ScheduledFuture<?>> intervalFlushers = new ConcurrentHashMap<>();
  private final Map<LogSegment, Runnable> pendingRetirements = new ConcurrentHashMap<>();
  private final Object adminLock = new Object();
  private final ReentrantLock maintenanceLock = new ReentrantLock();
  private final ScheduledExecutorService flusher;
  private final ScheduledExecutorService maintenance;
  private final LogCleaner cleaner = new LogCleaner();
  private FileGroupOffsets groupOffsets;
  private volatile boolean closed;

  private FileLogStore(Path dataDir, LogStoreOptions options, FileChannel lockChannel, FileLock lock) {
    this.dataDir = dataDir;
    this.topicsDir = dataDir.resolve("topics");
    this.stagingDir = dataDir.resolve("staging");
    this.trashDir = dataDir.resolve("trash");
    this.options = options;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.flusher = singleThreadScheduler("eddy-log-flusher");
    this.maintenance = singleThreadScheduler("eddy-log-maintenance");
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
    Path lockFile = dataDir.resolve(LOCK_FILE);
    FileChannel lockChannel;
    FileLock lock;
    try {
      lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new LogStorageException("cannot open lock file " + lockFile + ": " + e.getMessage(), e);
    }
    try {
      lock = lockChannel.tryLock();
    } catch (IOException | OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      closeQuietly(lockChannel);
      throw new LogStorageException("data directory " + dataDir + " is in use by another log store (" + lockFile + " is locked)");
    }
    FileLogStore store = new FileLogStore(dataDir, options, lockChannel, lock);
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
        TopicNames.validate(name);
        FileTopicLog topic = FileTopicLog.open(name, dir, cleanShutdown, options.clock(), this::retire);
        topics.put(name, topic);
        scheduleIntervalFlush(topic);
      }
    } catch (IOException e) {
      throw new LogStorageException("cannot list topics in " + topicsDir + ": " + e.getMessage(), e);
    }
    if (!topics.containsKey(FileGroupOffsets.TOPIC)) {
      createTopic(FileGroupOffsets.TOPIC, FileGroupOffsets.TOPIC_CONFIG);
    }
    groupOffsets = FileGroupOffsets.load(topics.get(FileGroupOffsets.TOPIC).partition(0));
    maintenance.scheduleWithFixedDelay(this::runScheduledMaintenance, options.maintenanceIntervalMs(),
        options.maintenanceIntervalMs(), TimeUnit.MILLISECONDS);
    flusher.scheduleWithFixedDelay(this::checkpointRecoveryPoints, options.recoveryPointIntervalMs(),
        options.recoveryPointIntervalMs(), TimeUnit.MILLISECONDS);
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
      Path dir = topicsDir.resolve(name);
      DurableFiles.move(staging, dir);
      DurableFiles.fsyncDirectory(topicsDir);
      FileTopicLog topic = FileTopicLog.open(name, dir, true, options.clock(), this::retire);
      topics.put(name, topic);
      scheduleIntervalFlush(topic);
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
        ScheduledFuture<?> flush = intervalFlushers.remove(name);
        if (flush != null) {
          flush.cancel(false);
        }
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

  private void scheduleIntervalFlush(FileTopicLog topic) {
    TopicConfig config = topic.config();
    if (config.flushPolicy() != FlushPolicy.INTERVAL) {
      return;
    }
    intervalFlushers.put(topic.name(), flusher.scheduleAtFixedRate(() -> flushTopic(topic),
        config.flushIntervalMs(), config.flushIntervalMs(), TimeUnit.MILLISECONDS));
  }

  private void flushTopic(FileTopicLog topic) {
    for (FilePartitionLog partition : topic.partitions()) {
      if (partition.isClosed()) {
        continue;
      }
      try {
        partition.flush();
      } catch (LogClosedException e) {
        LOG.debug("Partition {} closed during flush", partition.topicPartition());
      } catch (RuntimeException e) {
        LOG.warn("Interval flush of {} failed; will retry", partition.topicPartition(), e);
      }
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

  /** {@link FilePartitionLog.SegmentRetirer}: runs {@code closeAction} after the delete delay. */
  private void retire(LogSegment segment, Runnable closeAction) {
    pendingRetirements.put(segment, closeAction);
    Runnable task = () -> {
      Runnable action = pendingRetirements.remove(segment);
      if (action != null) {
        action.run();
      }
    };
    try {
      maintenance.schedule(task, options.fileDeleteDelayMs(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      task.run();
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
    maintenance.shutdown();
    flusher.shutdown();
    // A runMaintenanceNow() on another thread must finish before its partitions close under it.
    maintenanceLock.lock();
    maintenanceLock.unlock();
    awaitTermination(maintenance);
    awaitTermination(flusher);
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
    for (LogSegment segment : List.copyOf(pendingRetirements.keySet())) {
      Runnable action = pendingRetirements.remove(segment);
      if (action != null) {
        action.run();
      }
    }
    if (failure == null) {
      DurableFiles.writeAtomically(dataDir.resolve(CLEAN_SHUTDOWN_MARKER), new byte[0]);
    }
    releaseLock();
    if (failure != null) {
      throw new LogStorageException("log store " + dataDir + " did not shut down cleanly; the next open will recover: "
          + failure.getMessage(), failure);
    }
  }

  /** Releases everything after a failed open, without writing the clean-shutdown marker. */
  private void abandon() {
    closed = true;
    maintenance.shutdownNow();
    flusher.shutdownNow();
    topics.values().forEach(FileTopicLog::close);
    releaseLock();
  }

  private void releaseLock() {
    try {
      lock.release();
    } catch (IOException e) {
      LOG.warn("Failed to release {}: {}", dataDir.resolve(LOCK_FILE), e.toString());
    }
    closeQuietly(lockChannel);
  }

  private static void awaitTermination(ScheduledExecutorService executor) {
    try {
      if (!executor.awaitTermination(60, TimeUnit.SECONDS)) {
        LOG.warn("Background log-store thread did not stop within 60 s; closing anyway");
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new LogClosedException("log store " + dataDir + " is closed");
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      LOG.warn("Failed to close lock file channel: {}", e.toString());
    }
  }

  /**
   * A daemon scheduler whose delayed tasks are dropped at shutdown: close() runs pending segment
   * retirements itself rather than waiting out their delay.
   */
  private static ScheduledExecutorService singleThreadScheduler(String name) {
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, factory);
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }
}
