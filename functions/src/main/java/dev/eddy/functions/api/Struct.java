package dev.eddy.functions.api;

import dev.eddy.functions.types.SqlStruct;
import java.util.Arrays;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A STRUCT value: one value per field of its {@link SqlStruct} schema, in schema order. Values
 * are not type-checked on {@link #put} (that is the engine's and the UDF's contract); names are.
 */
public final class Struct {

  private final SqlStruct schema;
  private final Object[] values;

  public Struct(SqlStruct schema) {
    if (!Objects.requireNonNull(schema, "schema").isConcrete()) {
      throw new IllegalArgumentException("a struct value needs a concrete schema, got " + schema);
    }
    this.schema = schema;
    this.values = new Object[schema.fields().size()];
  }

  public SqlStruct schema() {
    return schema;
  }

  /** Sets a field; returns this for chaining. */
  public Struct put(String field, Object value) {
    values[index(field)] = value;
    return this;
  }

  public Struct put(int index, Object value) {
    values[index] = value;
    return this;
  }

  public Object get(String field) {
    return values[index(field)];
  }

  public Object get(int index) {
    return values[index];
  }

  private int index(String field) {
    int i = schema.indexOf(field);
    if (i < 0) {
      throw new IllegalArgumentException("no field " + field + " in " + schema);
    }
    return i;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Struct s && s.schema.equals(schema) && Arrays.deepEquals(s.values, values);
  }

  @Override
  public int hashCode() {
    return 31 * schema.hashCode() + Arrays.deepHashCode(values);
  }

  @Override
  public String toString() {
    StringJoiner j = new StringJoiner(", ", "Struct{", "}");
    for (int i = 0; i < values.length; i++) {
      j.add(schema.fields().get(i).name() + "=" + values[i]);
    }
    return j.toString();
  }
}
