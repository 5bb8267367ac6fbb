package dev.eddy.engine.function;

/**
 * Converts one value of a complex type (ARRAY, MAP, STRUCT) between Calcite's internal form and
 * the UDF API's Java form. Built once per type at code-generation time; see
 * {@link ValueConverters}. Nulls map to nulls.
 */
@FunctionalInterface
public interface ValueConverter {

  Object convert(Object value);
}
