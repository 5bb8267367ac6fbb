package dev.eddy.engine.catalog;

/** Where a column of a stream or table lives in the records of its topic. */
public enum ColumnRole {
  /** Part of the record key ({@code KEY} on a stream, {@code PRIMARY KEY} on a table). */
  KEY,
  /** A field of the record value. */
  VALUE,
  /** All headers of the record, as {@code ARRAY<STRUCT<KEY STRING, VALUE BYTES>>}. */
  HEADERS,
  /** The last header with one given key, as {@code BYTES}. */
  HEADER
}
