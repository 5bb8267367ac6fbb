package dev.eddy.conformance.udf;

import dev.eddy.functions.api.Udtf;
import dev.eddy.functions.api.UdtfDescription;
import java.util.List;

/** {@code THROWING_UDTF}: fails for true, to test how a query survives a failing table function. */
@UdtfDescription(name = "throwing_udtf", description = "Fails when its argument is true.")
public class ThrowingUdtf {

  @Udtf
  public List<Boolean> failIfTrue(boolean fail) {
    if (fail) {
      throw new IllegalStateException("throwing_udtf(true) fails as asked");
    }
    return List.of(false);
  }
}
