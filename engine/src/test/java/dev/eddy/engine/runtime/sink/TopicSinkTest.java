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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.eddy.engine.catalog.Column;
import dev.eddy.engine.format.FormatOptions;
import dev.eddy.engine.format.Formats;
import dev.eddy.engine.format.Schemas;
import dev.eddy.engine.format.SerdeTarget;
import dev.eddy.engine.processinglog.ProcessingErrorType;
import dev.eddy.engine.processinglog.ProcessingLogEntry;
import dev.eddy.engine.runtime.ChangelogMode;
import dev.eddy.engine.runtime.CollectingProcessingLogger;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.engine.runtime.source.SourceDecoder;
import dev.eddy.engine.runtime.task.TaskServices;
import dev.eddy.log.FileLogStore;
import dev.eddy.log.FlushPolicy;
import dev.eddy.log.LogRecord;
import dev.eddy.log.TopicConfig;
import dev.eddy.log.TopicLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows [ID STRING, QTY INT]; key ID (KAFKA), value QTY (JSON). */
class TopicSinkTest {

  @TempDir
  Path dir;

  private FileLogStore store;
  private final CollectingProcessingLogger processingLog = new CollectingProcessingLogger();

  @BeforeEach
  void setUp() {
    store = FileLogStore.open(dir);
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private TopicSink sink(String topic, int partitions, int[] keyColumns, ChangelogMode mode) {
    store.createTopic(topic, TopicConfig.builder().partitions(partitions).flushPolicy(FlushPolicy.OS).build());
    return new TopicSink(store.topic(topic),
        Formats.of("KAFKA").serializer(schema("ID", STRING), SerdeTarget.KEY, FormatOptions.none()), keyColumns,
        Formats.of("JSON").serializer(schema("QTY", INT), SerdeTarget.VALUE, FormatOptions.none()), new int[] {1},
        mode, new TaskServices("Q1", processingLog, () -> 7L));
  }

  private List<String> records(String topic, int partition) {
    TopicLog log = store.topic(topic);
    List<String> seen = new ArrayList<>();
    for (LogRecord record : log.partition(partition).read(0, 1 << 20).records()) {
      seen.add(text(record.key()) + "=" + text(record.value()) + "@" + record.timestamp());
    }
    return seen;
  }

  private static String text(byte[] bytes) {
    return bytes == null ? "null" : new String(bytes, UTF_8);
  }

  @Test
  void writesUpsertsAndTombstonesForAChangelog() {
    TopicSink sink = sink("totals", 1, new int[] {0}, ChangelogMode.all());

    sink.write(batch(insert(1, "a", 1), updateBefore(2, "a", 1), updateAfter(2, "a", 2), delete(3, "a", 2)));

    assertThat(records("totals", 0)).containsExactly("a={\"QTY\":1}@1", "a={\"QTY\":2}@2", "a=null@3");
    assertThat(sink.recordsWritten()).isEqualTo(3);
  }

  @Test
  void partitionsByTheKeyBytesLikeKafka() {
    TopicSink sink = sink("by_key", 8, new int[] {0}, ChangelogMode.insertOnly());

    sink.write(batch(insert(1, "foobar", 1), insert(2, "k1", 2), insert(3, "foobar", 3)));

    assertThat(records("by_key", 6)).containsExactly("foobar={\"QTY\":1}@1", "foobar={\"QTY\":3}@3");
    assertThat(records("by_key", 1)).containsExactly("k1={\"QTY\":2}@2");
  }

  @Test
  void unkeyedRowsGoToOnePartitionPerBatchInTurn() {
    TopicSink sink = sink("no_key", 2, new int[0], ChangelogMode.insertOnly());

    sink.write(batch(insert(1, "x", 1), insert(2, "y", 2)));
    sink.write(batch(insert(3, "z", 3)));

    assertThat(records("no_key", 0)).containsExactly("null={\"QTY\":1}@1", "null={\"QTY\":2}@2");
    assertThat(records("no_key", 1)).containsExactly("null={\"QTY\":3}@3");
  }

  @Test
  void rowsThatDoNotSerializeAreSkippedAndLogged() {
    TopicSink sink = sink("bad", 1, new int[] {0}, ChangelogMode.insertOnly());

    sink.write(batch(insert(1, "a", "not an int"), insert(2, "b", 2)));

    assertThat(records("bad", 0)).containsExactly("b={\"QTY\":2}@2");
    assertThat(sink.serializationErrors()).isEqualTo(1);
    assertThat(processingLog.entries())
        .extracting(ProcessingLogEntry::loggedAt, ProcessingLogEntry::queryId, ProcessingLogEntry::operator,
            ProcessingLogEntry::type, ProcessingLogEntry::message, ProcessingLogEntry::row)
        .containsExactly(tuple(7L, "Q1", "sink", ProcessingErrorType.SERIALIZATION_ERROR,
            "Can't serialize String value 'not an int' as INTEGER for column QTY", "+I[a, not an int] @1"));
  }

  @Test
  void anInsertOnlySinkWritesADeleteWithoutAValueAndRefusesUpdates() {
    TopicSink sink = sink("stream", 1, new int[] {0}, ChangelogMode.insertOnly());

    sink.write(batch(insert(1, "a", 1), delete(2, "a", null)));

    assertThat(records("stream", 0)).containsExactly("a={\"QTY\":1}@1", "a=null@2");
    assertThatThrownBy(() -> sink.write(batch(updateAfter(3, "a", 1))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Insert-only sink to stream received +U; the planner must declare the input's changelog mode");
  }

  @Test
  void aChangelogTopicCarriesEveryKindThroughARepartition() {
    TopicSink sink = new TopicSink(createTopic("repartition", 1),
        Formats.of("KAFKA").serializer(schema("ID", STRING), SerdeTarget.KEY, FormatOptions.none()), new int[] {0},
        Formats.of("JSON").serializer(schema("QTY", INT), SerdeTarget.VALUE, FormatOptions.none()), new int[] {1},
        TopicSink.Encoding.CHANGELOG, new TaskServices("Q1", processingLog, () -> 7L));
    sink.write(batch(insert(1, "a", 1), updateBefore(2, "a", 1), updateAfter(2, "a", 2), delete(3, "a", 2)));

    SourceDecoder decoder = SourceDecoder.builder(Schemas.TYPES, List.of(Column.key("ID", STRING), Column.value("QTY", INT)))
        .keyFormat(Formats.of("KAFKA")).valueFormat(Formats.of("JSON")).changelog(true).build();
    RowBatch decoded = new RowBatch(4);
    for (LogRecord record : store.topic("repartition").partition(0).read(0, 1 << 20).records()) {
      decoder.decodeInto(0, record, decoded);
    }

    assertThat(decoded.toString()).isEqualTo(
        "+I[a, 1, 1, 0, 0, null, null] @1\n-U[a, 1, 2, 0, 1, null, null] @2\n+U[a, 2, 2, 0, 2, null, null] @2\n-D[a, 2, 3, 0, 3, null, null] @3\n");
  }

  private TopicLog createTopic(String name, int partitions) {
    store.createTopic(name, TopicConfig.builder().partitions(partitions).flushPolicy(FlushPolicy.OS).build());
    return store.topic(name);
  }
}
