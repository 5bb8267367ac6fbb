package dev.eddy.functions.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code eddy.extension.classes}: functions from the class path, without a jar. */
class ExtensionClassesTest {

  @UdfDescription(name = "twice", description = "Doubles a number.")
  public static class Twice {
    @Udf
    public Long twice(Long n) {
      return n == null ? null : 2 * n;
    }
  }

  /** A family: its nested classes are the functions. */
  public static final class Family {
    @UdfDescription(name = "thrice", description = "Triples a number.")
    public static class Thrice {
      @Udf
      public Long thrice(Long n) {
        return n == null ? null : 3 * n;
      }
    }
  }

  /** Clashes with a built-in. */
  @UdfDescription(name = "abs", description = "Not the real ABS.")
  public static class FakeAbs {
    @Udf
    public Long abs(Long n) {
      return n;
    }
  }

  @Test
  void loadsNamedClassesAndFamiliesNextToTheBuiltIns() {
    FunctionRegistry r = FunctionRegistry.load(Map.of(FunctionRegistry.EXTENSION_CLASSES,
        Twice.class.getName() + " , " + Family.class.getName()));
    assertThat(r.problems()).isEmpty();
    assertThat(r.get("TWICE").source()).isEqualTo(FunctionRegistry.EXTENSION_CLASSES);
    assertThat(r.get("TWICE").isBuiltIn()).isFalse();
    assertThat(r.resolve("THRICE", List.of(dev.eddy.functions.types.SqlTypes.BIGINT))
        .signature().method().invoke(4L)).isEqualTo(12L);
    assertThat(r.find("ABS")).isPresent();
  }

  @Test
  void missingNonFunctionAndClashingClassesAreProblemsNotFailures() {
    FunctionRegistry r = FunctionRegistry.load(Map.of(FunctionRegistry.EXTENSION_CLASSES,
        "no.such.Udf," + String.class.getName() + "," + FakeAbs.class.getName()));
    assertThat(r.problems()).extracting(LoadProblem::className)
        .containsExactly("no.such.Udf", "java.lang.String", FakeAbs.class.getName());
    assertThat(r.get("ABS").isBuiltIn()).isTrue();
  }
}
