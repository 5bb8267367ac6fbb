package dev.eddy.conformance.udf;

import dev.eddy.functions.api.Struct;
import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import dev.eddy.functions.api.UdfParameter;
import dev.eddy.functions.types.SqlStruct;
import dev.eddy.functions.types.SqlTypes;

/**
 * {@code TEST_UDF}: overloads that name themselves, so a case can see which one overload
 * resolution chose, plus a struct in and a struct out.
 */
@UdfDescription(name = "test_udf", description = "Overload-resolution probe of the test harness.")
public class TestUdf {

  private static final SqlStruct A_STRING = SqlTypes.struct().field("A", SqlTypes.STRING).build();

  @Udf
  public String doStuffIntString(int number, String text) {
    return "doStuffIntString";
  }

  @Udf
  public String doStuffLongString(long number, String text) {
    return "doStuffLongString";
  }

  @Udf
  public String doStuffLongLongString(long first, long second, String text) {
    return "doStuffLongLongString";
  }

  @Udf
  public String doStuffLongVarargs(long... numbers) {
    return "doStuffLongVarargs";
  }

  @Udf(description = "The struct's field A.")
  public String doStuffStruct(@UdfParameter(schema = "STRUCT<A STRING>") Struct struct) {
    return struct == null ? null : (String) struct.get("A");
  }

  @Udf(description = "A struct whose field A is 'foo'.", schema = "STRUCT<A STRING>")
  public Struct returnStructStuff() {
    return new Struct(A_STRING).put("A", "foo");
  }
}
