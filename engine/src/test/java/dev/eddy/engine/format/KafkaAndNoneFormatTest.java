package dev.eddy.engine.format;

import static dev.eddy.engine.format.Schemas.BIGINT;
import static dev.eddy.engine.format.Schemas.BOOLEAN;
import static dev.eddy.engine.format.Schemas.BYTES;
import static dev.eddy.engine.format.Schemas.DOUBLE;
import static dev.eddy.engine.format.Schemas.INT;
import static dev.eddy.engine.format.Schemas.STRING;
import static dev.eddy.engine.format.Schemas.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.rel.type.RelDataType;
import org.junit.jupiter.api.Test;

class KafkaAndNoneFormatTest {

  private static final Format KAFKA = Formats.of("KAFKA");
  private static final Format NONE = Formats.of("NONE");

  private static byte[] write(RelDataType type, Object value) {
    return KAFKA.serializer(schema("K", type), SerdeTarget.KEY, FormatOptions.none()).serialize(new Object[] {value});
  }

  private static Object read(RelDataType type, byte[] bytes) {
    return KAFKA.deserializer(schema("K", type), SerdeTarget.KEY, FormatOptions.none()).deserialize(bytes)[0];
  }

  @Test
  void encodesPrimitivesAsKafkaSerializersDo() {
    assertThat(write(INT, 258)).containsExactly(0, 0, 1, 2);
    assertThat(write(INT, -1)).containsExactly(0xff, 0xff, 0xff, 0xff);
    assertThat(write(BIGINT, 1L)).containsExactly(0, 0, 0, 0, 0, 0, 0, 1);
    assertThat(write(DOUBLE, 1.0)).containsExactly(0x3f, 0xf0, 0, 0, 0, 0, 0, 0);
    assertThat(write(STRING, "é")).containsExactly(0xc3, 0xa9);
    assertThat(write(BYTES, new ByteString(new byte[] {7, 8}))).containsExactly(7, 8);
  }

  @Test
  void decodesWhatItEncodes() {
    assertThat(read(INT, new byte[] {0, 0, 1, 2})).isEqualTo(258);
    assertThat(read(BIGINT, write(BIGINT, -5L))).isEqualTo(-5L);
    assertThat(read(DOUBLE, write(DOUBLE, 2.5))).isEqualTo(2.5);
    assertThat(read(STRING, "abc".getBytes(StandardCharsets.UTF_8))).isEqualTo("abc");
    assertThat(read(BYTES, new byte[] {1})).isEqualTo(new ByteString(new byte[] {1}));
  }

  @Test
  void nullsStayNull() {
    assertThat(write(INT, null)).isNull();
    assertThat(KAFKA.deserializer(schema("K", INT), SerdeTarget.KEY, FormatOptions.none()).deserialize(null)).isNull();
  }

  @Test
  void wrongSizesAndTypesAreErrors() {
    assertThatThrownBy(() -> read(INT, new byte[] {1, 2, 3}))
        .isInstanceOf(FormatException.class)
        .hasMessage("Can't convert 3 bytes to INTEGER: expected 4 for column K");
    assertThatThrownBy(() -> KAFKA.serializer(schema("A", INT, "B", INT), SerdeTarget.VALUE, FormatOptions.none()))
        .hasMessage("The 'KAFKA' format only supports a single field. Got: [A, B]");
    assertThatThrownBy(() -> KAFKA.serializer(schema("A", BOOLEAN), SerdeTarget.VALUE, FormatOptions.none()))
        .hasMessage("The 'KAFKA' format does not support type BOOLEAN (column A)");
  }

  @Test
  void noneIsAKeyFormatWithoutColumns() {
    assertThat(NONE.supports(SerdeTarget.VALUE)).isFalse();
    assertThat(NONE.serializer(schema(), SerdeTarget.KEY, FormatOptions.none()).serialize(new Object[0])).isNull();
    assertThat(NONE.deserializer(schema(), SerdeTarget.KEY, FormatOptions.none()).deserialize(new byte[] {1}))
        .isEmpty();
    assertThatThrownBy(() -> NONE.serializer(schema("K", INT), SerdeTarget.KEY, FormatOptions.none()))
        .hasMessage("The 'NONE' format can only be used when no columns are defined. Got: [K]");
    assertThatThrownBy(() -> NONE.serializer(schema(), SerdeTarget.VALUE, FormatOptions.none()))
        .hasMessage("The 'NONE' format can only be used as a key format");
  }
}
