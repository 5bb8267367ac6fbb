package dev.eddy.conformance.udf;

import dev.eddy.functions.api.Struct;
import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import dev.eddy.functions.types.SqlStruct;
import dev.eddy.functions.types.SqlTypes;

/** {@code TOSTRUCT}: wraps a string in a one-field struct. */
@UdfDescription(name = "tostruct", description = "Wraps a string as the field A of a struct.")
public class ToStruct {

  private static final SqlStruct SCHEMA = SqlTypes.struct().field("A", SqlTypes.STRING).build();

  @Udf(schema = "STRUCT<A STRING>")
  public Struct fromString(String value) {
    return new Struct(SCHEMA).put("A", value);
  }
}
