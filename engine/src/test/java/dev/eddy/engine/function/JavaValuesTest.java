package dev.eddy.engine.function;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.functions.api.Struct;
import dev.eddy.functions.types.SqlType;
import dev.eddy.functions.types.SqlTypes;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.calcite.avatica.util.ByteString;
import org.junit.jupiter.api.Test;

/** Conversions between Calcite's internal values and the UDF API's Java values. */
class JavaValuesTest {

  @Test
  void datesAndTimesRoundTripIncludingBeforeTheEpoch() {
    assertThat(JavaValues.toDate(19000).getTime()).isEqualTo(19000 * 86_400_000L);
    assertThat(JavaValues.fromDate(JavaValues.toDate(-1))).isEqualTo(-1);
    assertThat(JavaValues.fromDate(new Date(-1))).as("a millisecond before the epoch is day -1").isEqualTo(-1);
    assertThat(JavaValues.fromTime(JavaValues.toTime(3_600_000))).isEqualTo(3_600_000);
    assertThat(JavaValues.fromTimestamp(JavaValues.toTimestamp(-5L))).isEqualTo(-5L);
    assertThat(JavaValues.toDate(null)).isNull();
    assertThat(JavaValues.fromTimestamp(null)).isNull();
  }

  @Test
  void bytesAreCopiedNotShared() {
    ByteBuffer buffer = JavaValues.toByteBuffer(new ByteString(new byte[] {1, 2}));
    assertThat(buffer.isReadOnly()).isTrue();
    ByteBuffer partlyRead = ByteBuffer.wrap(new byte[] {1, 2, 3});
    partlyRead.get();
    assertThat(JavaValues.fromByteBuffer(partlyRead)).isEqualTo(new ByteString(new byte[] {2, 3}));
    assertThat(partlyRead.position()).isEqualTo(1);
  }

  @Test
  void numbersWiden() {
    assertThat(JavaValues.toLong(7)).isEqualTo(7L);
    assertThat(JavaValues.toDouble(new BigDecimal("1.5"))).isEqualTo(1.5);
    assertThat(JavaValues.toDecimal(7L)).isEqualTo(new BigDecimal(7));
    assertThat(JavaValues.toInteger((short) 3)).isEqualTo(3);
    assertThat(JavaValues.toDecimal(null)).isNull();
  }

  @Test
  void collectionsConvertOnlyWhenTheirElementsNeedIt() {
    assertThat(ValueConverters.toJava(SqlTypes.array(SqlTypes.STRING))).isEmpty();
    assertThat(ValueConverters.toJava(SqlTypes.map(SqlTypes.STRING, SqlTypes.INTEGER))).isEmpty();

    SqlType dates = SqlTypes.array(SqlTypes.DATE);
    Object javaDates = ValueConverters.toJava(dates).orElseThrow().convert(Arrays.asList(0, null));
    assertThat(javaDates).isEqualTo(Arrays.asList(new Date(0), null));
    assertThat(ValueConverters.fromJava(dates).orElseThrow().convert(javaDates))
        .isEqualTo(Arrays.asList(0, null));

    SqlType timestamps = SqlTypes.map(SqlTypes.STRING, SqlTypes.TIMESTAMP);
    assertThat(ValueConverters.toJava(timestamps).orElseThrow().convert(Map.of("t", 5L)))
        .isEqualTo(Map.of("t", new Timestamp(5)));
  }

  @Test
  void structsBecomeRowsByFieldName() {
    var schema = SqlTypes.struct().field("A", SqlTypes.INTEGER).field("T", SqlTypes.TIME).build();
    Struct struct = (Struct) ValueConverters.toJava(schema).orElseThrow()
        .convert(new Object[] {1, 1000});
    assertThat(struct.get("A")).isEqualTo(1);
    assertThat(struct.get("T")).isEqualTo(new Time(1000));

    var reordered = SqlTypes.struct().field("T", SqlTypes.TIME).field("A", SqlTypes.INTEGER).build();
    Struct built = new Struct(reordered).put("A", 2).put("T", new Time(3));
    assertThat((Object[]) ValueConverters.fromJava(schema).orElseThrow().convert(built))
        .containsExactly(2, 3);
    assertThat(ValueConverters.fromJava(SqlTypes.array(schema)).orElseThrow().convert(List.of(built)))
        .asList().hasSize(1);
  }
}
