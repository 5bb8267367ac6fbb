package dev.eddy.log;

import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * File names inside a partition directory. A segment with base offset {@code b} is
 * {@code <b as 20 digits>.log}, {@code .index} and {@code .timeindex}. Suffixes mark files in
 * transit: {@code .deleted} (removed by retention or compaction, deleted after a delay),
 * {@code .swap} (a compacted replacement being swapped in).
 */
final class LogFileNames {

  static final String LOG_SUFFIX = ".log";
  static final String INDEX_SUFFIX = ".index";
  static final String TIME_INDEX_SUFFIX = ".timeindex";
  static final String DELETED_SUFFIX = ".deleted";
  static final String SWAP_SUFFIX = ".swap";

  private LogFileNames() {}

  static String baseName(long baseOffset) {
    return String.format("%020d", baseOffset);
  }

  static Path logFile(Path dir, long baseOffset) {
    return dir.resolve(baseName(baseOffset) + LOG_SUFFIX);
  }

  static Path indexFile(Path dir, long baseOffset) {
    return dir.resolve(baseName(baseOffset) + INDEX_SUFFIX);
  }

  static Path timeIndexFile(Path dir, long baseOffset) {
    return dir.resolve(baseName(baseOffset) + TIME_INDEX_SUFFIX);
  }

  /** The base offset of a {@code .log} file name, or empty if the name is not one. */
  static OptionalLong baseOffsetOfLogFile(String fileName) {
    if (!fileName.endsWith(LOG_SUFFIX) || fileName.length() != 20 + LOG_SUFFIX.length()) {
      return OptionalLong.empty();
    }
    String digits = fileName.substring(0, 20);
    for (int i = 0; i < digits.length(); i++) {
      if (!Character.isDigit(digits.charAt(i))) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.of(Long.parseLong(digits));
  }

  static Path withSuffix(Path file, String suffix) {
    return file.resolveSibling(file.getFileName() + suffix);
  }
}
