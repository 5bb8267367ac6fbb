package dev.eddy.engine.runtime.sink;

import static dev.eddy.engine.format.Schemas.INT;
import static dev.eddy.engine.format.Schemas.STRING;
import static dev.eddy.engine.format.Schemas.schema;
import static dev.eddy.engine.runtime.TestRows.batch;
import static dev.eddy.engine.runtime.TestRows.delete;
import static dev.eddy.engine.runtime.TestRows.insert;
import static dev.eddy.engine.runtime.TestRows.updateAfter;
import static dev.eddy.engine.runtime.TestRows.updateBefore;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.engine.format.FormatOptions;
import dev.eddy.engine.format.Formats;
import dev.eddy.engine.format.SerdeTarget;
import dev.eddy.engine.runtime.CollectingProcessingLogger;
import dev.eddy.engine.runtime.task.TaskServices;
import dev.eddy.log.FileLogStore;
import dev.eddy.log.FlushPolicy;
import dev.eddy.log.LogRecord;
import dev.eddy.log.TopicConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table sink's records: upsert pairing of -U/+U, and windowed keys as Kafka Streams writes
 * them. Unwindowed rows are [ID STRING, QTY INT]; windowed rows [ID, WINDOWSTART, WINDOWEND, QTY].
 */
class TopicSinkUpsertTest {

  @TempDir
  Path dir;

  private FileLogStore store;

  @BeforeEach
  void setUp() {
    store = FileLogStore.open(dir);
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private TopicSink sink(String topic, int partitions, TopicSink.WindowColumns window) {
    store.createTopic(topic, TopicConfig.builder().partitions(partitions).flushPolicy(FlushPolicy.OS).build());
    return new TopicSink(store.topic(topic),
        Formats.of("KAFKA").serializer(schema("ID", STRING), SerdeTarget.KEY, FormatOptions.none()), new int[] {0},
        Formats.of("JSON").serializer(schema("QTY", INT), SerdeTarget.VALUE, FormatOptions.none()),
        new int[] {window == null ? 1 : 3}, TopicSink.Encoding.UPSERT,
        new TaskServices("Q1", new CollectingProcessingLogger(), () -> 7L), window);
  }

  private List<String> records(String topic, int partition) {
    List<String> seen = new ArrayList<>();
    for (LogRecord record : store.topic(topic).partition(partition).read(0, 1 << 20).records()) {
      seen.add(new String(record.key(), UTF_8) + "=" + text(record.value()) + "@" + record.timestamp());
    }
    return seen;
  }

  /** Records with their keys in hex: windowed keys are binary. */
  private List<String> hexRecords(String topic, int partition) {
    List<String> seen = new ArrayList<>();
    for (LogRecord record : store.topic(topic).partition(partition).read(0, 1 << 20).records()) {
      seen.add(HexFormat.of().formatHex(record.key()) + "=" + text(record.value()) + "@" + record.timestamp());
    }
    return seen;
  }

  private static String text(byte[] bytes) {
    return bytes == null ? "null" : new String(bytes, UTF_8);
  }

  @Test
  void anUpdateBeforeFollowedByTheUpdateAfterOfTheSameKeyWritesNothing() {
    TopicSink sink = sink("t", 1, null);

    sink.write(batch(insert(1, "a", 1), updateBefore(2, "a", 1), updateAfter(2, "a", 2),
        updateBefore(3, "a", 2), updateAfter(3, "a", 3)));

    assertThat(records("t", 0)).containsExactly("a={\"QTY\":1}@1", "a={\"QTY\":2}@2", "a={\"QTY\":3}@3");
    assertThat(sink.recordsWritten()).isEqualTo(3);
  }

  @Test
  void aLoneUpdateBeforeIsATombstone() {
    TopicSink sink = sink("t", 1, null);

    sink.write(batch(insert(1, "a", 1), updateBefore(2, "a", 1), insert(3, "b", 5), updateBefore(4, "b", 5)));

    assertThat(records("t", 0)).containsExactly("a={\"QTY\":1}@1", "a=null@2", "b={\"QTY\":5}@3", "b=null@4");
  }

  @Test
  void anUpdateBeforeFollowedByAnotherKeysUpdateAfterIsATombstone() {
    TopicSink sink = sink("t", 1, null);

    sink.write(batch(updateBefore(2, "a", 1), updateAfter(2, "b", 2), delete(3, "b", 2)));

    assertThat(records("t", 0)).containsExactly("a=null@2", "b={\"QTY\":2}@2", "b=null@3");
  }

  @Test
  void aTimeWindowedKeyIsTheKeyThenTheWindowStartPartitionedByTheKeyAlone() {
    TopicSink sink = sink("windowed", 8, new TopicSink.WindowColumns(1, 2, false));

    sink.write(batch(insert(5, "foobar", 0L, 10L, 1), insert(15, "k1", 10L, 20L, 2),
        insert(16, "foobar", 10L, 20L, 3)));

    // "foobar" and "k1" land in partitions 6 and 1 of 8 unwindowed (see TopicSinkTest)
    assertThat(hexRecords("windowed", 6)).containsExactly(
        "666f6f626172" + "0000000000000000" + "={\"QTY\":1}@5",
        "666f6f626172" + "000000000000000a" + "={\"QTY\":3}@16");
    assertThat(hexRecords("windowed", 1)).containsExactly(
        "6b31" + "000000000000000a" + "={\"QTY\":2}@15");
  }

  @Test
  void aSessionKeyIsTheKeyThenTheEndThenTheStart() {
    TopicSink sink = sink("sessions", 8, new TopicSink.WindowColumns(1, 2, true));

    sink.write(batch(insert(10, "k1", 10L, 10L, 1), delete(25, "k1", 10L, 10L, 1),
        insert(25, "k1", 10L, 25L, 2)));

    assertThat(hexRecords("sessions", 1)).containsExactly(
        "6b31" + "000000000000000a" + "000000000000000a" + "={\"QTY\":1}@10",
        "6b31" + "000000000000000a" + "000000000000000a" + "=null@25",
        "6b31" + "0000000000000019" + "000000000000000a" + "={\"QTY\":2}@25");
  }

  @Test
  void windowedUpdatesPairOnlyWithinTheSameWindow() {
    TopicSink sink = sink("windowed", 1, new TopicSink.WindowColumns(1, 2, false));

    sink.write(batch(
        insert(1, "a", 0L, 10L, 1),
        updateBefore(2, "a", 0L, 10L, 1),
        updateAfter(2, "a", 0L, 10L, 2),
        updateBefore(12, "a", 0L, 10L, 2),
        updateAfter(12, "a", 10L, 20L, 1)));

    assertThat(hexRecords("windowed", 0)).containsExactly(
        "61" + "0000000000000000" + "={\"QTY\":1}@1",
        "61" + "0000000000000000" + "={\"QTY\":2}@2",
        "61" + "0000000000000000" + "=null@12",
        "61" + "000000000000000a" + "={\"QTY\":1}@12");
  }
}
