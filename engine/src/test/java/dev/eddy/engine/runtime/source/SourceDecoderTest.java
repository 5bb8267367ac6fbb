package dev.eddy.engine.runtime.source;

import static dev.eddy.engine.format.Schemas.BIGINT;
import static dev.eddy.engine.format.Schemas.BYTES;
import static dev.eddy.engine.format.Schemas.INT;
import static dev.eddy.engine.format.Schemas.STRING;
import static dev.eddy.engine.format.Schemas.TYPES;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eddy.engine.catalog.Column;
import dev.eddy.engine.catalog.ColumnRole;
import dev.eddy.engine.format.FormatException;
import dev.eddy.engine.format.Formats;
import dev.eddy.engine.runtime.RowBatch;
import dev.eddy.log.Header;
import dev.eddy.log.LogRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceDecoderTest {

  private static final List<Column> COLUMNS = List.of(
      Column.value("AMOUNT", INT),
      Column.key("ID", STRING),
      Column.value("NOTE", STRING),
      new Column("TRACE", BYTES, ColumnRole.HEADER, "trace"));

  private static LogRecord record(long offset, String key, String value, Header... headers) {
    return new LogRecord(offset, 1000 + offset, key == null ? null : key.getBytes(UTF_8),
        value == null ? null : value.getBytes(UTF_8), List.of(headers));
  }

  private static SourceDecoder.Builder builder() {
    return SourceDecoder.builder(TYPES, COLUMNS).keyFormat(Formats.of("KAFKA")).valueFormat(Formats.of("JSON"));
  }

  @Test
  void placesKeyValueHeaderAndPseudoColumns() {
    RowBatch batch = new RowBatch(4);
    SourceDecoder decoder = builder().build();

    long rowtime = decoder.decodeInto(2, record(7, "k1", "{\"amount\": 5, \"NOTE\": \"hi\"}",
        new Header("trace", new byte[] {1}), new Header("trace", new byte[] {2})), batch);

    assertThat(rowtime).isEqualTo(1007);
    assertThat(decoder.rowtimeIndex()).isEqualTo(4);
    assertThat(batch.toString()).isEqualTo("+I[5, k1, hi, 02, 1007, 2, 7, null, null] @1007\n");
  }

  @Test
  void streamTombstonesCarryNoRowAndTableTombstonesAreDeletes() {
    RowBatch batch = new RowBatch(4);
    assertThat(builder().build().decodeInto(0, record(1, "k1", null), batch)).isEqualTo(Long.MIN_VALUE);
    assertThat(batch.size()).isZero();

    SourceDecoder table = builder().table(true).build();
    table.decodeInto(0, record(2, "k1", "{\"AMOUNT\": 1}"), batch);
    table.decodeInto(0, record(3, "k1", null), batch);

    assertThat(batch.toString()).isEqualTo(
        "+U[1, k1, null, null, 1002, 0, 2, null, null] @1002\n"
            + "-D[null, k1, null, null, 1003, 0, 3, null, null] @1003\n");
  }

  @Test
  void aStreamPassingTombstonesOnDecodesThemAsDeletesWithTheirKey() {
    RowBatch batch = new RowBatch(2);

    builder().tombstones(true).build().decodeInto(0, record(4, "k1", null), batch);

    assertThat(batch.toString()).isEqualTo("-D[null, k1, null, null, 1004, 0, 4, null, null] @1004\n");
  }

  @Test
  void aTableRecordWithoutAKeyCarriesNoRow() {
    RowBatch batch = new RowBatch(4);

    assertThat(builder().table(true).build().decodeInto(0, record(1, null, "{\"AMOUNT\": 1}"), batch))
        .isEqualTo(Long.MIN_VALUE);
    builder().build().decodeInto(0, record(2, null, "{\"AMOUNT\": 2}"), batch);

    assertThat(batch.toString()).isEqualTo("+I[2, null, null, null, 1002, 0, 2, null, null] @1002\n");
  }

  @Test
  void eventTimeFromAStringColumnWithFormat() {
    List<Column> columns = List.of(Column.value("TS", STRING), Column.value("N", BIGINT));
    SourceDecoder decoder = SourceDecoder.builder(TYPES, columns)
        .keyFormat(Formats.of("NONE")).valueFormat(Formats.of("JSON"))
        .timestampColumn("TS", "yyyy-MM-dd HH:mm:ss")
        .build();
    RowBatch batch = new RowBatch(2);

    long rowtime = decoder.decodeInto(0, record(0, null, "{\"TS\": \"2024-01-02 03:04:05\", \"N\": 1}"), batch);

    assertThat(rowtime).isEqualTo(1704164645000L);
    assertThat(batch.rowtime(0)).isEqualTo(1704164645000L);
    assertThatThrownBy(() -> decoder.decodeInto(0, record(1, null, "{\"TS\": \"yesterday\"}"), batch))
        .isInstanceOf(InvalidTimestampException.class)
        .hasMessage("Can't parse timestamp 'yesterday' of column TS with format 'yyyy-MM-dd HH:mm:ss'");
    assertThatThrownBy(() -> decoder.decodeInto(0, record(1, null, "{\"N\": 1}"), batch))
        .hasMessage("Timestamp column TS is null");
  }

  @Test
  void eventTimeFromABigintColumn() {
    List<Column> columns = List.of(Column.value("T", BIGINT));
    SourceDecoder decoder = SourceDecoder.builder(TYPES, columns)
        .keyFormat(Formats.of("NONE")).valueFormat(Formats.of("JSON")).timestampColumn("T", null).build();
    RowBatch batch = new RowBatch(1);
    assertThat(decoder.decodeInto(0, record(0, null, "{\"T\": 5000}"), batch)).isEqualTo(5000);
  }

  @Test
  void badBytesAreFormatErrors() {
    assertThatThrownBy(() -> builder().build().decodeInto(0, record(0, "k", "{\"AMOUNT\": \"x\"}"), new RowBatch(1)))
        .isInstanceOf(FormatException.class)
        .hasMessage("Can't convert 'x' to INTEGER for column AMOUNT");
  }
}
