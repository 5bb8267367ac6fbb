package dev.eddy.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupOffsetsTest {

  @TempDir
  Path dir;

  private final TopicPartition t0 = new TopicPartition("t", 0);
  private final TopicPartition t1 = new TopicPartition("t", 1);
  private final TopicPartition u0 = new TopicPartition("u", 0);

  @Test
  void commitsAreCachedAndSurviveRestart() {
    try (FileLogStore store = FileLogStore.open(dir)) {
      GroupOffsets offsets = store.groupOffsets();
      offsets.commit("g1", Map.of(t0, 5L, t1, 7L));
      offsets.commit("g1", Map.of(t0, 9L));
      offsets.commit("g2", Map.of(u0, 1L));
      assertThat(offsets.fetch("g1", t0)).hasValue(9L);
      assertThat(offsets.fetchAll("g1")).isEqualTo(Map.of(t0, 9L, t1, 7L));
    }
    try (FileLogStore store = FileLogStore.open(dir)) {
      GroupOffsets offsets = store.groupOffsets();
      assertThat(offsets.fetchAll("g1")).isEqualTo(Map.of(t0, 9L, t1, 7L));
      assertThat(offsets.fetchAll("g2")).isEqualTo(Map.of(u0, 1L));
      assertThat(offsets.fetch("g2", t0)).isEmpty();
      assertThat(offsets.fetchAll("none")).isEmpty();
    }
  }

  @Test
  void compactionKeepsOnlyTheLatestCommitPerPartition() {
    try (FileLogStore store = FileLogStore.open(dir)) {
      for (long i = 0; i < 50; i++) {
        store.groupOffsets().commit("g", Map.of(t0, i, t1, 1000 + i));
      }
      FilePartitionLog log = (FilePartitionLog) store.topic(FileGroupOffsets.TOPIC).partition(0);
      log.rollIfNotEmpty();
      store.groupOffsets().commit("g", Map.of(u0, 3L));
      store.runMaintenanceNow();
      assertThat(TestRecords.readAll(log, 0)).hasSize(3);
    }
    try (FileLogStore store = FileLogStore.open(dir)) {
      assertThat(store.groupOffsets().fetchAll("g")).isEqualTo(Map.of(t0, 49L, t1, 1049L, u0, 3L));
    }
  }

  @Test
  void negativeOffsetsAreRefused() {
    try (FileLogStore store = FileLogStore.open(dir)) {
      assertThatThrownBy(() -> store.groupOffsets().commit("g", Map.of(t0, -1L)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("offset for t-0 must be >= 0, got -1");
      assertThat(store.groupOffsets().fetchAll("g")).isEmpty();
    }
  }

  @Test
  void internalTopicCannotBeDeleted() {
    try (FileLogStore store = FileLogStore.open(dir)) {
      assertThatThrownBy(() -> store.deleteTopic("__consumer_offsets"))
          .isInstanceOf(InvalidTopicException.class)
          .hasMessage("topic '__consumer_offsets' is internal and cannot be deleted");
    }
  }
}
