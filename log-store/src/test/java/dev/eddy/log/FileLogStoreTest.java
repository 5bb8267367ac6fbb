package dev.eddy.log;

import static dev.eddy.log.TestRecords.bytes;
import static dev.eddy.log.TestRecords.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLogStoreTest {

  @TempDir
  Path dir;

  @Test
  void appendsReadsAndReopens() {
    List<Record> records = List.of(
        new Record(bytes("a"), bytes("1"), 10, List.of(new Header("h", bytes("x")), new Header("n", null))),
        new Record(null, bytes("2"), 11),
        new Record(bytes("c"), null, 9));
    try (FileLogStore store = FileLogStore.open(dir)) {
      store.createTopic("orders", TopicConfig.builder().partitions(2).build());
      PartitionLog p = store.topic("orders").partition(1);
      assertThat(p.append(records)).isEqualTo(new AppendResult(0, 2));
      assertThat(p.append(List.of(new Record(bytes("d"), bytes("4"), 12)))).isEqualTo(new AppendResult(3, 3));
      assertThat(p.endOffset()).isEqualTo(4);
      FetchResult r = p.read(1, 1 << 20);
      assertThat(r.records()).extracting(LogRecord::offset).containsExactly(1L, 2L, 3L);
      assertThat(r.records().get(0).toRecord()).isEqualTo(records.get(1));
      assertThat(r.nextOffset()).isEqualTo(4);
    }
    try (FileLogStore store = FileLogStore.open(dir)) {
      assertThat(store.listTopics()).containsExactly("__consumer_offsets", "orders");
      PartitionLog p = store.topic("orders").partition(1);
      List<LogRecord> all = readAll(p, 0);
      assertThat(all).extracting(LogRecord::toRecord)
          .containsExactly(records.get(0), records.get(1), records.get(2), new Record(bytes("d"), bytes("4"), 12));
      assertThat(p.append(List.of(new Record(bytes("e"), bytes("5"), 13)))).isEqualTo(new AppendResult(4, 4));
      assertThat(store.topic("orders").partition(0).endOffset()).isZero();
    }
  }

  @Test
  void groupOffsetsSurviveRestart() {
    TopicPartition tp0 = new TopicPartition("t", 0);
    TopicPartition tp1 = new TopicPartition("t", 1);
    try (FileLogStore store = FileLogStore.open(dir)) {
      store.groupOffsets().commit("g1", Map.of(tp0, 5L, tp1, 7L));
      store.groupOffsets().commit("g1", Map.of(tp0, 9L));
      store.groupOffsets().commit("g2", Map.of(tp0, 1L));
    }
    try (FileLogStore store = FileLogStore.open(dir)) {
      assertThat(store.groupOffsets().fetchAll("g1")).isEqualTo(Map.of(tp0, 9L, tp1, 7L));
      assertThat(store.groupOffsets().fetch("g2", tp0)).hasValue(1L);
      assertThat(store.groupOffsets().fetch("g2", tp1)).isEmpty();
      assertThat(store.groupOffsets().fetchAll("nobody")).isEmpty();
    }
  }

  @Test
  void secondOpenOfSameDirectoryIsRefused() {
    try (FileLogStore store = FileLogStore.open(dir)) {
      assertThatThrownBy(() -> FileLogStore.open(dir))
          .isInstanceOf(LogStorageException.class)
          .hasMessageContaining("is in use by another log store");
    }
    assertThat(Files.exists(dir.resolve(FileLogStore.CLEAN_SHUTDOWN_MARKER))).isTrue();
  }
}
