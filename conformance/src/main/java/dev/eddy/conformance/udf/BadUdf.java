package dev.eddy.conformance.udf;

import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import java.util.concurrent.atomic.AtomicLong;

/** {@code BAD_UDF}: fails or returns NULL on purpose, to test how queries survive it. */
@UdfDescription(name = "bad_udf", description = "Fails or returns NULL on purpose.")
public class BadUdf {

  private final AtomicLong calls = new AtomicLong();

  @Udf(description = "Always fails.")
  public String blowUp(int ignored) {
    throw new IllegalStateException("bad_udf(INTEGER) always fails");
  }

  @Udf(description = "Fails when the argument is true; 0 otherwise.")
  public int mightThrow(boolean fail) {
    if (fail) {
      throw new IllegalStateException("bad_udf(true) fails as asked");
    }
    return 0;
  }

  @Udf(description = "NULL on the first call and every second one after; the argument otherwise.")
  public String returnNull(String value) {
    return calls.getAndIncrement() % 2 == 0 ? null : value;
  }
}
