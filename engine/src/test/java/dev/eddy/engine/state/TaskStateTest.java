package dev.eddy.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.log.CleanupPolicy;
import dev.eddy.log.FileLogStore;
import dev.eddy.log.FlushPolicy;
import dev.eddy.log.LogRecord;
import dev.eddy.log.PartitionLog;
import dev.eddy.log.Record;
import dev.eddy.log.TopicConfig;
import dev.eddy.log.TopicPartition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task's state over a real compacted changelog partition: what a restart restores, and what
 * it must not. Sizes: a store entry ["s", "a"] encodes to 17 bytes (array tag and count, then
 * two one-letter strings of 6 bytes each), a Long value to 9, so each entry counts 26 bytes.
 */
class TaskStateTest {

  private static final TopicPartition ORDERS_0 = new TopicPartition("orders", 0);
  private static final TopicPartition ORDERS_1 = new TopicPartition("orders", 1);

  @TempDir
  Path dir;

  private FileLogStore logs;
  private PartitionLog changelog;

  @BeforeEach
  void setUp() {
    logs = FileLogStore.open(dir);
    logs.createTopic("q-changelog", TopicConfig.builder().partitions(1).cleanupPolicy(CleanupPolicy.COMPACT)
        .flushPolicy(FlushPolicy.OS).build());
    changelog = logs.topic("q-changelog").partition(0);
  }

  @AfterEach
  void tearDown() {
    logs.close();
  }

  private TaskState restarted() {
    TaskState state = new TaskState(changelog);
    state.restore();
    return state;
  }

  private static Map<Object, Object> content(KeyValueStore<Object, Object> store) {
    Map<Object, Object> content = new TreeMap<>();
    store.forEach(content::put);
    return content;
  }

  private static Checkpoint checkpoint(long offset) {
    return new Checkpoint(Map.of(ORDERS_0, offset), List.of());
  }

  @Test
  void committedStoresComeBackAfterARestart() {
    TaskState state = restarted();
    KeyValueStore<Object, Object> store = state.keyValueStore("s");
    store.put("a", 1L);
    store.put("b", 2L);
    assertThat(state.hasChanges()).isTrue();
    state.commit(checkpoint(2));
    assertThat(state.hasChanges()).isFalse();

    TaskState again = restarted();
    KeyValueStore<Object, Object> restored = again.keyValueStore("s");

    assertThat(content(restored)).containsExactly(Map.entry("a", 1L), Map.entry("b", 2L));
    assertThat(restored.get("a")).isExactlyInstanceOf(Long.class);
    assertThat(again.hasChanges()).as("restored entries are not changes").isFalse();
    assertThat(again.keys()).isEqualTo(2);
    assertThat(again.bytes()).isEqualTo(52);
  }

  @Test
  void theCheckpointsOffsetsAndSnapshotsComeBack() {
    TaskState state = restarted();
    state.keyValueStore("s").put("a", 1L);
    Map<TopicPartition, Long> offsets = new LinkedHashMap<>();
    offsets.put(ORDERS_0, 17L);
    offsets.put(ORDERS_1, 0L);
    state.commit(new Checkpoint(offsets, Arrays.asList(new byte[] {1, 2, 3}, null, new byte[0])));

    Checkpoint restored = new TaskState(changelog).restore().orElseThrow();

    assertThat(restored.offsets()).isEqualTo(Map.of(ORDERS_0, 17L, ORDERS_1, 0L));
    assertThat(restored.snapshots()).hasSize(3);
    assertThat(restored.snapshots().get(0)).containsExactly(1, 2, 3);
    assertThat(restored.snapshots().get(1)).isNull();
    assertThat(restored.snapshots().get(2)).isEmpty();
  }

  @Test
  void theLastCheckpointWins() {
    TaskState state = restarted();
    KeyValueStore<Object, Object> store = state.keyValueStore("s");
    store.put("a", 1L);
    state.commit(checkpoint(1));
    store.put("a", 2L);
    state.commit(checkpoint(2));

    TaskState again = new TaskState(changelog);
    assertThat(again.restore().orElseThrow().offsets()).isEqualTo(Map.of(ORDERS_0, 2L));
    assertThat(content(again.keyValueStore("s"))).containsExactly(Map.entry("a", 2L));
  }

  @Test
  void changesAfterTheLastCheckpointAreNotRestored() {
    TaskState state = restarted();
    KeyValueStore<Object, Object> store = state.keyValueStore("s");
    store.put("a", 1L);
    state.commit(checkpoint(1));
    // A crash mid-way: changes reached the changelog, their checkpoint did not.
    changelog.append(List.of(
        new Record(ValueCodec.encode(new Object[] {"s", "a"}), ValueCodec.encode(99L), 0L),
        new Record(ValueCodec.encode(new Object[] {"s", "c"}), ValueCodec.encode(3L), 0L),
        new Record(ValueCodec.encode(new Object[] {"t", "x"}), ValueCodec.encode(4L), 0L)));

    TaskState again = new TaskState(changelog);
    Optional<Checkpoint> checkpoint = again.restore();

    assertThat(checkpoint.orElseThrow().offsets()).isEqualTo(Map.of(ORDERS_0, 1L));
    assertThat(content(again.keyValueStore("s"))).containsExactly(Map.entry("a", 1L));
    assertThat(content(again.keyValueStore("t"))).isEmpty();
    assertThat(again.keys()).isEqualTo(1);
    assertThat(again.bytes()).isEqualTo(26);
  }

  /**
   * Changes that never got their checkpoint were not part of any state the task committed, so
   * a later checkpoint of the restarted task must not bring them back. (TaskState.commit is one
   * atomic append, so only a changelog written some other way holds such a tail.)
   */
  @Test
  void changesWithoutTheirCheckpointStayLostAfterTheNextCommit() {
    TaskState state = restarted();
    state.keyValueStore("s").put("a", 1L);
    state.commit(checkpoint(1));
    changelog.append(List.of(
        new Record(ValueCodec.encode(new Object[] {"s", "c"}), ValueCodec.encode(3L), 0L)));

    TaskState second = restarted();
    second.keyValueStore("s").put("b", 2L);
    second.commit(checkpoint(2));

    TaskState third = restarted();
    assertThat(content(third.keyValueStore("s"))).containsExactly(Map.entry("a", 1L), Map.entry("b", 2L));
  }

  @Test
  void aChangelogWithoutACheckpointRestoresNothing() {
    changelog.append(List.of(new Record(ValueCodec.encode(new Object[] {"s", "a"}), ValueCodec.encode(1L), 0L)));

    TaskState state = new TaskState(changelog);

    assertThat(state.restore()).isEmpty();
    assertThat(content(state.keyValueStore("s"))).isEmpty();
  }

  @Test
  void deletesAreTombstonesAndRestoreAsAbsent() {
    TaskState state = restarted();
    KeyValueStore<Object, Object> store = state.keyValueStore("s");
    store.put("a", 1L);
    store.put("b", 2L);
    state.commit(checkpoint(1));
    store.delete("a");
    store.delete("never-there");
    assertThat(state.keys()).isEqualTo(1);
    state.commit(checkpoint(2));

    List<String> records = new ArrayList<>();
    for (LogRecord record : changelog.read(0, 1 << 20).records()) {
      Object key = ValueCodec.decode(record.key());
      records.add(Arrays.deepToString((Object[]) key) + "=" + (record.value() == null ? "tombstone"
          : ((Object[]) key).length == 1 ? "checkpoint" : ValueCodec.decode(record.value())));
    }
    assertThat(records).containsExactly(
        "[s, a]=1", "[s, b]=2", "[$checkpoint]=checkpoint", "[s, a]=tombstone", "[$checkpoint]=checkpoint");

    TaskState again = restarted();
    KeyValueStore<Object, Object> restored = again.keyValueStore("s");
    assertThat(content(restored)).containsExactly(Map.entry("b", 2L));
    assertThat(restored.get("a")).isNull();
    assertThat(again.keys()).isEqualTo(1);
    assertThat(again.bytes()).isEqualTo(26);
  }

  @Test
  void aRestoredEntryCanBeDeletedAndStaysDeleted() {
    TaskState state = restarted();
    state.keyValueStore("s").put("a", 1L);
    state.commit(checkpoint(1));

    TaskState second = restarted();
    second.keyValueStore("s").delete("a");
    assertThat(second.hasChanges()).isTrue();
    assertThat(second.bytes()).isZero();
    second.commit(checkpoint(2));

    TaskState third = restarted();
    assertThat(content(third.keyValueStore("s"))).isEmpty();
    assertThat(third.keys()).isZero();
    assertThat(third.bytes()).isZero();
  }

  @Test
  void bytesCountTheEncodedEntriesAsOfTheLastCommit() {
    TaskState state = restarted();
    KeyValueStore<Object, Object> store = state.keyValueStore("s");
    store.put("a", 1L);
    assertThat(state.bytes()).as("not committed yet").isZero();
    assertThat(state.keys()).isEqualTo(1);
    state.commit(checkpoint(1));
    assertThat(state.bytes()).isEqualTo(26);
    assertThat(store.bytes()).isEqualTo(26);

    store.put("a", "longer value"); // a string: 1 + 4 + 12 bytes
    state.commit(checkpoint(2));
    assertThat(state.bytes()).isEqualTo(17 + 17);
    TaskState again = restarted();
    assertThat(again.bytes()).as("a store counts once created").isZero();
    again.keyValueStore("s");
    assertThat(again.bytes()).isEqualTo(34);
  }

  @Test
  void storesAreKeptApartByName() {
    TaskState state = restarted();
    state.keyValueStore("s").put("a", 1L);
    state.keyValueStore("t").put("a", 2L);
    state.commit(checkpoint(1));

    TaskState again = restarted();

    assertThat(content(again.keyValueStore("s"))).containsExactly(Map.entry("a", 1L));
    assertThat(content(again.keyValueStore("t"))).containsExactly(Map.entry("a", 2L));
    assertThat(again.keyValueStore("s")).isSameAs(again.keyValueStore("s"));
  }

  @Test
  void restoreReadsAChangelogLargerThanOneFetch() {
    TaskState state = restarted();
    KeyValueStore<Object, Object> store = state.keyValueStore("s");
    String big = "x".repeat(100_000);
    for (int i = 0; i < 30; i++) {
      store.put(i, big + i);
      if (i % 10 == 9) {
        state.commit(checkpoint(i));
      }
    }
    store.put(1000, "after the last checkpoint");
    changelog.append(List.of(new Record(ValueCodec.encode(new Object[] {"s", 1000}), ValueCodec.encode("x"), 0L)));

    TaskState again = new TaskState(changelog);

    assertThat(again.restore().orElseThrow().offsets()).isEqualTo(Map.of(ORDERS_0, 29L));
    KeyValueStore<Object, Object> restored = again.keyValueStore("s");
    assertThat(restored.size()).isEqualTo(30);
    assertThat(restored.get(29)).isEqualTo(big + 29);
    assertThat(restored.get(1000)).isNull();
  }

  @Test
  void withoutAChangelogStateIsInMemoryOnly() {
    TaskState state = TaskState.inMemory();
    state.keyValueStore("s").put("a", 1L);
    state.commit(checkpoint(1));

    assertThat(state.restore()).isEmpty();
    assertThat(content(state.keyValueStore("s"))).containsExactly(Map.entry("a", 1L));
    assertThat(changelog.endOffset()).isZero();
  }

  @Test
  void storesAreListedInNameOrder() {
    TaskState state = TaskState.inMemory();
    state.keyValueStore("2:Aggregate/groups");
    state.keyValueStore("10:Materialize/table");
    state.keyValueStore("1:TableSource/rows");

    assertThat(state.stores()).extracting(KeyValueStore::name)
        .containsExactly("10:Materialize/table", "1:TableSource/rows", "2:Aggregate/groups");
  }
}
