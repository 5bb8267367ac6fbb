package dev.eddy.examples.udf;

import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import dev.eddy.functions.api.UdfParameter;

/**
 * {@code FAHRENHEIT(celsius)}: a temperature in degrees Fahrenheit. Build this project, put its
 * jar in the directory named by {@code eddy.extension.dir}, and restart Eddy.
 */
@UdfDescription(name = "fahrenheit", description = "Converts degrees Celsius to degrees Fahrenheit.",
    author = "Eddy examples", version = "1.0")
public class Fahrenheit {

  @Udf(description = "Degrees Fahrenheit for a DOUBLE in degrees Celsius; NULL for NULL.")
  public Double fahrenheit(@UdfParameter("celsius") Double celsius) {
    return celsius == null ? null : celsius * 9 / 5 + 32;
  }

  @Udf(description = "Degrees Fahrenheit for an INTEGER in degrees Celsius; NULL for NULL.")
  public Double fahrenheit(@UdfParameter("celsius") Integer celsius) {
    return celsius == null ? null : fahrenheit(celsius.doubleValue());
  }
}
