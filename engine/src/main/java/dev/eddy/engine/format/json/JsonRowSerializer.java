package dev.eddy.engine.format.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
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

/**
 * Writes a JSON record part: an object of the columns (wrapped) or a single bare value.
 *
 * <p>Each thread keeps one generator and buffer per serializer and writes every row through
 * them (root values without a separator), rather than building a generator per row, which cost
 * as much as writing the row. A row that fails leaves that thread a fresh generator.
 */
final class JsonRowSerializer implements RowSerializer {

  // Plain notation: ksqlDB writes 100 as 100, never 1E+2. No separator between root values:
  // each row is taken out of the buffer on its own.
  private static final JsonFactory FACTORY = new JsonFactoryBuilder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .rootValueSeparator((String) null)
      .build();

  private final String[] names;
  private final String[] typeNames;
  private final JsonWriter[] writers;
  private final boolean wrapped;
  private final ThreadLocal<Output> outputs;

  JsonRowSerializer(List<RelDataTypeField> columns, boolean wrapped) {
    this.names = columns.stream().map(RelDataTypeField::getName).toArray(String[]::new);
    this.typeNames = columns.stream().map(f -> TypeNames.of(f.getType())).toArray(String[]::new);
    this.writers = columns.stream().map(f -> JsonWriters.forType(f.getType(), f.getName()))
        .toArray(JsonWriter[]::new);
    this.wrapped = wrapped;
    int expectedBytes = 64 + 16 * names.length;
    this.outputs = ThreadLocal.withInitial(() -> new Output(expectedBytes));
  }

  /** One thread's generator and the buffer it writes to. */
  private static final class Output {
    final ByteArrayOutputStream bytes;
    JsonGenerator json;

    Output(int expectedBytes) {
      this.bytes = new ByteArrayOutputStream(expectedBytes);
      this.json = newGenerator(bytes);
    }

    void reset() {
      bytes.reset();
      json = newGenerator(bytes);
    }

    private static JsonGenerator newGenerator(ByteArrayOutputStream bytes) {
      try {
        return FACTORY.createGenerator(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write JSON to memory", e);
      }
    }
  }

  @Override
  public byte[] serialize(Object[] values) {
    if (values == null) {
      return null;
    }
    Output output = outputs.get();
    output.bytes.reset();
    JsonGenerator json = output.json;
    try {
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
      json.flush();
    } catch (IOException e) {
      output.reset();
      throw new UncheckedIOException("Cannot write JSON to memory", e);
    } catch (RuntimeException e) {
      output.reset(); // the generator is inside a half-written row
      throw e;
    }
    return output.bytes.toByteArray();
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
