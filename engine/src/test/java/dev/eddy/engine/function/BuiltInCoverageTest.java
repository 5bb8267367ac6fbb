package dev.eddy.engine.function;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.functions.registry.FunctionDescriptor;
import dev.eddy.functions.registry.FunctionKind;
import dev.eddy.functions.registry.FunctionSignature;
import dev.eddy.functions.types.SqlArray;
import dev.eddy.functions.types.SqlBaseType;
import dev.eddy.functions.types.SqlLambda;
import dev.eddy.functions.types.SqlMap;
import dev.eddy.functions.types.SqlStruct;
import dev.eddy.functions.types.SqlType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * Every scalar built-in, called with sample arguments of its first overload's parameter types
 * (a lambda returns its first parameter), plans through the engine's planner and compiles to
 * bytecode.
 */
class BuiltInCoverageTest {

  private final FunctionHarness harness = new FunctionHarness();

  @Test
  void everyScalarBuiltInPlansAndCompiles() {
    List<FunctionDescriptor> scalars = FunctionHarness.REGISTRY.list(FunctionKind.SCALAR);
    List<String> calls = new ArrayList<>();
    for (FunctionDescriptor f : scalars) {
      calls.add(call(f.overloads().get(0)));
    }
    Map<String, String> failures = new LinkedHashMap<>();
    // One query, one compilation for all; only if that fails, one per call to name the culprits.
    if (!compiles(String.join(", ", calls), failures)) {
      failures.clear();
      calls.forEach(call -> compiles(call, failures));
    }
    int compiled = calls.size() - failures.size();
    System.out.println(compiled + " of " + scalars.size() + " scalar functions plan and compile");
    failures.forEach((call, why) -> System.out.println("  " + call + " -> " + why));

    assertThat(failures).isEmpty();
  }

  private boolean compiles(String expressions, Map<String, String> failures) {
    try {
      harness.compile(expressions);
      return true;
    } catch (Exception | AssertionError e) {
      failures.put(expressions, e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()));
      return false;
    }
  }

  // The name is quoted so that Calcite's parser, standing in for Eddy's, makes a plain function
  // call of it rather than its own syntax (UUID is a type to it, TIMESTAMPADD takes a unit).
  private static String call(FunctionSignature signature) {
    StringJoiner args = new StringJoiner(", ", "`" + signature.functionName() + "`(", ")");
    for (var p : signature.parameters()) {
      args.add(sample(p.type()));
    }
    return args.toString();
  }

  /** An expression of that type over the harness's columns. */
  static String sample(SqlType type) {
    return switch (type.baseType()) {
      case BOOLEAN -> "flag";
      case INTEGER, TYPE_VARIABLE -> "id";
      case BIGINT -> "big";
      case DOUBLE -> "d";
      case DECIMAL -> "amt";
      case STRING -> "name";
      case BYTES -> "bin";
      case DATE -> "dt";
      case TIME -> "tm";
      case TIMESTAMP -> "ts";
      case ARRAY -> {
        SqlType element = ((SqlArray) type).elementType();
        yield switch (element.baseType()) {
          case INTEGER, TYPE_VARIABLE -> "arr";
          case STRING -> "tags";
          default -> "ARRAY[" + sample(element) + "]";
        };
      }
      case MAP -> {
        SqlMap map = (SqlMap) type;
        boolean standard = map.keyType().baseType() == SqlBaseType.STRING
            || map.keyType().baseType() == SqlBaseType.TYPE_VARIABLE;
        boolean intValues = map.valueType().baseType() == SqlBaseType.INTEGER
            || map.valueType().baseType() == SqlBaseType.TYPE_VARIABLE;
        yield standard && intValues ? "m"
            : "MAP[" + sample(map.keyType()) + ", " + sample(map.valueType()) + "]";
      }
      case STRUCT -> ((SqlStruct) type).isAny() ? "s" : "s";
      case LAMBDA -> {
        int n = ((SqlLambda) type).inputTypes().size();
        yield n == 1 ? "x -> x" : n == 2 ? "(x, y) -> x" : "(x, y, z) -> x";
      }
    };
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
