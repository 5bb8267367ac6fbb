package dev.eddy.engine.format.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.eddy.engine.format.FormatException;
import dev.eddy.engine.format.RowSerializer;
import dev.eddy.engine.format.TypeNames;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.calcite.rel.type.RelDataTypeField;

/** Writes a JSON record part: an object of the columns (wrapped) or a single bare value. */
final class JsonRowSerializer implements RowSerializer {

  // Plain notation: ksqlDB writes 100 as 100, never 1E+2.
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private final String[] names;
  private final String[] typeNames;
  private final JsonWriter[] writers;
  private final boolean wrapped;

  JsonRowSerializer(List<RelDataTypeField> columns, boolean wrapped) {
    this.names = columns.stream().map(RelDataTypeField::getName).toArray(String[]::new);
    this.typeNames = columns.stream().map(f -> TypeNames.of(f.getType())).toArray(String[]::new);
    this.writers = columns.stream().map(f -> JsonWriters.forType(f.getType(), f.getName()))
        .toArray(JsonWriter[]::new);
    this.wrapped = wrapped;
  }

  @Override
  public byte[] serialize(Object[] values) {
    if (values == null) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 + 16 * names.length);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      if (wrapped) {
        json.writeStartObject();
        for (int i = 0; i < names.length; i++) {
          json.writeFieldName(names[i]);
          writeColumn(json, i, values[i]);
        }
        json.writeEndObject();
      } else {
        writeColumn(json, 0, values[0]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write JSON to memory", e);
    }
    return out.toByteArray();
  }

  private void writeColumn(JsonGenerator json, int index, Object value) throws IOException {
    try {
      JsonWriters.writeNullable(json, writers[index], value);
    } catch (ClassCastException e) {
      throw new FormatException("Can't serialize " + value.getClass().getSimpleName() + " value '" + value
          + "' as " + typeNames[index] + " for column " + names[index], e);
    }
  }
}
