package dev.eddy.engine.function;

import dev.eddy.engine.catalog.TypeNames;
import dev.eddy.functions.registry.FunctionDescriptor;
import dev.eddy.functions.registry.FunctionSignature;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.FunctionSqlType;
import org.apache.calcite.sql.type.SqlTypeName;

/** Function signatures and argument lists as error messages show them. */
final class Signatures {

  private Signatures() {}

  /** {@code SUBSTRING(str STRING, pos INTEGER)}; a varargs parameter ends in "...". */
  static String of(FunctionSignature signature) {
    return signature.functionName() + signature.parameterList();
  }

  /** Every overload, comma-separated, in declaration order. */
  static String all(FunctionDescriptor function) {
    return function.overloads().stream().map(Signatures::of).collect(Collectors.joining(", "));
  }

  private static String argument(RelDataType type) {
    if (type.getSqlTypeName() == SqlTypeName.NULL) {
      return "NULL";
    }
    if (type instanceof FunctionSqlType lambda) {
      return lambda.getParameterTypes().getFieldList().stream()
          .map(f -> argument(f.getType()))
          .collect(Collectors.joining(", ", "LAMBDA(", " => " + argument(lambda.getReturnType()) + ")"));
    }
    return TypeNames.of(type);
  }

  /** Argument types in ksqlDB spelling, e.g. {@code INTEGER, NULL}. */
  static String arguments(List<RelDataType> types) {
    return types.stream()
        .map(Signatures::argument)
        .collect(Collectors.joining(", "));
  }
}
