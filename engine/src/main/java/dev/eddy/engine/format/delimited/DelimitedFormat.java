package dev.eddy.engine.format.delimited;

import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.eddy.engine.format.Format;
import dev.eddy.engine.format.FormatException;
import dev.eddy.engine.format.FormatOptions;
import dev.eddy.engine.format.RowDeserializer;
import dev.eddy.engine.format.RowSerializer;
import dev.eddy.engine.format.SerdeTarget;
import org.apache.calcite.rel.type.RelDataType;

/**
 * ksqlDB's DELIMITED format: one CSV line per record part (RFC 4180 quoting), the columns in
 * order, the delimiter from {@code VALUE_DELIMITER} / {@code KEY_DELIMITER} (one character, or
 * {@code TAB} / {@code SPACE}). A single column is always unwrapped, so
 * {@code WRAP_SINGLE_VALUE=true} is refused.
 */
public final class DelimitedFormat implements Format {

  public static final String NAME = "DELIMITED";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean supports(SerdeTarget target) {
    return true;
  }

  @Override
  public RowSerializer serializer(RelDataType schema, SerdeTarget target, FormatOptions options) {
    RowSerializer serializer = new DelimitedRowSerializer(schema.getFieldList(), csvSchema(target, options));
    return RowSerializer.forPart(serializer, target, schema.getFieldCount());
  }

  @Override
  public RowDeserializer deserializer(RelDataType schema, SerdeTarget target, FormatOptions options) {
    return new DelimitedRowDeserializer(schema.getFieldList(), csvSchema(target, options));
  }

  private static CsvSchema csvSchema(SerdeTarget target, FormatOptions options) {
    if (target == SerdeTarget.VALUE && options.wrapSingleValue().orElse(false)) {
      throw new FormatException("Format 'DELIMITED' does not support '" + FormatOptions.WRAP_SINGLE_VALUE
          + "' set to 'true'");
    }
    return CsvSchema.emptySchema()
        .withColumnSeparator(options.delimiter(target))
        .withQuoteChar('"')
        .withLineSeparator("")
        .withNullValue("");
  }
}
