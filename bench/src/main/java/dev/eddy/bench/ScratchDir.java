package dev.eddy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A temporary directory under {@code bench/target}, on the same disk as the repository, so
 * every system measured writes to the same device. Deleted on close and, if the JVM is stopped
 * first, by a shutdown hook.
 */
public final class ScratchDir implements AutoCloseable {

  /** Set by bin/eddy-bench; the fallback finds bench/target from where the classes were loaded. */
  private static final String BASE_PROPERTY = "eddy.bench.dir";

  private final Path path;
  private final Thread hook;

  private ScratchDir(Path path) {
    this.path = path;
    this.hook = new Thread(this::deleteQuietly, "scratch-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  public static ScratchDir create(String prefix) throws IOException {
    Path base = baseDirectory();
    Files.createDirectories(base);
    return new ScratchDir(Files.createTempDirectory(base, prefix));
  }

  private static Path baseDirectory() {
    String configured = System.getProperty(BASE_PROPERTY);
    if (configured != null) {
      return Path.of(configured);
    }
    try {
      // .../bench/target/classes -> .../bench/target
      Path classes = Path.of(ScratchDir.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return classes.getParent();
    } catch (Exception e) {
      throw new IllegalStateException("set -D" + BASE_PROPERTY + " to a directory for bench data", e);
    }
  }

  public Path path() {
    return path;
  }

  /** A fresh, empty subdirectory for one run. */
  public Path newDirectory(String name) throws IOException {
    return Files.createDirectories(path.resolve(name));
  }

  @Override
  public void close() {
    deleteQuietly();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or will run; nothing left to do.
    }
  }

  private void deleteQuietly() {
    try {
      delete(path);
    } catch (UncheckedIOException | IOException e) {
      System.err.println("eddy-bench: could not delete " + path + ": " + e.getMessage());
    }
  }

  /** Deletes a directory tree; used between runs so old data does not share the page cache. */
  public static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
