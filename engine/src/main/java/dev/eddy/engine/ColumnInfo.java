package dev.eddy.engine;

/**
 * A result column as clients see it.
 *
 * @param name the column name
 * @param type the column's SQL type in ksqlDB's spelling, e.g. {@code INTEGER},
 *     {@code DECIMAL(10, 2)}, {@code ARRAY<STRING>}, {@code STRUCT<A INTEGER, B STRING>}
 */
public record ColumnInfo(String name, String type) {}
