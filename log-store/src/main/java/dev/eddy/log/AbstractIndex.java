package dev.eddy.log;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A sparse index file of fixed-size entries sorted by key, memory-mapped. Subclasses supply the
 * entry size and how an entry is laid out; this class owns the file, the mapping, the entry count
 * and the binary search.
 *
 * <p>The file of the active segment is preallocated to its maximum size and mapped read-write;
 * {@link #trimToValidSize()} cuts it to the entries written (done when a segment is rolled or the
 * store closes), so a closed segment's index file is exactly {@code entries * entrySize} bytes.
 * After a crash the file may hold preallocated zeros: recovery rebuilds the index of every segment
 * it re-validates, so those zeros are never read.
 *
 * <p>Concurrency: one writer (the partition's appender, or recovery) appends; readers read the
 * volatile entry count first and only entries below it, so they never see a half-written entry.
 * Mappings are never unmapped explicitly (a reader might still use one); the garbage collector
 * releases them.
 */
abstract class AbstractIndex {

  protected final Path file;
  protected final long baseOffset;
  private final int maxEntries;
  private volatile MappedByteBuffer mmap;
  private volatile int entries;
  private boolean writable;

  /**
   * Opens or creates the index file.
   *
   * @param maxIndexSize bytes to preallocate when writable
   * @throws CorruptIndexException if the file's length is not a whole number of entries
   */
  protected AbstractIndex(Path file, long baseOffset, int maxIndexSize, boolean writable) {
    this.file = file;
    this.baseOffset = baseOffset;
    this.writable = writable;
    int entrySize = entrySize();
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), writable ? "rw" : "r")) {
      long length = raf.length();
      if (length % entrySize != 0) {
        throw new CorruptIndexException("index file " + file + " has length " + length
            + ", not a multiple of the entry size " + entrySize);
      }
      int existing = (int) (length / entrySize);
      if (writable) {
        this.maxEntries = Math.max(existing + 1, maxIndexSize / entrySize);
        raf.setLength((long) maxEntries * entrySize);
        this.mmap = raf.getChannel().map(FileChannel.MapMode.READ_WRITE, 0, (long) maxEntries * entrySize);
      } else {
        this.maxEntries = existing;
        this.mmap = raf.getChannel().map(FileChannel.MapMode.READ_ONLY, 0, length);
      }
      this.entries = existing;
    } catch (IOException e) {
      throw new LogStorageException("cannot open index file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Bytes per entry. */
  protected abstract int entrySize();

  /** The search key of entry {@code n} in {@code buf}. */
  protected abstract long keyAt(MappedByteBuffer buf, int n);

  final int entries() {
    return entries;
  }

  final boolean isFull() {
    return entries >= maxEntries;
  }

  final Path file() {
    return file;
  }

  /** The mapping to read entries from, captured once per lookup. */
  protected final MappedByteBuffer buffer() {
    return mmap;
  }

  /**
   * The index of the last entry among the first {@code count} whose key is {@code <= key}, or -1
   * if the first entry's key is already larger.
   */
  protected final int largestLowerBound(MappedByteBuffer buf, int count, long key) {
    int lo = 0;
    int hi = count - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (keyAt(buf, mid) <= key) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** Writes entry number {@link #entries()} through {@code writer}, then publishes it. */
  protected final void appendEntry(EntryWriter writer) {
    if (!writable) {
      throw new IllegalStateException("index " + file + " is read-only");
    }
    if (isFull()) {
      throw new IllegalStateException("index " + file + " is full (" + maxEntries + " entries)");
    }
    int n = entries;
    writer.write(mmap, n * entrySize());
    entries = n + 1;
  }

  /** Drops every entry (before a rebuild). */
  final void reset() {
    entries = 0;
  }

  /** Forces written entries to disk. */
  final void flush() {
    if (writable) {
      mmap.force();
    }
  }

  /**
   * Cuts the file to the entries written, remaps it read-only and forces it to disk. Further
   * appends are refused.
   */
  final void trimToValidSize() {
    if (!writable) {
      return;
    }
    int count = entries;
    long length = (long) count * entrySize();
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      mmap.force();
      raf.setLength(length);
      raf.getFD().sync();
      mmap = raf.getChannel().map(FileChannel.MapMode.READ_ONLY, 0, length);
      writable = false;
    } catch (IOException e) {
      throw new LogStorageException("cannot trim index file " + file + " to " + length + " bytes: " + e.getMessage(), e);
    }
  }

  /** Deletes the file if it exists. */
  final void deleteFile() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new LogStorageException("cannot delete index file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes one entry's bytes at an absolute buffer index. */
  @FunctionalInterface
  protected interface EntryWriter {
    void write(MappedByteBuffer buf, int index);
  }
}
