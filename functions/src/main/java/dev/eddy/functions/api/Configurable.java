package dev.eddy.functions.api;

import java.util.Map;

/**
 * Implemented by a UDF, UDAF factory class or UDTF class that needs settings. {@link #configure}
 * is called once, before the first call, with the engine properties whose names start with
 * {@code eddy.functions.<function name in lower case>.} or {@code eddy.functions._global_.}
 * (full names kept, so a function cannot see another function's settings).
 */
public interface Configurable {

  void configure(Map<String, ?> config);
}
