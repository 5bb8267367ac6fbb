package dev.eddy.engine.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eddy.functions.api.Struct;
import dev.eddy.functions.types.SqlTypes;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.calcite.avatica.util.ByteString;
import org.junit.jupiter.api.Test;

/** Every value kind state holds comes back with its exact Java class and value. */
class ValueCodecTest {

  private static Object roundTrip(Object value) {
    return ValueCodec.decode(ValueCodec.encode(value));
  }

  @Test
  void numbersKeepTheirClass() {
    assertThat(roundTrip(42)).isExactlyInstanceOf(Integer.class).isEqualTo(42);
    assertThat(roundTrip(Integer.MIN_VALUE)).isEqualTo(Integer.MIN_VALUE);
    assertThat(roundTrip(42L)).isExactlyInstanceOf(Long.class).isEqualTo(42L);
    assertThat(roundTrip(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
    assertThat(roundTrip(-0.5d)).isExactlyInstanceOf(Double.class).isEqualTo(-0.5d);
    assertThat(roundTrip(Double.NaN)).isEqualTo(Double.NaN);
    assertThat(roundTrip(1.25f)).isExactlyInstanceOf(Float.class).isEqualTo(1.25f);
    assertThat(roundTrip((short) -7)).isExactlyInstanceOf(Short.class).isEqualTo((short) -7);
    assertThat(roundTrip((byte) 9)).isExactlyInstanceOf(Byte.class).isEqualTo((byte) 9);
    assertThat(roundTrip(true)).isEqualTo(Boolean.TRUE);
    assertThat(roundTrip(false)).isEqualTo(Boolean.FALSE);
  }

  @Test
  void decimalsKeepTheirScale() {
    Object decoded = roundTrip(new BigDecimal("-12.3400"));

    assertThat(decoded).isExactlyInstanceOf(BigDecimal.class);
    BigDecimal decimal = (BigDecimal) decoded;
    assertThat(decimal.scale()).isEqualTo(4);
    assertThat(decimal.unscaledValue().longValue()).isEqualTo(-123400L);
    assertThat(decimal.toPlainString()).isEqualTo("-12.3400");
    assertThat(((BigDecimal) roundTrip(new BigDecimal("1E+3"))).scale()).isEqualTo(-3);
    assertThat(roundTrip(new BigDecimal("123456789012345678901234567890.12")).toString())
        .isEqualTo("123456789012345678901234567890.12");
  }

  @Test
  void stringsAndBytesKeepTheirClass() {
    assertThat(roundTrip("grüße, 世界")).isEqualTo("grüße, 世界");
    assertThat(roundTrip("")).isEqualTo("");

    Object byteString = roundTrip(new ByteString(new byte[] {1, 2, (byte) 0xff}));
    assertThat(byteString).isExactlyInstanceOf(ByteString.class).isEqualTo(new ByteString(new byte[] {1, 2, (byte) 0xff}));

    ByteBuffer buffer = ByteBuffer.wrap(new byte[] {9, 8, 7, 6});
    buffer.position(1);
    Object decodedBuffer = roundTrip(buffer);
    assertThat(decodedBuffer).isInstanceOf(ByteBuffer.class).isEqualTo(ByteBuffer.wrap(new byte[] {8, 7, 6}));
    assertThat(buffer.position()).as("encoding must not consume the buffer").isEqualTo(1);

    Object bytes = roundTrip(new byte[] {3, 0, -1});
    assertThat(bytes).isExactlyInstanceOf(byte[].class);
    assertThat((byte[]) bytes).containsExactly(3, 0, -1);
  }

  @Test
  void datesTimesAndTimestampsKeepTheirClassAndNanos() {
    Object date = roundTrip(new Date(19_000L * 86_400_000L));
    assertThat(date).isExactlyInstanceOf(Date.class);
    assertThat(((Date) date).getTime()).isEqualTo(19_000L * 86_400_000L);

    Object time = roundTrip(new Time(3_723_004L));
    assertThat(time).isExactlyInstanceOf(Time.class);
    assertThat(((Time) time).getTime()).isEqualTo(3_723_004L);

    Timestamp timestamp = new Timestamp(1_700_000_000_123L);
    timestamp.setNanos(123_456_789);
    Object decoded = roundTrip(timestamp);
    assertThat(decoded).isExactlyInstanceOf(Timestamp.class).isEqualTo(timestamp);
    assertThat(((Timestamp) decoded).getNanos()).isEqualTo(123_456_789);
    assertThat(((Timestamp) decoded).getTime()).isEqualTo(1_700_000_000_123L);
  }

  @Test
  void collectionsKeepElementClassesAndOrder() {
    Object list = roundTrip(java.util.Arrays.asList(1, 2L, null, "x"));
    assertThat(list).isInstanceOf(List.class);
    @SuppressWarnings("unchecked")
    List<Object> elements = (List<Object>) list;
    assertThat(elements).containsExactly(1, 2L, null, "x");
    assertThat(elements).extracting(v -> v == null ? null : (Object) v.getClass())
        .containsExactly(Integer.class, Long.class, null, String.class);

    Map<Object, Object> map = new LinkedHashMap<>();
    map.put("z", 1);
    map.put("a", List.of(2.5d));
    map.put(3L, null);
    Object decodedMap = roundTrip(map);
    assertThat(decodedMap).isInstanceOf(Map.class).isEqualTo(map);
    assertThat(new java.util.ArrayList<Object>(((Map<?, ?>) decodedMap).keySet())).containsExactly("z", "a", 3L);
  }

  @Test
  void nestedObjectArraysStayObjectArrays() {
    Object[] nested = {1, new Object[] {"a", new Object[] {2L, null}}, List.<Object>of((Object) new Object[] {true})};

    Object decoded = roundTrip(nested);

    assertThat(decoded).isExactlyInstanceOf(Object[].class);
    Object[] outer = (Object[]) decoded;
    assertThat(outer).hasSize(3);
    assertThat(outer[0]).isEqualTo(1);
    assertThat(outer[1]).isExactlyInstanceOf(Object[].class);
    assertThat(((Object[]) ((Object[]) outer[1])[1])).containsExactly(2L, null);
    assertThat(((Object[]) ((List<?>) outer[2]).get(0))).containsExactly(true);
  }

  @Test
  void structsKeepTheirSchemaAndFields() {
    Struct struct = new Struct(SqlTypes.struct()
        .field("SUM", SqlTypes.parse("DOUBLE"))
        .field("COUNT", SqlTypes.parse("BIGINT"))
        .field("TAGS", SqlTypes.parse("ARRAY<STRING>"))
        .field("AMOUNT", SqlTypes.parse("DECIMAL(4, 2)"))
        .build());
    struct.put("SUM", 2.5d).put("COUNT", 3L).put("TAGS", List.of("a", "b")).put("AMOUNT", new BigDecimal("1.50"));

    Object decoded = roundTrip(struct);

    assertThat(decoded).isExactlyInstanceOf(Struct.class).isEqualTo(struct);
    assertThat(((Struct) decoded).schema()).isEqualTo(struct.schema());
    assertThat(((Struct) decoded).get(1)).isExactlyInstanceOf(Long.class);
    assertThat(((BigDecimal) ((Struct) decoded).get(3)).scale()).isEqualTo(2);
  }

  @Test
  void rowKeysAndWindowKeysCompareEqualAfterDecoding() {
    RowKey key = RowKey.of("a", 1, new Object[] {2L, "s"}, null);
    Object decodedKey = roundTrip(key);
    assertThat(decodedKey).isExactlyInstanceOf(RowKey.class).isEqualTo(key).hasSameHashCodeAs(key);
    assertThat(((RowKey) decodedKey).get(1)).isExactlyInstanceOf(Integer.class);

    WindowKey window = new WindowKey(RowKey.of("a", 7L), -5_000L, 60_000L);
    Object decodedWindow = roundTrip(window);
    assertThat(decodedWindow).isExactlyInstanceOf(WindowKey.class).isEqualTo(window);
    assertThat(decodedWindow).hasToString("WindowKey[key=[a, 7], start=-5000, end=60000]");
  }

  @Test
  void nullRoundTrips() {
    assertThat(ValueCodec.encode(null)).containsExactly(0);
    assertThat(roundTrip(null)).isNull();
  }

  @Test
  void aValueStateCannotHoldIsRefusedNamingItsClass() {
    assertThatThrownBy(() -> ValueCodec.encode(Optional.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("State cannot hold a java.util.Optional: Optional[1]");
    assertThatThrownBy(() -> ValueCodec.encode(List.of(new StringBuilder("sb"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("State cannot hold a java.lang.StringBuilder: sb");
  }

  @Test
  void corruptBytesAreRefused() {
    assertThatThrownBy(() -> ValueCodec.decode(new byte[] {99}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Corrupt state value: unknown tag 99");
    assertThatThrownBy(() -> ValueCodec.decode(new byte[] {3, 0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Corrupt state value");
  }

  @Test
  void theBytesAreBigEndianAsChangelogsAlreadyWrittenHoldThem() {
    assertThat(ValueCodec.encode(258L)).containsExactly(4, 0, 0, 0, 0, 0, 0, 1, 2);
    assertThat(ValueCodec.encode(new Object[] {(short) -2, "é"}))
        .containsExactly(14, 0, 0, 0, 2, 21, 0xff, 0xfe, 8, 0, 0, 0, 2, 0xc3, 0xa9);
  }

  @Test
  void aLargeValueThenASmallOneBothRoundTrip() {
    String large = "x".repeat(200_000);
    assertThat(roundTrip(List.of(large, 1.5))).isEqualTo(List.of(large, 1.5));
    assertThat(roundTrip(7)).isEqualTo(7);
  }
}
