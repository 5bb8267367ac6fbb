package dev.eddy.engine.format;

/**
 * Which part of a record a serializer handles. It matters for single-column schemas: ksqlDB
 * writes a single key column unwrapped (the bare value), while a single value column is wrapped
 * in an object unless {@code WRAP_SINGLE_VALUE=false}.
 */
public enum SerdeTarget {
  KEY,
  VALUE
}
