package dev.eddy.log;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * A partition's recovery point: every offset below it is known to be on disk, so after a crash
 * only segments that may hold offsets at or above it are re-validated. Stored as decimal text in
 * {@code recovery-point}, replaced atomically (write a temporary file, fsync, rename).
 */
final class RecoveryPointFile {

  static final String FILE_NAME = "recovery-point";

  private RecoveryPointFile() {}

  /** The stored recovery point, or 0 (re-validate everything) if there is none. */
  static long read(Path partitionDir) {
    Path file = partitionDir.resolve(FILE_NAME);
    try {
      String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
      return Long.parseLong(text);
    } catch (NoSuchFileException e) {
      return 0;
    } catch (IOException | NumberFormatException e) {
      // A damaged checkpoint only costs a longer recovery, never data.
      LoggerFactory.getLogger(RecoveryPointFile.class)
          .warn("Ignoring unreadable recovery point {}, re-validating all segments: {}", file, e.toString());
      return 0;
    }
  }

  static void write(Path partitionDir, long recoveryPoint) {
    Path file = partitionDir.resolve(FILE_NAME);
    DurableFiles.writeAtomically(file, (recoveryPoint + "\n").getBytes(StandardCharsets.US_ASCII));
  }
}
