package dev.eddy.log;

import static dev.eddy.log.TestRecords.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

class RecordBatchEncoderTest {

  private static final Path FILE = Path.of("/data/t/0/00000000000000000000.log");

  private final RecordBatchEncoder encoder = new RecordBatchEncoder();

  @Test
  void headerConstantsChainWithoutGaps() {
    assertThat(RecordBatchEncoder.LENGTH_OFFSET).isEqualTo(4);
    assertThat(RecordBatchEncoder.BASE_OFFSET_OFFSET).isEqualTo(11);
    assertThat(RecordBatchEncoder.HEADER_SIZE).isEqualTo(43);
  }

  @Test
  void roundTripsEveryFieldShape() {
    List<Record> records = List.of(
        new Record(bytes("key"), bytes("value"), 1_700_000_000_000L, List.of(new Header("h1", bytes("v1")), new Header("ü", null))),
        new Record(null, bytes("no key"), 1_699_999_999_000L),
        new Record(bytes("tomb"), null, 1_700_000_000_500L),
        new Record(new byte[0], new byte[0], -5L),
        new Record(bytes("big"), TestRecords.value(1, 100_000), Long.MAX_VALUE));
    int size = encoder.prepare(records, null);
    ByteBuffer encoded = copy(encoder.encode(42));
    assertThat(encoded.remaining()).isEqualTo(size);

    RecordBatch batch = RecordBatch.frame(encoded, FILE, 0);
    batch.ensureValid();
    assertThat(batch.baseOffset()).isEqualTo(42);
    assertThat(batch.lastOffset()).isEqualTo(46);
    assertThat(batch.recordCount()).isEqualTo(5);
    assertThat(batch.firstTimestamp()).isEqualTo(1_700_000_000_000L);
    assertThat(batch.maxTimestamp()).isEqualTo(Long.MAX_VALUE);
    assertThat(batch.sizeInBytes()).isEqualTo(size);
    List<LogRecord> decoded = batch.records();
    assertThat(decoded).extracting(LogRecord::offset).containsExactly(42L, 43L, 44L, 45L, 46L);
    assertThat(decoded).extracting(LogRecord::toRecord).containsExactlyElementsOf(records);
  }

  @Test
  void crcCoversEverythingAfterItself() {
    ByteBuffer encoded = copy(encode(7, 3));
    CRC32C crc = new CRC32C();
    crc.update(encoded.duplicate().position(RecordBatchEncoder.LENGTH_OFFSET));
    assertThat(encoded.getInt(RecordBatchEncoder.CRC_OFFSET)).isEqualTo((int) crc.getValue());
    assertThat(encoded.getInt(RecordBatchEncoder.LENGTH_OFFSET)).isEqualTo(encoded.remaining());
  }

  @Test
  void aFlippedBitAnywhereAfterTheCrcIsDetected() {
    ByteBuffer original = copy(encode(0, 3));
    for (int i = RecordBatchEncoder.MAGIC_OFFSET; i < original.limit(); i++) {
      ByteBuffer damaged = copy(original);
      damaged.put(i, (byte) (damaged.get(i) ^ 1));
      RecordBatch batch = RecordBatch.frame(damaged, FILE, 4096);
      assertThatThrownBy(batch::ensureValid)
          .isInstanceOf(CorruptRecordException.class)
          .hasMessageStartingWith("CRC mismatch in batch at position 4096 of " + FILE + ": stored 0x");
    }
  }

  @Test
  void readsOnlyRecordsFromTheRequestedOffset() {
    RecordBatch batch = RecordBatch.frame(copy(encode(100, 5)), FILE, 0);
    List<LogRecord> out = new ArrayList<>();
    batch.readRecords(103, out);
    assertThat(out).extracting(LogRecord::offset).containsExactly(103L, 104L);
  }

  @Test
  void explicitOffsetDeltasLeaveGaps() {
    List<Record> records = TestRecords.records(0, 3, 10);
    encoder.prepare(records, new int[] {0, 4, 9});
    RecordBatch batch = RecordBatch.frame(copy(encoder.encode(50)), FILE, 0);
    batch.ensureValid();
    assertThat(batch.lastOffset()).isEqualTo(59);
    assertThat(batch.records()).extracting(LogRecord::offset).containsExactly(50L, 54L, 59L);
  }

  @Test
  void framingRejectsImpossibleLengths() {
    ByteBuffer encoded = copy(encode(0, 2));
    ByteBuffer tooLong = copy(encoded).putInt(RecordBatchEncoder.LENGTH_OFFSET, encoded.remaining() + 1);
    assertThatThrownBy(() -> RecordBatch.frame(tooLong, FILE, 12))
        .isInstanceOf(CorruptRecordException.class)
        .hasMessage("invalid batch length " + (encoded.remaining() + 1) + " in " + FILE + " at position 12: must be between 44 and the "
            + encoded.remaining() + " bytes available");
    assertThatThrownBy(() -> RecordBatch.frame(ByteBuffer.allocate(10), FILE, 0))
        .isInstanceOf(CorruptRecordException.class)
        .hasMessage("truncated batch header in " + FILE + " at position 0: 10 bytes left, a header needs 43");
  }

  @Test
  void emptyBatchIsRefused() {
    assertThatThrownBy(() -> encoder.prepare(List.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a batch needs at least one record");
  }

  @Test
  void varintsRoundTripAtTheEdges() {
    ByteBuffer buf = ByteBuffer.allocate(64);
    long[] longs = {0, -1, 1, 63, -64, 64, Long.MAX_VALUE, Long.MIN_VALUE};
    for (long v : longs) {
      buf.clear();
      Varints.writeLong(buf, v);
      assertThat(buf.position()).isEqualTo(Varints.sizeOfLong(v));
      buf.flip();
      assertThat(Varints.readLong(buf)).isEqualTo(v);
    }
    int[] ints = {0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, 300};
    for (int v : ints) {
      buf.clear();
      Varints.writeInt(buf, v);
      assertThat(buf.position()).isEqualTo(Varints.sizeOfInt(v));
      buf.flip();
      assertThat(Varints.readInt(buf)).isEqualTo(v);
    }
  }

  private ByteBuffer encode(long baseOffset, int count) {
    encoder.prepare(TestRecords.records(baseOffset, count, 20), null);
    return encoder.encode(baseOffset);
  }

  private static ByteBuffer copy(ByteBuffer src) {
    ByteBuffer out = ByteBuffer.allocate(src.remaining());
    out.put(src.duplicate()).flip();
    return out;
  }
}
