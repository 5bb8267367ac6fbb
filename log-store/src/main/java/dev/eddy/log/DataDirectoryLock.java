package dev.eddy.log;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OS file lock on {@code <data>/.lock}, held while a store has the directory open, so two
 * stores (in one process or two) never write the same log. The OS releases it if the process
 * dies, so a crash never leaves the directory locked.
 */
final class DataDirectoryLock {

  static final String FILE_NAME = ".lock";
  private static final Logger LOG = LoggerFactory.getLogger(DataDirectoryLock.class);

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private DataDirectoryLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** @throws LogStorageException if the directory is locked by another store, or on I/O failure */
  static DataDirectoryLock acquire(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME);
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new LogStorageException("cannot open lock file " + file + ": " + e.getMessage(), e);
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      // Held by another store in this JVM; same answer as another process holding it.
      lock = null;
    } catch (IOException e) {
      closeQuietly(channel, file);
      throw new LogStorageException("cannot lock " + file + ": " + e.getMessage(), e);
    }
    if (lock == null) {
      closeQuietly(channel, file);
      throw new LogStorageException("data directory " + dataDir + " is in use by another log store (" + file + " is locked)");
    }
    return new DataDirectoryLock(file, channel, lock);
  }

  void release() {
    try {
      lock.release();
    } catch (IOException e) {
      LOG.warn("Failed to release {} (closing the channel releases it too): {}", file, e.toString());
    }
    closeQuietly(channel, file);
  }

  private static void closeQuietly(FileChannel channel, Path file) {
    try {
      channel.close();
    } catch (IOException e) {
      LOG.warn("Failed to close {}: {}", file, e.toString());
    }
  }
}
