package dev.eddy.engine.state;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * A {@link KeyValueStore} in a hash map, remembering which keys changed since the last commit
 * so that {@link TaskState} writes only those to the changelog.
 */
final class InMemoryKeyValueStore<K, V> implements KeyValueStore<K, V> {

  /** The value and the encoded size it had at the last commit (0 until then). */
  private static final class Entry<V> {
    volatile V value;
    int bytes;

    Entry(V value) {
      this.value = value;
    }
  }

  private final String name;
  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final Set<K> dirty = new HashSet<>();
  private volatile long bytes;

  InMemoryKeyValueStore(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public V get(K key) {
    Entry<V> entry = entries.get(key);
    return entry == null ? null : entry.value;
  }

  @Override
  public void put(K key, V value) {
    Entry<V> entry = entries.get(key);
    if (entry == null) {
      entries.put(key, new Entry<>(value));
    } else {
      entry.value = value;
    }
    dirty.add(key);
  }

  @Override
  public void delete(K key) {
    Entry<V> removed = entries.remove(key);
    if (removed != null) {
      bytes -= removed.bytes;
      dirty.add(key);
    }
  }

  @Override
  public void forEach(BiConsumer<K, V> action) {
    entries.forEach((key, entry) -> {
      V value = entry.value;
      if (value != null) {
        action.accept(key, value);
      }
    });
  }

  @Override
  public long size() {
    return entries.size();
  }

  @Override
  public long bytes() {
    return bytes;
  }

  /** Restores one entry from the changelog, without marking it changed. */
  void restore(K key, V value, int encodedBytes) {
    Entry<V> entry = new Entry<>(value);
    entry.bytes = encodedBytes;
    Entry<V> previous = entries.put(key, entry);
    bytes += encodedBytes - (previous == null ? 0 : previous.bytes);
  }

  /** Makes the next commit write {@code key}'s current value (or a tombstone if it has none). */
  void markChanged(K key) {
    dirty.add(key);
  }

  /** Receives each change since the last commit: a key and its value, or null for a delete. */
  interface ChangeWriter {
    /** @return the encoded size of key and value, for the store's byte count */
    int write(Object key, Object value);
  }

  /** Hands every changed key to {@code writer} and forgets the changes. */
  void drainChanges(ChangeWriter writer) {
    for (K key : dirty) {
      Entry<V> entry = entries.get(key);
      int size = writer.write(key, entry == null ? null : entry.value);
      if (entry != null) {
        bytes += size - entry.bytes;
        entry.bytes = size;
      }
    }
    dirty.clear();
  }

  boolean hasChanges() {
    return !dirty.isEmpty();
  }
}
