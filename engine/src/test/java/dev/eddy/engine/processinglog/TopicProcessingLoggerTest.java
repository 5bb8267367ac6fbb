package dev.eddy.engine.processinglog;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.log.FileLogStore;
import dev.eddy.log.LogRecord;
import dev.eddy.log.TopicPartition;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicProcessingLoggerTest {

  @TempDir
  Path dir;

  @Test
  void writesOneJsonEntryPerSkipAndCountsPerQuery() {
    try (FileLogStore store = FileLogStore.open(dir)) {
      TopicProcessingLogger logger = TopicProcessingLogger.open(store);
      LogRecord record = new LogRecord(9, 100, new byte[] {0, 1, (byte) 0xff}, "v".getBytes(UTF_8), List.of());

      logger.log(ProcessingLogEntry.forRecord(5, "Q1", "source", ProcessingErrorType.DESERIALIZATION_ERROR,
          new IllegalArgumentException("outer", new IllegalStateException("inner")),
          new TopicPartition("t", 3), record));
      logger.log(ProcessingLogEntry.forRow(6, "Q2", "0:Calc", ProcessingErrorType.EVALUATION_ERROR,
          new ArithmeticException("/ by zero"), "+I[0] @1"));

      List<LogRecord> written = store.topic(ProcessingLogger.TOPIC).partition(0).read(0, 1 << 20).records();
      assertThat(written).extracting(r -> new String(r.value(), UTF_8)).containsExactly(
          "{\"LOGGED_AT\":5,\"QUERY_ID\":\"Q1\",\"OPERATOR\":\"source\",\"ERROR_TYPE\":\"DESERIALIZATION_ERROR\","
              + "\"MESSAGE\":\"outer\",\"CAUSE\":\"inner\",\"RECORD_TOPIC\":\"t\",\"RECORD_PARTITION\":3,\"RECORD_OFFSET\":9,"
              + "\"RECORD_KEY\":\"base64:AAH/\",\"RECORD_VALUE\":\"v\",\"FAILED_ROW\":null}",
          "{\"LOGGED_AT\":6,\"QUERY_ID\":\"Q2\",\"OPERATOR\":\"0:Calc\",\"ERROR_TYPE\":\"EVALUATION_ERROR\","
              + "\"MESSAGE\":\"/ by zero\",\"CAUSE\":null,\"RECORD_TOPIC\":null,\"RECORD_PARTITION\":null,\"RECORD_OFFSET\":null,"
              + "\"RECORD_KEY\":null,\"RECORD_VALUE\":null,\"FAILED_ROW\":\"+I[0] @1\"}");
      assertThat(written).extracting(LogRecord::timestamp).containsExactly(5L, 6L);
      assertThat(logger.errorCount("Q1")).isEqualTo(1);
      assertThat(logger.errorCount("Q3")).isZero();
      assertThat(logger.droppedEntries()).isZero();
    }
  }

  @Test
  void rendersPrintableBytesAsTextAndOthersAsBase64() {
    assertThat(RecordText.describe(null)).isNull();
    assertThat(RecordText.describe("a\tb\n".getBytes(UTF_8))).isEqualTo("a\tb\n");
    assertThat(RecordText.describe("é".getBytes(UTF_8))).isEqualTo("é");
    assertThat(RecordText.describe(new byte[] {0x00, 0x41})).isEqualTo("base64:AEE=");
    assertThat(RecordText.describe(new byte[] {(byte) 0xc3})).isEqualTo("base64:ww==");
  }
}
