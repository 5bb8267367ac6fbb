package dev.eddy.engine.state;

import java.util.function.BiConsumer;

/**
 * State kept by key: an aggregate per group, a row per table key, a session per key and
 * window. Operators read and write it from their task's thread; the task makes every change
 * durable in its changelog at each commit, together with the source offsets it covers, and
 * restores the store after a restart (see {@link TaskState}).
 *
 * <p>Keys and values must be encodable by {@link ValueCodec}, and must not be mutated after
 * {@link #put}: the store holds the object itself and encodes it later, at commit time.
 * {@link #forEach} may run on another thread (a pull query) and sees a weakly consistent view.
 */
public interface KeyValueStore<K, V> {

  /** The store's name, unique within its task. */
  String name();

  /** The value under {@code key}, or null. */
  V get(K key);

  void put(K key, V value);

  void delete(K key);

  /** Every entry; weakly consistent when called concurrently with writes. */
  void forEach(BiConsumer<K, V> action);

  /** Number of keys. */
  long size();

  /** Encoded bytes of keys and values, as of the last commit. */
  long bytes();
}
