package dev.eddy.conformance;

/**
 * A column as a case declares it or DESCRIBE lists it: its name (folded as ksqlDB folds it) and
 * its type as text, read by {@link TypeParser} when a format needs it.
 */
record ColumnSpec(String name, String type) {}
