package dev.eddy.engine.format;

import org.apache.calcite.rel.type.RelDataType;

/**
 * ksqlDB's NONE key format: the source has no key columns and the key bytes are ignored on
 * read; on write the key is null.
 */
public final class NoneFormat implements Format {

  public static final String NAME = "NONE";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean supports(SerdeTarget target) {
    return target == SerdeTarget.KEY;
  }

  @Override
  public RowSerializer serializer(RelDataType schema, SerdeTarget target, FormatOptions options) {
    check(schema, target);
    return values -> null;
  }

  @Override
  public RowDeserializer deserializer(RelDataType schema, SerdeTarget target, FormatOptions options) {
    check(schema, target);
    Object[] none = new Object[0];
    return bytes -> none;
  }

  private static void check(RelDataType schema, SerdeTarget target) {
    if (target != SerdeTarget.KEY) {
      throw new FormatException("The 'NONE' format can only be used as a key format");
    }
    if (schema.getFieldCount() != 0) {
      throw new FormatException("The 'NONE' format can only be used when no columns are defined. Got: "
          + schema.getFieldList().stream().map(f -> f.getName()).toList());
    }
  }
}
