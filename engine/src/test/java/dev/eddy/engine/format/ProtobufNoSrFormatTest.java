package dev.eddy.engine.format;

import static dev.eddy.engine.format.Schemas.BIGINT;
import static dev.eddy.engine.format.Schemas.BOOLEAN;
import static dev.eddy.engine.format.Schemas.BYTES;
import static dev.eddy.engine.format.Schemas.DATE;
import static dev.eddy.engine.format.Schemas.DOUBLE;
import static dev.eddy.engine.format.Schemas.INT;
import static dev.eddy.engine.format.Schemas.STRING;
import static dev.eddy.engine.format.Schemas.TIME;
import static dev.eddy.engine.format.Schemas.TIMESTAMP;
import static dev.eddy.engine.format.Schemas.array;
import static dev.eddy.engine.format.Schemas.decimal;
import static dev.eddy.engine.format.Schemas.map;
import static dev.eddy.engine.format.Schemas.schema;
import static dev.eddy.engine.format.Schemas.struct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.Int32Value;
import com.google.protobuf.StringValue;
import com.google.protobuf.Timestamp;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.rel.type.RelDataType;
import org.junit.jupiter.api.Test;

class ProtobufNoSrFormatTest {

  private static final Format PROTOBUF = Formats.of("protobuf_nosr");

  private static final RelDataType PRIMITIVES = schema("I", INT, "L", BIGINT, "D", DOUBLE, "B", BOOLEAN, "S", STRING);

  private static final RelDataType ALL_TYPES = schema(
      "ID", BIGINT, "QTY", INT, "PRICE", decimal(6, 2), "NAME", STRING, "OK", BOOLEAN, "RATIO", DOUBLE,
      "DAY", DATE, "AT", TIME, "TS", TIMESTAMP, "RAW", BYTES,
      "TAGS", array(STRING), "ATTRS", map(STRING, INT), "ADDR", struct("CITY", STRING, "ZIP", INT),
      "LINES", array(struct("SKU", STRING, "COST", decimal(4, 1))), "BY_DAY", map(STRING, array(DATE)));

  private static FormatOptions options(String... keysAndValues) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      properties.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return FormatOptions.of(properties);
  }

  private static byte[] write(RelDataType schema, SerdeTarget target, FormatOptions options, Object... values) {
    return PROTOBUF.serializer(schema, target, options).serialize(values);
  }

  private static Object[] read(RelDataType schema, SerdeTarget target, FormatOptions options, byte[] bytes) {
    return PROTOBUF.deserializer(schema, target, options).deserialize(bytes);
  }

  private static Object[] roundTrip(RelDataType schema, FormatOptions options, Object... values) {
    return read(schema, SerdeTarget.VALUE, options, write(schema, SerdeTarget.VALUE, options, values));
  }

  private static byte[] hex(String text) {
    return HexFormat.of().parseHex(text.replace(" ", ""));
  }

  @Test
  void writesColumnsAsFieldsNumberedInOrder() {
    byte[] bytes = write(PRIMITIVES, SerdeTarget.VALUE, FormatOptions.none(), 1, 2L, 0.5, true, "ab");

    // field 1 varint 1, field 2 varint 2, field 3 fixed64 0.5, field 4 varint 1, field 5 length-delimited "ab"
    assertThat(bytes).isEqualTo(hex("0801 1002 19 000000000000e03f 2001 2a026162"));
  }

  @Test
  void roundTripsEveryType() {
    Map<String, Object> attrs = new LinkedHashMap<>();
    attrs.put("a", 1);
    attrs.put("b", -2);
    Object[] row = {7L, 3, new BigDecimal("-12.50"), "pen", true, 0.5, -719_162, 86_399_999, -1_500L,
        new ByteString(new byte[] {0, 1, (byte) 0xff}), List.of("x", ""), attrs, new Object[] {"Paris", 75001},
        List.of(new Object[] {"A1", new BigDecimal("99.9")}, new Object[] {"B2", null}),
        Map.of("mon", List.of(1, 19_000))};

    Object[] back = roundTrip(ALL_TYPES, FormatOptions.none(), row);

    // Structs inside lists are arrays, which List.equals compares by identity.
    assertThat(back).usingRecursiveComparison().isEqualTo(row);
  }

  @Test
  void plainNullsReadBackAsDefaultsExceptMessagesAsKsqlDbDoes() {
    RelDataType schema = schema("I", INT, "S", STRING, "P", decimal(4, 2), "T", TIMESTAMP, "A", array(INT),
        "M", map(STRING, STRING), "R", struct("X", INT));

    byte[] bytes = write(schema, SerdeTarget.VALUE, FormatOptions.none(), null, null, null, null, null, null, null);

    assertThat(bytes).isEmpty();
    assertThat(read(schema, SerdeTarget.VALUE, FormatOptions.none(), bytes))
        .containsExactly(0, "", null, null, List.of(), Map.of(), null);
  }

  @Test
  void optionalRepresentationKeepsNullsApartFromZeros() {
    FormatOptions optional = options("VALUE_PROTOBUF_NULLABLE_REPRESENTATION", "optional");

    byte[] zeros = write(PRIMITIVES, SerdeTarget.VALUE, optional, 0, null, 0.0, null, "");

    assertThat(zeros).isEqualTo(hex("0800 19 0000000000000000 2a00"));
    assertThat(read(PRIMITIVES, SerdeTarget.VALUE, optional, zeros)).containsExactly(0, null, 0.0, null, "");
    assertThat(roundTrip(schema("R", struct("X", INT, "Y", STRING)), optional, (Object) new Object[] {0, null}))
        .isEqualTo(new Object[] {new Object[] {0, null}});
  }

  @Test
  void wrapperRepresentationWritesGoogleWrappers() {
    FormatOptions wrapper = options("VALUE_PROTOBUF_NULLABLE_REPRESENTATION", "WRAPPER");

    byte[] bytes = write(PRIMITIVES, SerdeTarget.VALUE, wrapper, 0, null, null, false, "x");

    // I = Int32Value{} (present, empty), B = BoolValue{}, S = StringValue{value: "x"}
    assertThat(bytes).isEqualTo(hex("0a00 2200 2a03 0a0178"));
    assertThat(read(PRIMITIVES, SerdeTarget.VALUE, wrapper, bytes)).containsExactly(0, null, null, false, "x");
    RelDataType collections = schema("A", array(INT), "M", map(STRING, STRING));
    assertThat(roundTrip(collections, wrapper, List.of(0, 5), Map.of("k", "")))
        .containsExactly(List.of(0, 5), Map.of("k", ""));
  }

  @Test
  void logicalTypesUseTheWellKnownMessages() throws Exception {
    RelDataType schema = schema("TS", TIMESTAMP, "P", decimal(5, 2));

    byte[] bytes = write(schema, SerdeTarget.VALUE, FormatOptions.none(), 1_700_000_000_123L, new BigDecimal("-1.50"));

    CodedInputStream in = CodedInputStream.newInstance(bytes);
    assertThat(in.readTag()).isEqualTo((1 << 3) | 2);
    Timestamp timestamp = Timestamp.parseFrom(in.readBytes());
    assertThat(timestamp.getSeconds()).isEqualTo(1_700_000_000L);
    assertThat(timestamp.getNanos()).isEqualTo(123_000_000);
    assertThat(in.readTag()).isEqualTo((2 << 3) | 2);
    // confluent.type.Decimal: value = unscaled -150 big-endian, precision = 3, scale = 2
    assertThat(in.readBytes().toByteArray()).isEqualTo(hex("0a02ff6a 1003 1802"));
  }

  @Test
  void datesAndTimesUseGoogleTypes() {
    RelDataType schema = schema("D", DATE, "T", TIME);

    byte[] bytes = write(schema, SerdeTarget.VALUE, FormatOptions.none(), 19_000, 45_296_789);

    // Date{year 2022, month 1, day 8}; TimeOfDay{hours 12, minutes 34, seconds 56, nanos 789000000}
    assertThat(bytes).isEqualTo(hex("0a07 08e60f 1001 1808 120c 080c 1022 1838 20c0de9cf802"));
  }

  @Test
  void singleKeyColumnIsItsWrapperMessage() throws Exception {
    RelDataType key = schema("K", INT);

    byte[] bytes = write(key, SerdeTarget.KEY, FormatOptions.none(), 42);

    assertThat(Int32Value.parseFrom(bytes).getValue()).isEqualTo(42);
    assertThat(read(key, SerdeTarget.KEY, FormatOptions.none(), bytes)).containsExactly(42);
    assertThat(write(key, SerdeTarget.KEY, FormatOptions.none(), (Object) null)).isNull();
    assertThat(read(key, SerdeTarget.KEY, FormatOptions.none(), null)).isNull();
  }

  @Test
  void unwrappedValueHoldsTheColumnAlone() throws Exception {
    FormatOptions unwrapped = options("WRAP_SINGLE_VALUE", "false");
    RelDataType text = schema("S", STRING);
    RelDataType record = schema("R", struct("X", INT, "Y", STRING));

    assertThat(StringValue.parseFrom(write(text, SerdeTarget.VALUE, unwrapped, "hi")).getValue()).isEqualTo("hi");
    assertThat(write(record, SerdeTarget.VALUE, unwrapped, (Object) new Object[] {1, "y"}))
        .isEqualTo(hex("0801 1201 79"));
    assertThat(roundTrip(record, unwrapped, (Object) new Object[] {1, "y"}))
        .isEqualTo(new Object[] {new Object[] {1, "y"}});
    assertThat(write(record, SerdeTarget.VALUE, FormatOptions.none(), (Object) new Object[] {1, "y"}))
        .isEqualTo(hex("0a05 0801 1201 79"));
  }

  @Test
  void multiColumnKeyIsAMessage() {
    RelDataType key = schema("A", STRING, "B", BIGINT);

    byte[] bytes = write(key, SerdeTarget.KEY, FormatOptions.none(), "a", 5L);

    assertThat(bytes).isEqualTo(hex("0a0161 1005"));
    assertThat(read(key, SerdeTarget.KEY, FormatOptions.none(), bytes)).containsExactly("a", 5L);
  }

  @Test
  void ignoresFieldsTheSchemaDoesNotHave() {
    byte[] newer = hex("0801 4801 2a026162");

    assertThat(read(PRIMITIVES, SerdeTarget.VALUE, FormatOptions.none(), newer)).containsExactly(1, 0L, 0.0, false, "ab");
  }

  @Test
  void refusesTypesWithoutAProtobufForm() {
    assertThatThrownBy(() -> PROTOBUF.serializer(schema("M", map(INT, STRING)), SerdeTarget.VALUE, FormatOptions.none()))
        .isInstanceOf(FormatException.class).hasMessageContaining("only MAPs with STRING keys").hasMessageContaining("M");
    assertThatThrownBy(() -> PROTOBUF.serializer(schema("A", array(array(INT))), SerdeTarget.VALUE, FormatOptions.none()))
        .isInstanceOf(FormatException.class).hasMessageContaining("ARRAY<ARRAY<INTEGER>>");
    assertThatThrownBy(() -> PROTOBUF.deserializer(schema("A", array(INT)), SerdeTarget.KEY, FormatOptions.none()))
        .isInstanceOf(FormatException.class).hasMessageContaining("cannot unwrap");
    assertThatThrownBy(() -> PROTOBUF.serializer(PRIMITIVES, SerdeTarget.VALUE,
        options("VALUE_PROTOBUF_NULLABLE_REPRESENTATION", "maybe")))
        .isInstanceOf(FormatException.class).hasMessageContaining("OPTIONAL, WRAPPER");
    assertThatThrownBy(() -> PROTOBUF.serializer(PRIMITIVES, SerdeTarget.VALUE, options("WRAP_SINGLE_VALUE", "false")))
        .isInstanceOf(FormatException.class).hasMessageContaining("only valid for a single column");
  }

  @Test
  void errorsNameTheColumnAndPath() {
    RelDataType schema = schema("LINES", array(struct("COST", decimal(3, 1))));
    byte[] tooPrecise = write(schema("LINES", array(struct("COST", decimal(5, 3)))), SerdeTarget.VALUE,
        FormatOptions.none(), List.of((Object) new Object[] {new BigDecimal("1.125")}));

    assertThatThrownBy(() -> read(schema, SerdeTarget.VALUE, FormatOptions.none(), tooPrecise))
        .isInstanceOf(FormatException.class).hasMessageContaining("1.125").hasMessageEndingWith("for column LINES[0].COST");
    assertThatThrownBy(() -> write(schema("A", array(INT)), SerdeTarget.VALUE, FormatOptions.none(),
        Arrays.asList(1, null)))
        .isInstanceOf(FormatException.class).hasMessageEndingWith("for column A[1]");
    assertThatThrownBy(() -> read(PRIMITIVES, SerdeTarget.VALUE, FormatOptions.none(), hex("0a05")))
        .isInstanceOf(FormatException.class).hasMessageStartingWith("Invalid PROTOBUF_NOSR message");
    assertThatThrownBy(() -> write(PRIMITIVES, SerdeTarget.VALUE, FormatOptions.none(), "one", null, null, null, null))
        .isInstanceOf(FormatException.class).hasMessageContaining("as INTEGER for column I");
    assertThatThrownBy(() -> write(schema("T", TIME), SerdeTarget.VALUE, FormatOptions.none(), 86_400_000))
        .isInstanceOf(FormatException.class).hasMessage("Can't convert 86400000 ms to TIME: not a time of day for column T");
  }

  @Test
  void quotedColumnNamesNeedNoProtobufSpelling() {
    RelDataType schema = schema("my col", INT, "my_col", STRING, "1st", BOOLEAN);

    assertThat(roundTrip(schema, FormatOptions.none(), 1, "a", true)).containsExactly(1, "a", true);
  }
}
