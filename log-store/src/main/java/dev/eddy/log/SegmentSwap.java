package dev.eddy.log;

import static dev.eddy.log.LogFileNames.SWAP_SUFFIX;
import static dev.eddy.log.LogFileNames.withSuffix;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crash-safe protocol that replaces a segment's three files with a compacted copy.
 *
 * <ol>
 *   <li>The cleaner writes the copy in a side directory and fsyncs it.</li>
 *   <li>{@link #commit}: move the copy's {@code .index} and {@code .timeindex} into the partition
 *       directory as {@code .index.swap}, {@code .timeindex.swap}, then the {@code .log} as
 *       {@code .log.swap}; fsync the directory. The {@code .log.swap} rename is the commit point.</li>
 *   <li>Rename each {@code .swap} file over its original (indexes first, log last); fsync.</li>
 * </ol>
 *
 * <p>{@link #completeInterrupted} runs when a partition opens: where a {@code .log.swap} exists the
 * swap committed, so the remaining {@code .swap} files are moved over the originals; stray index
 * {@code .swap} files without a {@code .log.swap} belong to a swap that never committed and are
 * deleted, leaving the original segment whole. Readers holding the old segment keep reading the
 * old (now unlinked) files through their open channel.
 */
final class SegmentSwap {

  private static final Logger LOG = LoggerFactory.getLogger(SegmentSwap.class);

  private SegmentSwap() {}

  /** Swaps the segment with {@code baseOffset} written under {@code cleanedDir} into {@code dir}. */
  static void commit(Path dir, Path cleanedDir, long baseOffset) {
    Path log = LogFileNames.logFile(dir, baseOffset);
    Path index = LogFileNames.indexFile(dir, baseOffset);
    Path timeIndex = LogFileNames.timeIndexFile(dir, baseOffset);
    DurableFiles.move(LogFileNames.indexFile(cleanedDir, baseOffset), withSuffix(index, SWAP_SUFFIX));
    DurableFiles.move(LogFileNames.timeIndexFile(cleanedDir, baseOffset), withSuffix(timeIndex, SWAP_SUFFIX));
    DurableFiles.move(LogFileNames.logFile(cleanedDir, baseOffset), withSuffix(log, SWAP_SUFFIX));
    DurableFiles.fsyncDirectory(dir);
    replaceOriginals(dir, baseOffset);
  }

  /** Finishes committed swaps and discards uncommitted ones in a partition directory. */
  static void completeInterrupted(Path dir) {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SWAP_SUFFIX)) {
      for (Path swap : files) {
        String name = swap.getFileName().toString();
        String original = name.substring(0, name.length() - SWAP_SUFFIX.length());
        OptionalLong base = LogFileNames.baseOffsetOfLogFile(original);
        if (base.isPresent()) {
          LOG.info("Completing interrupted compaction swap of {}", dir.resolve(original));
          replaceOriginals(dir, base.getAsLong());
        }
      }
    } catch (IOException e) {
      throw new LogStorageException("cannot list swap files in " + dir + ": " + e.getMessage(), e);
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SWAP_SUFFIX)) {
      for (Path stray : files) {
        LOG.info("Deleting {} of a compaction swap that never committed", stray);
        Files.delete(stray);
      }
    } catch (IOException e) {
      throw new LogStorageException("cannot delete stray swap files in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void replaceOriginals(Path dir, long baseOffset) {
    for (Path original : new Path[] {LogFileNames.indexFile(dir, baseOffset), LogFileNames.timeIndexFile(dir, baseOffset),
        LogFileNames.logFile(dir, baseOffset)}) {
      Path swap = withSuffix(original, SWAP_SUFFIX);
      if (Files.exists(swap)) {
        DurableFiles.move(swap, original);
      }
    }
    DurableFiles.fsyncDirectory(dir);
  }
}
