package dev.eddy.engine.state;

import dev.eddy.log.FetchResult;
import dev.eddy.log.LogRecord;
import dev.eddy.log.PartitionLog;
import dev.eddy.log.Record;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state stores of one task and their changelog: one partition of the query's compacted
 * changelog topic, the task's own.
 *
 * <p>A {@link #commit} is a single append, so it is atomic: every store change since the last
 * commit (key {@code [store, key]}, value the encoded value or a tombstone for a delete),
 * followed by the {@link Checkpoint} record (key {@code [CHECKPOINT]}). {@link #restore} reads
 * the partition from the start and applies changes only up to the last checkpoint, so the
 * restored state matches the restored offsets exactly: an input is counted once whether the
 * task crashed before or after committing it. Compaction keeps the last value per key, which
 * preserves that: everything before the last checkpoint stays consistent with it.
 *
 * <p>Without a changelog (push queries) the stores live in memory only and commits do nothing.
 * Not thread-safe, except the stores' reads ({@link KeyValueStore#forEach}).
 */
public final class TaskState {

  private static final String CHECKPOINT = "$checkpoint";
  private static final int RESTORE_FETCH_BYTES = 1 << 20;

  private final PartitionLog changelog;
  private final Map<String, InMemoryKeyValueStore<Object, Object>> stores = new java.util.concurrent.ConcurrentSkipListMap<>();
  private final Map<String, Map<Object, Restored>> restored = new HashMap<>();
  private final Map<String, java.util.Set<Object>> unconfirmed = new HashMap<>();

  private record Restored(Object value, int bytes) {}

  /** @param changelog this task's changelog partition, or null for state kept in memory only */
  public TaskState(PartitionLog changelog) {
    this.changelog = changelog;
  }

  /** State that is never written anywhere: for transient queries and tests. */
  public static TaskState inMemory() {
    return new TaskState(null);
  }

  /**
   * Reads the changelog and returns the last checkpoint, if any; the stores created afterwards
   * start with the state as of that checkpoint. Call once, before any store is created.
   */
  public Optional<Checkpoint> restore() {
    if (changelog == null) {
      return Optional.empty();
    }
    Map<String, Map<Object, Restored>> pending = new HashMap<>();
    Checkpoint last = null;
    long offset = changelog.earliestOffset();
    long end = changelog.endOffset();
    while (offset < end) {
      FetchResult fetch = changelog.read(offset, RESTORE_FETCH_BYTES);
      if (fetch.records().isEmpty()) {
        break;
      }
      for (LogRecord record : fetch.records()) {
        Object[] key = (Object[]) ValueCodec.decode(record.key());
        if (key.length == 1 && CHECKPOINT.equals(key[0])) {
          last = Checkpoint.decode(record.value());
          pending.forEach((store, changes) -> {
            Map<Object, Restored> target = restored.computeIfAbsent(store, s -> new HashMap<>());
            changes.forEach((k, v) -> {
              if (v.value() == null) {
                target.remove(k);
              } else {
                target.put(k, v);
              }
            });
          });
          pending.clear();
        } else {
          Object value = record.value() == null ? null : ValueCodec.decode(record.value());
          int bytes = record.key().length + (record.value() == null ? 0 : record.value().length);
          pending.computeIfAbsent((String) key[0], s -> new HashMap<>()).put(key[1], new Restored(value, bytes));
        }
      }
      offset = fetch.nextOffset();
    }
    // Changes after the last checkpoint never counted; rewrite their keys' true values at the
    // next commit, so a later restore, which applies them on reaching that checkpoint, undoes them.
    pending.forEach((store, changes) -> unconfirmed.computeIfAbsent(store, s -> new java.util.HashSet<>())
        .addAll(changes.keySet()));
    return Optional.ofNullable(last);
  }

  /** The store named {@code name}, created (with its restored content) on first use. */
  @SuppressWarnings("unchecked")
  public <K, V> KeyValueStore<K, V> keyValueStore(String name) {
    InMemoryKeyValueStore<Object, Object> store = stores.get(name);
    if (store == null) {
      store = new InMemoryKeyValueStore<>(name);
      Map<Object, Restored> content = restored.remove(name);
      if (content != null) {
        InMemoryKeyValueStore<Object, Object> target = store;
        content.forEach((key, value) -> target.restore(key, value.value(), value.bytes()));
      }
      java.util.Set<Object> rewrite = unconfirmed.remove(name);
      if (rewrite != null) {
        rewrite.forEach(store::markChanged);
      }
      stores.put(name, store);
    }
    return (KeyValueStore<K, V>) store;
  }

  /** Every store, in name order. */
  public List<KeyValueStore<?, ?>> stores() {
    return new ArrayList<>(stores.values());
  }

  /**
   * Makes every change since the last commit durable together with {@code checkpoint}, in one
   * append. Returns once durable under the changelog topic's flush policy.
   */
  public void commit(Checkpoint checkpoint) {
    if (changelog == null) {
      return;
    }
    List<Record> records = new ArrayList<>();
    for (InMemoryKeyValueStore<Object, Object> store : stores.values()) {
      String storeName = store.name();
      store.drainChanges((key, value) -> {
        byte[] keyBytes = ValueCodec.encode(new Object[] {storeName, key});
        byte[] valueBytes = value == null ? null : ValueCodec.encode(value);
        records.add(new Record(keyBytes, valueBytes, 0L));
        return keyBytes.length + (valueBytes == null ? 0 : valueBytes.length);
      });
    }
    records.add(new Record(ValueCodec.encode(new Object[] {CHECKPOINT}), checkpoint.encode(), 0L));
    changelog.append(records);
  }

  /** Whether a store changed since the last commit. */
  public boolean hasChanges() {
    return stores.values().stream().anyMatch(InMemoryKeyValueStore::hasChanges);
  }

  /** Total keys over every store. */
  public long keys() {
    return stores.values().stream().mapToLong(KeyValueStore::size).sum();
  }

  /** Total encoded bytes over every store, as of the last commit. */
  public long bytes() {
    return stores.values().stream().mapToLong(KeyValueStore::bytes).sum();
  }
}
