package dev.eddy.engine.format.json;

import dev.eddy.engine.format.Format;
import dev.eddy.engine.format.FormatOptions;
import dev.eddy.engine.format.RowDeserializer;
import dev.eddy.engine.format.RowSerializer;
import dev.eddy.engine.format.SerdeTarget;
import org.apache.calcite.rel.type.RelDataType;

/**
 * ksqlDB's JSON format. Wrapping: a value is a JSON object of its columns unless it has one
 * column and {@code WRAP_SINGLE_VALUE=false}; a key with one column is the bare value, with
 * several an object.
 */
public final class JsonFormat implements Format {

  public static final String NAME = "JSON";

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
    RowSerializer serializer = new JsonRowSerializer(schema.getFieldList(), options.wrapped(target, schema.getFieldCount()));
    return RowSerializer.forPart(serializer, target, schema.getFieldCount());
  }

  @Override
  public RowDeserializer deserializer(RelDataType schema, SerdeTarget target, FormatOptions options) {
    return new JsonRowDeserializer(schema.getFieldList(), options.wrapped(target, schema.getFieldCount()));
  }
}
