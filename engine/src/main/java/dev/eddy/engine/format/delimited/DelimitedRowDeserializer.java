package dev.eddy.engine.format.delimited;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.eddy.engine.format.FormatException;
import dev.eddy.engine.format.RowDeserializer;
import dev.eddy.engine.format.ValueConversionException;
import java.io.IOException;
import java.util.List;
import org.apache.calcite.rel.type.RelDataTypeField;

/** Parses one delimited line into the columns; the field count must match the schema exactly. */
final class DelimitedRowDeserializer implements RowDeserializer {

  private static final CsvMapper MAPPER = new CsvMapper();

  private final String[] names;
  private final DelimitedField[] fields;
  private final ObjectReader reader;

  DelimitedRowDeserializer(List<RelDataTypeField> columns, CsvSchema schema) {
    this.names = columns.stream().map(RelDataTypeField::getName).toArray(String[]::new);
    this.fields = columns.stream().map(c -> DelimitedField.forType(c.getType(), c.getName()))
        .toArray(DelimitedField[]::new);
    this.reader = MAPPER.readerFor(String[].class).with(schema);
  }

  @Override
  public Object[] deserialize(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    String[] texts = parseLine(bytes);
    if (texts.length != fields.length) {
      throw new FormatException("Unexpected field count, csvFields:" + texts.length
          + " schemaFields:" + fields.length);
    }
    Object[] values = new Object[fields.length];
    for (int i = 0; i < values.length; i++) {
      try {
        values[i] = fields[i].parse(texts[i]);
      } catch (ValueConversionException e) {
        throw e.forColumn(names[i]);
      }
    }
    return values;
  }

  private String[] parseLine(byte[] bytes) {
    if (bytes.length == 0) {
      // ksqlDB: an empty line has no fields, unlike a line of one empty field.
      return new String[0];
    }
    try {
      String[] texts = reader.readValue(bytes);
      return texts == null ? new String[0] : texts;
    } catch (IOException e) {
      throw new FormatException("Invalid delimited line: " + e.getMessage(), e);
    }
  }
}
