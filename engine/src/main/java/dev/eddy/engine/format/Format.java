package dev.eddy.engine.format;

import org.apache.calcite.rel.type.RelDataType;

/**
 * A serialization format (KEY_FORMAT / VALUE_FORMAT), following ksqlDB's rules for it.
 *
 * <p>Contract: stateless and thread-safe. The schema is a Calcite struct type whose fields are
 * the columns of one record part, in order (the planner builds it with
 * {@code typeFactory.createStructType}). Every unsupported type, column count or option is
 * rejected here, when the query is built — never while rows flow.
 */
public interface Format {

  /** The name used in WITH clauses, upper case: {@code JSON}, {@code DELIMITED}, ... */
  String name();

  /** Whether the format can carry {@code target} (NONE is a key format only). */
  boolean supports(SerdeTarget target);

  RowSerializer serializer(RelDataType schema, SerdeTarget target, FormatOptions options);

  RowDeserializer deserializer(RelDataType schema, SerdeTarget target, FormatOptions options);
}
