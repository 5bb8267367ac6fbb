package dev.eddy.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.eddy.engine.format.FormatOptions;
import dev.eddy.engine.format.Formats;
import dev.eddy.engine.format.RowDeserializer;
import dev.eddy.engine.format.RowSerializer;
import dev.eddy.engine.format.SerdeTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.rel.type.RelDataType;

/**
 * One record part (key or value) in a format whose bytes follow the declared columns
 * (PROTOBUF_NOSR), so the spec form cannot be written as text (README §7). As ksqlDB's harness
 * reads a spec into the column schema and serializes it with the format's own serde, the runner
 * reads the spec with Eddy's JSON reader and writes it with the format; and it turns the bytes a
 * query wrote back into JSON text, which the comparator then judges as it judges JSON.
 */
final class SchemaCodec {

  /** The formats whose bytes need the schema. */
  static final Set<String> FORMATS = Set.of("PROTOBUF_NOSR");

  private final RowDeserializer specReader;
  private final RowSerializer serializer;
  private final RowDeserializer deserializer;
  private final RowSerializer jsonWriter;

  private SchemaCodec(RelDataType schema, String format, SerdeTarget target, FormatOptions options) {
    this.specReader = Formats.of("JSON").deserializer(schema, target, options);
    this.serializer = Formats.of(format).serializer(schema, target, options);
    this.deserializer = Formats.of(format).deserializer(schema, target, options);
    this.jsonWriter = Formats.of("JSON").serializer(schema, target, options);
  }

  /**
   * @param columns the part's columns, in order
   * @param properties the WITH properties of the source's statement (WRAP_SINGLE_VALUE and the
   *     format's own options apply)
   * @param customTypes the case's {@code CREATE TYPE}s, for the column types
   */
  static SchemaCodec of(String format, SerdeTarget target, List<ColumnSpec> columns, Map<String, String> properties,
      Map<String, String> customTypes) {
    List<String> names = new ArrayList<>();
    List<RelDataType> types = new ArrayList<>();
    for (ColumnSpec column : columns) {
      names.add(column.name());
      types.add(TypeParser.parse(column.type(), customTypes));
    }
    return new SchemaCodec(TypeParser.TYPES.createStructType(types, names), format, target,
        FormatOptions.of(properties));
  }

  /** The bytes of a spec (null for a JSON null: no key, or a tombstone). */
  byte[] encode(JsonNode spec) {
    if (spec == null || spec.isNull()) {
      return null;
    }
    try {
      return serializer.serialize(specReader.deserialize(CaseLoader.JSON.writeValueAsBytes(spec)));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write spec as JSON: " + spec, e);
    }
  }

  /** The JSON text of bytes in the format. */
  byte[] toJson(byte[] bytes) {
    return bytes == null ? null : jsonWriter.serialize(deserializer.deserialize(bytes));
  }
}
