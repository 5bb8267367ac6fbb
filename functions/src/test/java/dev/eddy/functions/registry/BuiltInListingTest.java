package dev.eddy.functions.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.functions.types.SqlArray;
import dev.eddy.functions.types.SqlDecimal;
import dev.eddy.functions.types.SqlLambda;
import dev.eddy.functions.types.SqlMap;
import dev.eddy.functions.types.SqlType;
import dev.eddy.functions.types.SqlTypeVariable;
import dev.eddy.functions.types.SqlTypes;
import dev.eddy.functions.types.TypeBindings;
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
    static SqlType of(SqlType t) {
      var b = new TypeBindings();
      collect(t, b);
      SqlType s = b.substitute(t);
      return replaceOpen(s);
    }

    private static void collect(SqlType t,
        TypeBindings b) {
      if (t instanceof SqlTypeVariable v) {
        b.bind(v, SqlTypes.STRING);
      } else if (t instanceof SqlArray a) {
        collect(a.elementType(), b);
      } else if (t instanceof SqlMap m) {
        collect(m.keyType(), b);
        collect(m.valueType(), b);
      } else if (t instanceof SqlLambda l) {
        l.inputTypes().forEach(i -> collect(i, b));
        collect(l.returnType(), b);
      }
    }

    private static SqlType replaceOpen(SqlType t) {
      if (t instanceof SqlDecimal d && !d.isConcrete()) {
        return SqlTypes.decimal(10, 2);
      }
      if (t instanceof SqlArray a) {
        return SqlTypes.array(replaceOpen(a.elementType()));
      }
      if (t instanceof SqlMap m) {
        return SqlTypes.map(replaceOpen(m.keyType()), replaceOpen(m.valueType()));
      }
      return t;
    }
  }
}
