package dev.eddy.log;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a partition directory into its {@link LogSegments}, recovering after a crash.
 *
 * <p>Steps: finish or discard an interrupted compaction swap ({@link SegmentSwap}); delete files
 * left in transit ({@code .deleted}, the cleaner's side directory, temporary files); open every
 * {@code .log} in offset order. After a clean shutdown the segments are trusted as they are.
 * Without one, every segment that may hold offsets at or past the recovery point is re-validated
 * ({@link LogSegment#recover()}); if one is cut short, every later segment is deleted, since its
 * data follows a hole. Recovered data is fsynced before the partition opens, so readers never act
 * on bytes a second crash could take back.
 */
final class LogLoader {

  static final String CLEANER_DIR = ".cleaner";
  private static final Logger LOG = LoggerFactory.getLogger(LogLoader.class);

  private LogLoader() {}

  /** The loaded segments and the partition's recovery point after loading. */
  record LoadedLog(LogSegments segments, long recoveryPoint) {}

  static LoadedLog load(Path dir, TopicConfig config, boolean cleanShutdown, long nowMs) {
    DurableFiles.createDirectories(dir);
    SegmentSwap.completeInterrupted(dir);
    DurableFiles.deleteRecursively(dir.resolve(CLEANER_DIR));
    List<Long> bases = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        if (name.endsWith(LogFileNames.DELETED_SUFFIX) || name.endsWith(".tmp")) {
          Files.delete(f);
          continue;
        }
        OptionalLong base = LogFileNames.baseOffsetOfLogFile(name);
        base.ifPresent(bases::add);
      }
    } catch (IOException e) {
      throw new LogStorageException("cannot list partition directory " + dir + ": " + e.getMessage(), e);
    }
    bases.sort(null);
    long recoveryPoint = RecoveryPointFile.read(dir);
    LogSegments segments = new LogSegments();
    boolean recovered = false;
    for (int i = 0; i < bases.size(); i++) {
      long base = bases.get(i);
      boolean last = i == bases.size() - 1;
      boolean entirelyBeforeRecoveryPoint = !last && bases.get(i + 1) <= recoveryPoint;
      boolean recover = !cleanShutdown && !entirelyBeforeRecoveryPoint;
      LogSegment segment = LogSegment.open(dir, base, config.segmentBytes(), last, recover, nowMs);
      recovered |= recover;
      segments.add(segment);
      if (recover && !last && segment.truncatedByRecovery()) {
        deleteSegmentsAfter(dir, bases.subList(i + 1, bases.size()));
        segment.close();
        segments.remove(segment);
        segments.add(LogSegment.open(dir, base, config.segmentBytes(), true, false, nowMs));
        break;
      }
    }
    if (segments.isEmpty()) {
      segments.add(LogSegment.create(dir, 0, config.segmentBytes(), nowMs));
      DurableFiles.fsyncDirectory(dir);
    }
    long end = segments.active().nextOffset();
    if (recovered) {
      for (LogSegment s : segments.all()) {
        if (s.nextOffset() > recoveryPoint || s == segments.active()) {
          s.flush();
        }
      }
      recoveryPoint = end;
      RecoveryPointFile.write(dir, recoveryPoint);
    } else if (cleanShutdown) {
      recoveryPoint = end;
    }
    return new LoadedLog(segments, recoveryPoint);
  }

  private static void deleteSegmentsAfter(Path dir, List<Long> bases) {
    for (long base : bases) {
      LOG.warn("Deleting segment {} because it follows data lost in a crash", LogFileNames.logFile(dir, base));
      try {
        Files.deleteIfExists(LogFileNames.logFile(dir, base));
        Files.deleteIfExists(LogFileNames.indexFile(dir, base));
        Files.deleteIfExists(LogFileNames.timeIndexFile(dir, base));
      } catch (IOException e) {
        throw new LogStorageException("cannot delete segment " + LogFileNames.logFile(dir, base) + ": " + e.getMessage(), e);
      }
    }
    DurableFiles.fsyncDirectory(dir);
  }
}
