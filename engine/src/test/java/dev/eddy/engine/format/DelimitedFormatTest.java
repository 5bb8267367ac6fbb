package dev.eddy.engine.format;

import static dev.eddy.engine.format.Schemas.BIGINT;
import static dev.eddy.engine.format.Schemas.BOOLEAN;
import static dev.eddy.engine.format.Schemas.BYTES;
import static dev.eddy.engine.format.Schemas.DATE;
import static dev.eddy.engine.format.Schemas.DOUBLE;
import static dev.eddy.engine.format.Schemas.INT;
import static dev.eddy.engine.format.Schemas.STRING;
import static dev.eddy.engine.format.Schemas.TIMESTAMP;
import static dev.eddy.engine.format.Schemas.array;
import static dev.eddy.engine.format.Schemas.decimal;
import static dev.eddy.engine.format.Schemas.schema;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.rel.type.RelDataType;
import org.junit.jupiter.api.Test;

class DelimitedFormatTest {

  private static final Format DELIMITED = Formats.of("DELIMITED");
  private static final RelDataType SCHEMA = schema(
      "ID", BIGINT, "NAME", STRING, "PRICE", decimal(5, 2), "OK", BOOLEAN, "RATIO", DOUBLE,
      "DAY", DATE, "TS", TIMESTAMP, "RAW", BYTES, "QTY", INT);

  private static String write(FormatOptions options, Object... values) {
    return new String(DELIMITED.serializer(SCHEMA, SerdeTarget.VALUE, options).serialize(values), UTF_8);
  }

  private static Object[] read(RelDataType schema, FormatOptions options, String line) {
    return DELIMITED.deserializer(schema, SerdeTarget.VALUE, options).deserialize(line.getBytes(UTF_8));
  }

  @Test
  void writesOneLineWithKsqlDbEncodings() {
    assertThat(write(FormatOptions.none(), 1L, "pen", new BigDecimal("1.50"), true, 0.25, 19000,
        1_700_000_000_000L, new ByteString(new byte[] {1, 2, 3}), null))
        .isEqualTo("1,pen,1.50,true,0.25,19000,1700000000000,AQID,");
  }

  @Test
  void roundTrips() {
    Object[] row = {1L, "a,\"quoted\" pen", new BigDecimal("1.50"), false, 0.25, 19000, 1_700_000_000_000L,
        new ByteString(new byte[] {9}), 4};
    byte[] bytes = DELIMITED.serializer(SCHEMA, SerdeTarget.VALUE, FormatOptions.none()).serialize(row);

    assertThat(new String(bytes, UTF_8)).isEqualTo("1,\"a,\"\"quoted\"\" pen\",1.50,false,0.25,19000,1700000000000,CQ==,4");
    assertThat(DELIMITED.deserializer(SCHEMA, SerdeTarget.VALUE, FormatOptions.none()).deserialize(bytes))
        .isEqualTo(row);
  }

  @Test
  void emptyFieldsAreNull() {
    assertThat(read(schema("A", INT, "B", STRING, "C", BOOLEAN), FormatOptions.none(), ",,"))
        .containsExactly(null, null, null);
  }

  @Test
  void delimiterOptionAcceptsTabSpaceAndOneCharacter() {
    RelDataType schema = schema("A", INT, "B", STRING);
    assertThat(read(schema, FormatOptions.of(Map.of("VALUE_DELIMITER", "TAB")), "1\tx y"))
        .containsExactly(1, "x y");
    assertThat(read(schema, FormatOptions.of(Map.of("VALUE_DELIMITER", "SPACE")), "1 xy"))
        .containsExactly(1, "xy");
    assertThat(read(schema, FormatOptions.of(Map.of("value_delimiter", "|")), "1|x,y"))
        .containsExactly(1, "x,y");
    assertThatThrownBy(() -> DELIMITED.deserializer(schema, SerdeTarget.VALUE,
        FormatOptions.of(Map.of("VALUE_DELIMITER", "ab"))))
        .hasMessage("Invalid VALUE_DELIMITER 'ab': expected a single character, or TAB or SPACE");
  }

  @Test
  void errorsNameTheColumnAndTheProblem() {
    RelDataType schema = schema("ID", INT, "AMOUNT", INT);
    assertThatThrownBy(() -> read(schema, FormatOptions.none(), "1,abc"))
        .isInstanceOf(FormatException.class)
        .hasMessage("Can't convert 'abc' to INTEGER for column AMOUNT");
    assertThatThrownBy(() -> read(schema, FormatOptions.none(), "1,2,3"))
        .hasMessage("Unexpected field count, csvFields:3 schemaFields:2");
    assertThatThrownBy(() -> read(schema("P", decimal(3, 1)), FormatOptions.none(), "1.25"))
        .hasMessage("Cannot fit decimal '1.25' into DECIMAL(3, 1) without rounding for column P");
  }

  @Test
  void refusesContainersAndWrapping() {
    assertThatThrownBy(() -> DELIMITED.deserializer(schema("T", array(INT)), SerdeTarget.VALUE, FormatOptions.none()))
        .hasMessage("DELIMITED does not support type ARRAY<INTEGER> (column T)");
    assertThatThrownBy(() -> DELIMITED.serializer(schema("A", INT), SerdeTarget.VALUE,
        FormatOptions.of(Map.of("WRAP_SINGLE_VALUE", "true"))))
        .hasMessage("Format 'DELIMITED' does not support 'WRAP_SINGLE_VALUE' set to 'true'");
  }

  @Test
  void tombstonesAreNull() {
    assertThat(DELIMITED.serializer(SCHEMA, SerdeTarget.VALUE, FormatOptions.none()).serialize(null)).isNull();
    assertThat(DELIMITED.deserializer(SCHEMA, SerdeTarget.VALUE, FormatOptions.none()).deserialize(null)).isNull();
  }

  @Test
  void keysUseTheKeyDelimiter() {
    RelDataType key = schema("A", INT, "B", STRING);
    FormatOptions options = FormatOptions.of(Map.of("KEY_DELIMITER", "|", "VALUE_DELIMITER", ";"));
    byte[] bytes = DELIMITED.serializer(key, SerdeTarget.KEY, options).serialize(new Object[] {1, "x"});

    assertThat(new String(bytes, UTF_8)).isEqualTo("1|x");
    assertThat(DELIMITED.deserializer(key, SerdeTarget.KEY, options).deserialize(bytes)).containsExactly(1, "x");
  }

  @Test
  void quotesTheFieldsKsqlDbQuotes() {
    RelDataType line = schema("A", STRING, "B", STRING, "C", INT, "D", STRING);
    RowSerializer serializer = DELIMITED.serializer(line, SerdeTarget.VALUE, FormatOptions.none());

    // The first field: quoted unless it starts with a letter or digit, and when empty.
    assertThat(new String(serializer.serialize(new Object[] {"-10", "-10", -10, "x"}), UTF_8))
        .isEqualTo("\"-10\",-10,-10,x");
    assertThat(new String(serializer.serialize(new Object[] {"/buy", "", null, "a b"}), UTF_8))
        .isEqualTo("\"/buy\",,,a b");
    assertThat(new String(serializer.serialize(new Object[] {"", null, 1, null}), UTF_8)).isEqualTo("\"\",,1,");
    // Any field: a leading character up to '#', a trailing space, the delimiter, quotes.
    assertThat(new String(serializer.serialize(new Object[] {"a", "#x", 1, "x "}), UTF_8)).isEqualTo("a,\"#x\",1,\"x \"");
    assertThat(new String(serializer.serialize(new Object[] {"a", "x,y", 1, "say \"hi\""}), UTF_8))
        .isEqualTo("a,\"x,y\",1,\"say \"\"hi\"\"\"");
  }

  @Test
  void aSingleNullKeyColumnIsNoKey() {
    assertThat(DELIMITED.serializer(schema("K", BOOLEAN), SerdeTarget.KEY, FormatOptions.none())
        .serialize(new Object[] {null})).isNull();
    RowSerializer serializer = DELIMITED.serializer(schema("A", INT, "B", STRING), SerdeTarget.KEY,
        FormatOptions.none());
    assertThat(new String(serializer.serialize(new Object[] {null, null}), UTF_8)).isEqualTo(",");
    assertThat(new String(serializer.serialize(new Object[] {null, "b"}), UTF_8)).isEqualTo(",b");
  }
}
