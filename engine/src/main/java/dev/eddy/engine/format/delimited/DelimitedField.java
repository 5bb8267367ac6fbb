package dev.eddy.engine.format.delimited;

import dev.eddy.engine.format.Decimals;
import dev.eddy.engine.format.FormatException;
import dev.eddy.engine.format.TypeNames;
import dev.eddy.engine.format.ValueConversionException;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.function.Function;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.rel.type.RelDataType;

/**
 * How one DELIMITED column converts between text and its internal value, as ksqlDB does: an
 * empty field is null; BOOLEAN via {@code true}/anything else; DECIMAL in plain notation, fitted
 * without rounding; DATE as days since the epoch, TIME as ms of the day, TIMESTAMP as epoch ms;
 * BYTES as base64. Containers (ARRAY, MAP, STRUCT) are not supported.
 */
final class DelimitedField {

  private final String typeName;
  private final Function<String, Object> parser;
  private final Function<Object, String> printer;

  private DelimitedField(String typeName, Function<String, Object> parser, Function<Object, String> printer) {
    this.typeName = typeName;
    this.parser = parser;
    this.printer = printer;
  }

  static DelimitedField forType(RelDataType type, String column) {
    String typeName = TypeNames.of(type);
    return switch (type.getSqlTypeName()) {
      case BOOLEAN -> new DelimitedField(typeName, Boolean::parseBoolean, String::valueOf);
      case INTEGER, DATE, TIME -> new DelimitedField(typeName, Integer::valueOf, String::valueOf);
      case BIGINT, TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE ->
          new DelimitedField(typeName, Long::valueOf, String::valueOf);
      case DOUBLE, FLOAT -> new DelimitedField(typeName, Double::valueOf, String::valueOf);
      case DECIMAL -> new DelimitedField(typeName,
          text -> Decimals.ensureFit(new BigDecimal(text), type),
          value -> ((BigDecimal) value).toPlainString());
      case CHAR, VARCHAR -> new DelimitedField(typeName, text -> text, value -> (String) value);
      case BINARY, VARBINARY -> new DelimitedField(typeName,
          text -> new ByteString(Base64.getDecoder().decode(text)),
          value -> Base64.getEncoder().encodeToString(((ByteString) value).getBytes()));
      default -> throw new FormatException(
          "DELIMITED does not support type " + typeName + " (column " + column + ")");
    };
  }

  /** The value of a field's text; empty text is null. */
  Object parse(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) { // NumberFormatException and bad base64 alike
      throw ValueConversionException.cannotConvert(text, typeName);
    }
  }

  /** The text of a value; null is an empty field. */
  String print(Object value) {
    return value == null ? "" : printer.apply(value);
  }

  String typeName() {
    return typeName;
  }
}
