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
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.rel.type.RelDataType;
import org.junit.jupiter.api.Test;

class JsonFormatTest {

  private static final Format JSON = Formats.of("json");

  private static final RelDataType ALL_TYPES = schema(
      "ID", BIGINT, "QTY", INT, "PRICE", decimal(6, 2), "NAME", STRING, "OK", BOOLEAN, "RATIO", DOUBLE,
      "DAY", DATE, "AT", TIME, "TS", TIMESTAMP, "RAW", BYTES,
      "TAGS", array(STRING), "ATTRS", map(STRING, INT), "ADDR", struct("CITY", STRING, "ZIP", INT));

  private static Object[] read(RelDataType schema, String json) {
    return JSON.deserializer(schema, SerdeTarget.VALUE, FormatOptions.none()).deserialize(json.getBytes(UTF_8));
  }

  private static String write(RelDataType schema, SerdeTarget target, FormatOptions options, Object... values) {
    return new String(JSON.serializer(schema, target, options).serialize(values), UTF_8);
  }

  @Test
  void writesEveryTypeAsKsqlDbDoes() {
    Map<String, Object> attrs = new LinkedHashMap<>();
    attrs.put("a", 1);
    attrs.put("b", null);
    String json = write(ALL_TYPES, SerdeTarget.VALUE, FormatOptions.none(),
        7L, 3, new BigDecimal("12.50"), "pen", true, 0.5, 19000, 3_600_000, 1_700_000_000_000L,
        new ByteString(new byte[] {1, 2, 3}), Arrays.asList("x", null), attrs, new Object[] {"Paris", 75001});

    assertThat(json).isEqualTo("{\"ID\":7,\"QTY\":3,\"PRICE\":12.50,\"NAME\":\"pen\",\"OK\":true,\"RATIO\":0.5,"
        + "\"DAY\":19000,\"AT\":3600000,\"TS\":1700000000000,\"RAW\":\"AQID\",\"TAGS\":[\"x\",null],"
        + "\"ATTRS\":{\"a\":1,\"b\":null},\"ADDR\":{\"CITY\":\"Paris\",\"ZIP\":75001}}");
  }

  @Test
  void roundTripsEveryType() {
    Object[] row = {7L, 3, new BigDecimal("12.50"), "pen", true, 0.5, 19000, 3_600_000, 1_700_000_000_000L,
        new ByteString(new byte[] {1, 2, 3}), Arrays.asList("x", null), Map.of("a", 1),
        new Object[] {"Paris", 75001}};
    byte[] bytes = JSON.serializer(ALL_TYPES, SerdeTarget.VALUE, FormatOptions.none()).serialize(row);

    Object[] back = JSON.deserializer(ALL_TYPES, SerdeTarget.VALUE, FormatOptions.none()).deserialize(bytes);

    assertThat(back).isEqualTo(row);
  }

  @Test
  void decimalsAreWrittenInPlainNotation() {
    assertThat(write(schema("D", decimal(10, 0)), SerdeTarget.VALUE, FormatOptions.none(), new BigDecimal("1E+3")))
        .isEqualTo("{\"D\":1000}");
  }

  @Test
  void matchesFieldNamesCaseInsensitivelyAndMissingFieldsAreNull() {
    Object[] row = read(schema("ID", INT, "NAME", STRING, "MISSING", STRING),
        "{\"id\": 1, \"Name\": \"x\", \"other\": 5}");
    assertThat(row).containsExactly(1, "x", null);
  }

  @Test
  void quotedMixedCaseColumnsMatchExactlyFirst() {
    Object[] row = read(schema("camel", INT), "{\"CAMEL\": 1, \"camel\": 2}");
    assertThat(row).containsExactly(2);
  }

  @Test
  void readsFieldsInAnyOrderSkipsUnwantedOnesAndTheLastRepeatCounts() {
    RelDataType schema = schema("ID", BIGINT, "NAME", STRING, "ADDR", struct("CITY", STRING, "ZIP", INT));
    Object[] row = read(schema, "{\"extra\":{\"deep\":[1,{\"x\":\"}\"}]},\"name\":\"a\","
        + "\"ADDR\":{\"city\":\"Paris\",\"ZIP\":75001},\"ID\":1,\"ID\":2,\"tail\":[true,null]}");
    assertThat(row).hasSize(3);
    assertThat(row[0]).isEqualTo(2L);
    assertThat(row[1]).isEqualTo("a");
    assertThat(row[2]).isEqualTo(new Object[] {"Paris", 75001});
  }

  @Test
  void anExactNameBeatsOneMatchedIgnoringCaseWhereverItStands() {
    RelDataType schema = schema("NAME", STRING);
    assertThat(read(schema, "{\"NAME\":\"exact\",\"name\":\"lower\"}")).containsExactly("exact");
    assertThat(read(schema, "{\"name\":\"lower\",\"NAME\":\"exact\"}")).containsExactly("exact");
    assertThat(read(schema, "{\"name\":\"first\",\"Name\":\"second\",\"name\":\"third\"}"))
        .containsExactly("third");
    assertThat(read(schema, "{\"NAME\":null,\"name\":\"lower\"}")).containsExactly((Object) null);
  }

  @Test
  void malformedJsonInsideAnObjectIsInvalidJson() {
    assertThatThrownBy(() -> read(schema("ID", BIGINT), "{\"ID\":1,\"X\":[1,}"))
        .isInstanceOf(FormatException.class).hasMessageStartingWith("Invalid JSON: ");
  }

  @Test
  void coercesAsKsqlDb() {
    Object[] row = read(schema("I", INT, "L", BIGINT, "D", DOUBLE, "S", STRING, "S2", STRING, "TS", TIMESTAMP),
        "{\"I\": \"12\", \"L\": 12.9, \"D\": \"1.5\", \"S\": 42, \"S2\": {\"a\": [1, 2]}, \"TS\": \"1700000000000\"}");
    assertThat(row).containsExactly(12, 12L, 1.5, "42", "{\"a\":[1,2]}", 1_700_000_000_000L);
  }

  @Test
  void readsDecimalsFromNumbersAndStringsWithoutRounding() {
    RelDataType schema = schema("PRICE", decimal(4, 2));
    assertThat(read(schema, "{\"PRICE\": 1.5}")).containsExactly(new BigDecimal("1.50"));
    assertThat(read(schema, "{\"PRICE\": \"12.34\"}")).containsExactly(new BigDecimal("12.34"));
    assertThatThrownBy(() -> read(schema, "{\"PRICE\": 1.234}"))
        .isInstanceOf(FormatException.class)
        .hasMessage("Cannot fit decimal '1.234' into DECIMAL(4, 2) without rounding for column PRICE");
    assertThatThrownBy(() -> read(schema, "{\"PRICE\": 123.4}"))
        .hasMessage("Cannot fit decimal '123.4' into DECIMAL(4, 2) without rounding for column PRICE");
  }

  @Test
  void errorsNameTheColumnAndTheProblem() {
    assertThatThrownBy(() -> read(schema("AMOUNT", INT), "{\"AMOUNT\": \"abc\"}"))
        .isInstanceOf(FormatException.class)
        .hasMessage("Can't convert 'abc' to INTEGER for column AMOUNT");
    assertThatThrownBy(() -> read(schema("OK", BOOLEAN), "{\"OK\": \"true\"}"))
        .hasMessage("Can't convert 'true' to BOOLEAN for column OK");
    assertThatThrownBy(() -> read(schema("ADDR", struct("ZIP", INT)), "{\"ADDR\": {\"zip\": [1]}}"))
        .hasMessage("Can't convert '[1]' to INTEGER for column ADDR.ZIP");
    assertThatThrownBy(() -> read(schema("TAGS", array(INT)), "{\"TAGS\": [1, \"x\"]}"))
        .hasMessage("Can't convert 'x' to INTEGER for column TAGS[1]");
    assertThatThrownBy(() -> read(schema("M", map(STRING, INT)), "{\"M\": {\"k\": true}}"))
        .hasMessage("Can't convert 'true' to INTEGER for column M['k']");
    assertThatThrownBy(() -> read(schema("A", INT), "{\"A\": 1"))
        .isInstanceOf(FormatException.class).hasMessageStartingWith("Invalid JSON: ");
    assertThatThrownBy(() -> read(schema("A", INT, "B", INT), "[1, 2]"))
        .hasMessage("Expected a JSON object with fields A, B, got: [1,2]");
  }

  @Test
  void singleValuesAreWrappedUnlessToldOtherwise() {
    RelDataType single = schema("COUNT", BIGINT);
    FormatOptions unwrapped = FormatOptions.of(Map.of("wrap_single_value", "false"));

    assertThat(write(single, SerdeTarget.VALUE, FormatOptions.none(), 5L)).isEqualTo("{\"COUNT\":5}");
    assertThat(write(single, SerdeTarget.VALUE, unwrapped, 5L)).isEqualTo("5");
    assertThat(JSON.deserializer(single, SerdeTarget.VALUE, unwrapped).deserialize("5".getBytes(UTF_8)))
        .containsExactly(5L);
    assertThatThrownBy(() -> JSON.serializer(schema("A", INT, "B", INT), SerdeTarget.VALUE, unwrapped))
        .hasMessage("'WRAP_SINGLE_VALUE' is only valid for a single column, but the schema has 2");
  }

  @Test
  void singleKeyColumnsAreUnwrappedAndSeveralAreAnObject() {
    assertThat(write(schema("ID", STRING), SerdeTarget.KEY, FormatOptions.none(), "k1")).isEqualTo("\"k1\"");
    assertThat(write(schema("A", INT, "B", STRING), SerdeTarget.KEY, FormatOptions.none(), 1, "x"))
        .isEqualTo("{\"A\":1,\"B\":\"x\"}");
    assertThat(JSON.deserializer(schema("ID", STRING), SerdeTarget.KEY, FormatOptions.none())
        .deserialize("\"k1\"".getBytes(UTF_8))).containsExactly("k1");
    // WRAP_SINGLE_VALUE is a value option: a source's options reach its key format too.
    assertThat(write(schema("A", INT, "B", STRING), SerdeTarget.KEY,
        FormatOptions.of(Map.of("WRAP_SINGLE_VALUE", "false")), 1, "x")).isEqualTo("{\"A\":1,\"B\":\"x\"}");
  }

  @Test
  void tombstonesAreNull() {
    assertThat(JSON.serializer(ALL_TYPES, SerdeTarget.VALUE, FormatOptions.none()).serialize(null)).isNull();
    assertThat(JSON.deserializer(ALL_TYPES, SerdeTarget.VALUE, FormatOptions.none()).deserialize(null)).isNull();
    assertThat(read(ALL_TYPES, "null")).isNull();
  }

  @Test
  void refusesMapsWithNonStringKeys() {
    assertThatThrownBy(() -> JSON.deserializer(schema("M", map(INT, INT)), SerdeTarget.VALUE, FormatOptions.none()))
        .hasMessage("JSON supports only MAPs with STRING keys, not MAP<INTEGER, INTEGER> (column M)");
  }

  @Test
  void rowsWrittenOneAfterAnotherStandAloneAndAFailedRowSpoilsNoLaterOne() {
    RowSerializer values = JSON.serializer(schema("N", INT, "S", STRING), SerdeTarget.VALUE, FormatOptions.none());
    assertThat(new String(values.serialize(new Object[] {1, "a"}), UTF_8)).isEqualTo("{\"N\":1,\"S\":\"a\"}");
    assertThatThrownBy(() -> values.serialize(new Object[] {"x", "b"})).isInstanceOf(FormatException.class);
    assertThat(new String(values.serialize(new Object[] {2, null}), UTF_8)).isEqualTo("{\"N\":2,\"S\":null}");
    RowSerializer bare = JSON.serializer(schema("N", INT), SerdeTarget.KEY, FormatOptions.none());
    assertThat(new String(bare.serialize(new Object[] {3}), UTF_8)).isEqualTo("3");
    assertThat(new String(bare.serialize(new Object[] {4}), UTF_8)).isEqualTo("4");
  }

  @Test
  void serializationErrorsNameTheColumn() {
    assertThatThrownBy(() -> write(schema("N", INT), SerdeTarget.VALUE, FormatOptions.none(), "x"))
        .isInstanceOf(FormatException.class)
        .hasMessage("Can't serialize String value 'x' as INTEGER for column N");
  }

  @Test
  void unknownFormatsListTheKnownOnes() {
    assertThatThrownBy(() -> Formats.of("avro"))
        .hasMessage("Unknown format 'avro'. Known formats: JSON, DELIMITED, KAFKA, PROTOBUF_NOSR, NONE");
    assertThat(List.of(Formats.of("Delimited").name(), Formats.of("kafka").name(), Formats.of("none").name()))
        .containsExactly("DELIMITED", "KAFKA", "NONE");
  }

  @Test
  void bytesAreBase64AndDatesAreDayNumbers() {
    RelDataType schema = schema("RAW", BYTES, "DAY", DATE, "AT", TIME);
    assertThat(read(schema, "{\"RAW\": \"AQID\", \"DAY\": \"19000\", \"AT\": 1000}"))
        .containsExactly(new ByteString(new byte[] {1, 2, 3}), 19000, 1000);
    assertThatThrownBy(() -> read(schema, "{\"RAW\": \"not base64!\"}"))
        .hasMessage("Can't convert 'not base64!' to BYTES: not base64 for column RAW");
    assertThatThrownBy(() -> read(schema, "{\"DAY\": 1.5}"))
        .hasMessage("Can't convert '1.5' to DATE for column DAY");
  }

  @Test
  void wrapSingleValueMustBeABoolean() {
    assertThatThrownBy(() -> JSON.serializer(schema("A", INT), SerdeTarget.VALUE,
        FormatOptions.of(Map.of("WRAP_SINGLE_VALUE", "yes"))))
        .hasMessage("Invalid WRAP_SINGLE_VALUE 'yes': expected true or false");
  }

  @Test
  void aSingleNullKeyColumnIsNoKey() {
    assertThat(JSON.serializer(schema("K", INT), SerdeTarget.KEY, FormatOptions.none()).serialize(new Object[] {null}))
        .isNull();
    assertThat(write(schema("V", INT), SerdeTarget.VALUE, FormatOptions.none(), (Object) null)).isEqualTo("{\"V\":null}");
    RelDataType key = schema("K", INT, "K2", INT);
    assertThat(write(key, SerdeTarget.KEY, FormatOptions.none(), null, null)).isEqualTo("{\"K\":null,\"K2\":null}");
  }

  @Test
  void theSessionsWrapDefaultUnwrapsOnlySingleValues() {
    FormatOptions unwrapByDefault = FormatOptions.of(Map.of(FormatOptions.DEFAULT_WRAP_SINGLE_VALUE, "false"));

    assertThat(write(schema("V", STRING), SerdeTarget.VALUE, unwrapByDefault, "bar")).isEqualTo("\"bar\"");
    assertThat(write(schema("V", STRING, "W", INT), SerdeTarget.VALUE, unwrapByDefault, "bar", 1))
        .isEqualTo("{\"V\":\"bar\",\"W\":1}");
    FormatOptions explicit = FormatOptions.of(Map.of(FormatOptions.DEFAULT_WRAP_SINGLE_VALUE, "false",
        FormatOptions.WRAP_SINGLE_VALUE, "true"));
    assertThat(write(schema("V", STRING), SerdeTarget.VALUE, explicit, "bar")).isEqualTo("{\"V\":\"bar\"}");
  }
}
