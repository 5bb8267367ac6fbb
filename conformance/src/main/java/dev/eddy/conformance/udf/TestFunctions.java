package dev.eddy.conformance.udf;

import dev.eddy.functions.registry.FunctionRegistry;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The list of the harness's test functions and the engine property that loads them. */
public final class TestFunctions {

  private static final List<Class<?>> CLASSES = List.of(
      TestUdf.class,
      BadUdf.class,
      WhenCondition.class,
      WhenResult.class,
      ToStruct.class,
      TestUdtf.class,
      ThrowingUdtf.class,
      TestUdaf.class,
      VarArgUdaf.class,
      MiddleVarArgUdaf.class,
      MultiArgUdaf.class,
      FiveArgUdaf.class,
      GenericVarArgUdaf.class,
      ObjectVarArgUdaf.class);

  private TestFunctions() {}

  /** The engine properties under which every engine of a run sees the test functions. */
  public static Map<String, String> engineProperties() {
    return Map.of(FunctionRegistry.EXTENSION_CLASSES,
        CLASSES.stream().map(Class::getName).collect(Collectors.joining(",")));
  }
}
