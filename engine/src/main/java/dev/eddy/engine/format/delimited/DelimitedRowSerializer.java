package dev.eddy.engine.format.delimited;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.eddy.engine.format.FormatException;
import dev.eddy.engine.format.RowSerializer;
import java.util.List;
import org.apache.calcite.rel.type.RelDataTypeField;

/** Writes the columns as one delimited line, quoting fields that contain the delimiter or quotes. */
final class DelimitedRowSerializer implements RowSerializer {

  private static final CsvMapper MAPPER = new CsvMapper();

  private final String[] names;
  private final DelimitedField[] fields;
  private final ObjectWriter writer;

  DelimitedRowSerializer(List<RelDataTypeField> columns, CsvSchema schema) {
    this.names = columns.stream().map(RelDataTypeField::getName).toArray(String[]::new);
    this.fields = columns.stream().map(c -> DelimitedField.forType(c.getType(), c.getName()))
        .toArray(DelimitedField[]::new);
    // Strict checking quotes only fields that need it; Jackson's default heuristic would quote
    // every field whose characters sort below a delimiter such as '|'.
    this.writer = MAPPER.writer(schema).with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
  }

  @Override
  public byte[] serialize(Object[] values) {
    if (values == null) {
      return null;
    }
    String[] texts = new String[fields.length];
    for (int i = 0; i < texts.length; i++) {
      try {
        texts[i] = fields[i].print(values[i]);
      } catch (ClassCastException e) {
        throw new FormatException("Can't serialize " + values[i].getClass().getSimpleName() + " value '"
            + values[i] + "' as " + fields[i].typeName() + " for column " + names[i], e);
      }
    }
    try {
      return writer.writeValueAsBytes(texts);
    } catch (JsonProcessingException e) {
      throw new FormatException("Cannot write delimited line: " + e.getOriginalMessage(), e);
    }
  }
}
