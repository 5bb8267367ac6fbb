package dev.eddy.functions.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BuiltInListingTest {

  @Test
  void listsAtLeastTheTargetNumberOfBuiltIns() {
    FunctionRegistry registry = FunctionRegistry.builtIns();
    Map<FunctionKind, Long> byKind = registry.list().stream()
        .collect(Collectors.groupingBy(FunctionDescriptor::kind, Collectors.counting()));
    assertThat(registry.list()).hasSizeGreaterThanOrEqualTo(150);
    assertThat(byKind.get(FunctionKind.SCALAR)).isGreaterThanOrEqualTo(131);
    assertThat(byKind.get(FunctionKind.AGGREGATE)).isGreaterThanOrEqualTo(19);
    assertThat(byKind.get(FunctionKind.TABLE)).isEqualTo(2);
    assertThat(FunctionRegistry.builtIns()).isSameAs(registry);
  }

  @Test
  void everyOverloadResolvesWithItsOwnParameterTypes() {
    // Instantiating each declared parameter type (generics as STRING, open decimals as
    // DECIMAL(10, 2)) must resolve without any widening, to that overload or an equally
    // specific one: no descriptor declares a parameter type it cannot be called with.
    for (FunctionDescriptor d : FunctionRegistry.builtIns().list()) {
      for (FunctionSignature s : d.overloads()) {
        var args = s.parameters().stream().map(p -> Sample.of(p.type())).toList();
        ResolvedCall call = d.resolve(args);
        assertThat(call.argumentTypes()).as(s.toString()).isEqualTo(args);
      }
    }
  }

  /** A concrete type for a declared one. */
  static final class Sample {
    static dev.eddy.functions.types.SqlType of(dev.eddy.functions.types.SqlType t) {
      var b = new dev.eddy.functions.types.TypeBindings();
      collect(t, b);
      dev.eddy.functions.types.SqlType s = b.substitute(t);
      return replaceOpen(s);
    }

    private static void collect(dev.eddy.functions.types.SqlType t,
        dev.eddy.functions.types.TypeBindings b) {
      if (t instanceof dev.eddy.functions.types.SqlTypeVariable v) {
        b.bind(v, dev.eddy.functions.types.SqlTypes.STRING);
      } else if (t instanceof dev.eddy.functions.types.SqlArray a) {
        collect(a.elementType(), b);
      } else if (t instanceof dev.eddy.functions.types.SqlMap m) {
        collect(m.keyType(), b);
        collect(m.valueType(), b);
      } else if (t instanceof dev.eddy.functions.types.SqlLambda l) {
        l.inputTypes().forEach(i -> collect(i, b));
        collect(l.returnType(), b);
      }
    }

    private static dev.eddy.functions.types.SqlType replaceOpen(dev.eddy.functions.types.SqlType t) {
      if (t instanceof dev.eddy.functions.types.SqlDecimal d && !d.isConcrete()) {
        return dev.eddy.functions.types.SqlTypes.decimal(10, 2);
      }
      if (t instanceof dev.eddy.functions.types.SqlArray a) {
        return dev.eddy.functions.types.SqlTypes.array(replaceOpen(a.elementType()));
      }
      if (t instanceof dev.eddy.functions.types.SqlMap m) {
        return dev.eddy.functions.types.SqlTypes.map(replaceOpen(m.keyType()), replaceOpen(m.valueType()));
      }
      return t;
    }
  }
}
