package dev.eddy.functions.registry;

import dev.eddy.functions.types.ImplicitCasts;
import dev.eddy.functions.types.SqlBaseType;
import dev.eddy.functions.types.SqlDecimal;
import dev.eddy.functions.types.SqlTypes;
import dev.eddy.functions.types.ReturnTypeResolver;
import dev.eddy.functions.types.SqlLambda;
import dev.eddy.functions.types.SqlType;
import dev.eddy.functions.types.TypeBindings;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One overload of a function: its declared parameter and return types (the "operand type
 * checker" and "return type inference" of Calcite's operators), kept apart from the
 * {@link FunctionImplementation} that runs it.
 */
public final class FunctionSignature {

  private final String functionName;
  private final List<ParameterInfo> parameters;
  private final int variadicIndex;
  private final SqlType returnType;
  private final ReturnTypeResolver returnTypeResolver;
  private final String description;
  private final FunctionImplementation implementation;
  private final boolean deterministic;

  FunctionSignature(
      String functionName,
      List<ParameterInfo> parameters,
      int variadicIndex,
      SqlType returnType,
      ReturnTypeResolver returnTypeResolver,
      String description,
      FunctionImplementation implementation,
      boolean deterministic) {
    this.functionName = functionName;
    this.parameters = List.copyOf(parameters);
    if (variadicIndex < -1 || variadicIndex >= parameters.size()) {
      throw new IllegalArgumentException("no parameter " + variadicIndex + " to repeat");
    }
    this.variadicIndex = variadicIndex;
    this.returnType = Objects.requireNonNull(returnType, "returnType");
    this.returnTypeResolver = returnTypeResolver;
    this.description = description == null ? "" : description;
    this.implementation = implementation;
    this.deterministic = deterministic;
  }

  public String functionName() {
    return functionName;
  }

  public List<ParameterInfo> parameters() {
    return parameters;
  }

  /** True if one parameter repeats zero or more times; see {@link #isVariadic(int)}. */
  public boolean isVarargs() {
    return variadicIndex >= 0;
  }

  /**
   * True if parameter {@code parameterIndex} repeats zero or more times. A scalar function's
   * varargs are its last parameter; an aggregate's variadic columns may be followed by its
   * literal arguments ({@code F(col, strings..., k)}).
   */
  public boolean isVariadic(int parameterIndex) {
    return parameterIndex == variadicIndex;
  }

  /** The declared return type; may be generic, e.g. {@code ARRAY<T>}. See {@link #resolveReturnType}. */
  public SqlType returnType() {
    return returnType;
  }

  /** The resolver that computes the return type, if the declared type is not enough. */
  public Optional<ReturnTypeResolver> returnTypeResolver() {
    return Optional.ofNullable(returnTypeResolver);
  }

  public String description() {
    return description;
  }

  /** False if calls with equal arguments may differ; see {@link dev.eddy.functions.api.Udf#deterministic}. */
  public boolean isDeterministic() {
    return deterministic;
  }

  public FunctionImplementation implementation() {
    return implementation;
  }

  /** The implementation of a scalar or table function overload. */
  public MethodImplementation method() {
    return (MethodImplementation) implementation;
  }

  /** The implementation of an aggregate overload. */
  public AggregateImplementation aggregate() {
    return (AggregateImplementation) implementation;
  }

  /** The declared type of the parameter that argument {@code index} is passed to. */
  public SqlType parameterTypeForArgument(int index) {
    // Enough arguments that index is one of them and none of the parameters lacks one: exact
    // whenever the variadic parameter is the last, as a scalar function's always is.
    return parameterTypeForArgument(index, Math.max(index + 1, parameters.size()));
  }

  /**
   * The declared type of the parameter that argument {@code index} of {@code argumentCount} is
   * passed to; unlike {@link #parameterTypeForArgument(int)} it knows where the repeats of a
   * variadic parameter followed by others end.
   */
  public SqlType parameterTypeForArgument(int index, int argumentCount) {
    return parameters.get(parameterIndex(index, argumentCount)).type();
  }

  /** The parameter that argument {@code index} of {@code argumentCount} is passed to. */
  public int parameterIndex(int index, int argumentCount) {
    if (variadicIndex < 0 || index < variadicIndex) {
      return index;
    }
    int trailing = parameters.size() - 1 - variadicIndex;
    int repeats = argumentCount - variadicIndex - trailing;
    return index < variadicIndex + repeats ? variadicIndex : index - repeats + 1;
  }

  /** True if this overload takes that many arguments. */
  public boolean accepts(int argumentCount) {
    return isVarargs() ? argumentCount >= parameters.size() - 1
        : argumentCount == parameters.size();
  }

  /**
   * The return type of a call with these argument types: generics bound, decimals computed.
   * A null element stands for an untyped {@code NULL}.
   *
   * @throws FunctionException if the arguments do not fit this overload, or the result cannot
   *     be inferred (a generic return whose variable only NULLs would bind)
   */
  public SqlType resolveReturnType(List<SqlType> argumentTypes) {
    return match(argumentTypes)
        .orElseThrow(() -> new FunctionException(
            "Function '" + functionName + "' does not accept parameters "
                + OverloadResolver.describe(argumentTypes) + ". Signature: " + this))
        .returnType();
  }

  /**
   * The input types of the lambda passed as argument {@code index}, bound from the other
   * arguments. The engine types a lambda's body with these, then passes the complete
   * {@link SqlLambda} to {@link #resolveReturnType}. Pass null for arguments not yet typed.
   */
  public List<SqlType> lambdaInputTypes(int index, List<SqlType> argumentTypes) {
    SqlType parameter = parameterTypeForArgument(index);
    if (!(parameter instanceof SqlLambda lambda)) {
      throw new IllegalArgumentException(
          "parameter " + (index + 1) + " of " + this + " is not a lambda");
    }
    TypeBindings bindings = new TypeBindings();
    for (int i = 0; i < argumentTypes.size(); i++) {
      SqlType arg = argumentTypes.get(i);
      if (i != index && arg != null && !(arg instanceof SqlLambda)) {
        bindings.bind(parameterTypeForArgument(i, argumentTypes.size()), arg);
      }
    }
    List<SqlType> inputs = new ArrayList<>();
    for (SqlType t : lambda.inputTypes()) {
      inputs.add(bindings.substitute(t));
    }
    return inputs;
  }

  /** How well these argument types fit; empty if they do not. */
  Optional<ResolvedCall> match(List<SqlType> argumentTypes) {
    if (!accepts(argumentTypes.size())) {
      return Optional.empty();
    }
    TypeBindings bindings = new TypeBindings();
    // Plain arguments first, so a lambda's inputs see the types its collection bound.
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < argumentTypes.size(); i++) {
        SqlType arg = argumentTypes.get(i);
        if ((arg instanceof SqlLambda) == (pass == 1)
            && !bindings.bind(parameterTypeForArgument(i, argumentTypes.size()), arg)) {
          return Optional.empty();
        }
      }
    }
    int cost = 0;
    List<SqlType> targets = new ArrayList<>();
    for (int i = 0; i < argumentTypes.size(); i++) {
      SqlType declared = parameterTypeForArgument(i, argumentTypes.size());
      SqlType target = bindings.substitute(declared);
      SqlType arg = argumentTypes.get(i);
      int c = ImplicitCasts.cost(arg, target);
      if (c == ImplicitCasts.IMPOSSIBLE) {
        return Optional.empty();
      }
      // Widening steps dominate; a generic parameter costs a little more than an exact one, so
      // LEN(STRING) beats a hypothetical LEN(T) for a string argument.
      cost += 10 * c + (declared.isConcrete() ? 0 : 1);
      // The engine converts the argument to the target, so an open target is replaced by the
      // argument's own type (DECIMAL → DECIMAL(4, 2)).
      targets.add(concreteTarget(target, arg));
    }
    if (isVarargs()) {
      cost += 5;
    }
    SqlType result;
    if (returnTypeResolver != null) {
      result = returnTypeResolver.resolve(targets);
    } else {
      result = bindings.substitute(returnType);
      if (!result.isConcrete()) {
        throw new FunctionException("Cannot infer the return type " + result + " of " + this
            + " from arguments " + OverloadResolver.describe(argumentTypes)
            + "; cast NULL arguments to a type");
      }
    }
    return Optional.of(new ResolvedCall(this, targets, result, cost, bindings.asMap()));
  }

  private static SqlType concreteTarget(SqlType target, SqlType arg) {
    if (target.isConcrete() || arg == null) {
      return target;
    }
    if (target instanceof SqlDecimal && arg.baseType() != SqlBaseType.DECIMAL) {
      return SqlTypes.toDecimal(arg);
    }
    return arg;
  }

  /** {@code NAME(name TYPE, ...)} as {@code DESCRIBE FUNCTION} and error messages show it. */
  @Override
  public String toString() {
    return functionName + parameterList() + " => " + returnType;
  }

  /** {@code (name TYPE, ...)}; a variadic parameter's type ends in "...". */
  public String parameterList() {
    List<String> ps = new ArrayList<>();
    for (int i = 0; i < parameters.size(); i++) {
      ParameterInfo p = parameters.get(i);
      boolean isVar = i == variadicIndex;
      ps.add(p.name() + " " + p.type() + (isVar ? "..." : ""));
    }
    return ps.stream().collect(Collectors.joining(", ", "(", ")"));
  }
}
