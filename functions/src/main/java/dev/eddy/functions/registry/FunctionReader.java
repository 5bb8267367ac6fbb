package dev.eddy.functions.registry;

import dev.eddy.functions.api.Configurable;
import dev.eddy.functions.api.Pair;
import dev.eddy.functions.api.Quadruple;
import dev.eddy.functions.api.Quintuple;
import dev.eddy.functions.api.Triple;
import dev.eddy.functions.api.Udaf;
import dev.eddy.functions.api.UdafDescription;
import dev.eddy.functions.api.UdafFactory;
import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import dev.eddy.functions.api.UdfParameter;
import dev.eddy.functions.api.Udtf;
import dev.eddy.functions.api.UdtfDescription;
import dev.eddy.functions.api.VariadicArgs;
import dev.eddy.functions.types.JavaTypes;
import dev.eddy.functions.types.ReturnTypeResolver;
import dev.eddy.functions.types.SqlArray;
import dev.eddy.functions.types.SqlDecimal;
import dev.eddy.functions.types.SqlLambda;
import dev.eddy.functions.types.SqlMap;
import dev.eddy.functions.types.SqlStruct;
import dev.eddy.functions.types.SqlType;
import dev.eddy.functions.types.SqlTypeVariable;
import dev.eddy.functions.types.SqlTypes;
import java.lang.annotation.Annotation;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one annotated class into a {@link FunctionDescriptor}: the same code reads built-ins
 * and extension jars, so a user's UDF behaves exactly like a built-in one.
 *
 * <p>Everything that can be wrong with a class is found here, at load time, with the class and
 * method named: a return type whose generics no parameter binds, an open DECIMAL result without
 * a schema or resolver, a non-public method.
 */
final class FunctionReader {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** The input types of aggregates over two to five columns, one type argument per column. */
  private static final Set<Type> COLUMN_TUPLES =
      Set.of(Pair.class, Triple.class, Quadruple.class, Quintuple.class);

  private final Map<String, ?> config;

  FunctionReader(Map<String, ?> config) {
    this.config = config;
  }

  /** True if the class carries one of the three function annotations. */
  static boolean isFunctionClass(Class<?> c) {
    return c.isAnnotationPresent(UdfDescription.class)
        || c.isAnnotationPresent(UdafDescription.class)
        || c.isAnnotationPresent(UdtfDescription.class);
  }

  FunctionDescriptor read(Class<?> c, String source) {
    try {
      if (c.isAnnotationPresent(UdfDescription.class)) {
        UdfDescription d = c.getAnnotation(UdfDescription.class);
        String name = checkName(d.name());
        Object instance = instantiate(c, name);
        List<FunctionSignature> overloads = new ArrayList<>();
        for (Method m : methods(c, Udf.class)) {
          Udf udf = m.getAnnotation(Udf.class);
          overloads.add(methodSignature(name, m, instance, udf.description(), udf.schema(),
              udf.returnType(), false, udf.deterministic()));
        }
        return descriptor(c, name, FunctionKind.SCALAR, d.category(), d.description(),
            d.author(), d.version(), source, overloads);
      }
      if (c.isAnnotationPresent(UdtfDescription.class)) {
        UdtfDescription d = c.getAnnotation(UdtfDescription.class);
        String name = checkName(d.name());
        Object instance = instantiate(c, name);
        List<FunctionSignature> overloads = new ArrayList<>();
        for (Method m : methods(c, Udtf.class)) {
          Udtf udtf = m.getAnnotation(Udtf.class);
          overloads.add(methodSignature(name, m, instance, udtf.description(), udtf.schema(),
              udtf.returnType(), true, true));
        }
        return descriptor(c, name, FunctionKind.TABLE, d.category(), d.description(),
            d.author(), d.version(), source, overloads);
      }
      if (c.isAnnotationPresent(UdafDescription.class)) {
        UdafDescription d = c.getAnnotation(UdafDescription.class);
        String name = checkName(d.name());
        List<FunctionSignature> overloads = new ArrayList<>();
        for (Method m : methods(c, UdafFactory.class)) {
          overloads.add(aggregateSignature(name, m));
        }
        return descriptor(c, name, FunctionKind.AGGREGATE, d.category(), d.description(),
            d.author(), d.version(), source, overloads);
      }
    } catch (FunctionException e) {
      throw e;
    } catch (RuntimeException | LinkageError e) {
      throw new FunctionException("Cannot load function class " + c.getName() + ": " + e, e);
    }
    throw new FunctionException(c.getName() + " has no @UdfDescription, @UdafDescription or "
        + "@UdtfDescription");
  }

  private FunctionDescriptor descriptor(Class<?> c, String name, FunctionKind kind,
      String category, String description, String author, String version, String source,
      List<FunctionSignature> overloads) {
    if (overloads.isEmpty()) {
      throw new FunctionException(c.getName() + " declares function " + name
          + " but has no public annotated method");
    }
    // Reflection returns methods in no particular order; sort so listings are stable and a tie
    // caused by NULL arguments goes to the overload with the earliest base types (STRING before
    // BYTES, INTEGER before DOUBLE), the one a user most likely meant.
    overloads.sort(Comparator.comparingInt((FunctionSignature s) -> s.parameters().size())
        .thenComparing(FunctionSignature::isVarargs)
        .thenComparing(FunctionReader::baseTypeOrder)
        .thenComparing(FunctionSignature::toString));
    Set<String> seen = new HashSet<>();
    for (FunctionSignature s : overloads) {
      if (!seen.add(s.parameterList())) {
        throw new FunctionException(c.getName() + " declares " + s + " twice");
      }
    }
    return new FunctionDescriptor(name, kind, category, description, author, version, source,
        overloads);
  }

  private static String baseTypeOrder(FunctionSignature s) {
    StringBuilder key = new StringBuilder();
    for (ParameterInfo p : s.parameters()) {
      key.append((char) ('A' + p.type().baseType().ordinal()));
    }
    return key.toString();
  }

  private FunctionSignature methodSignature(String name, Method m, Object instance,
      String description, String schema, Class<? extends ReturnTypeResolver> resolverClass,
      boolean table, boolean deterministic) {
    List<ParameterInfo> params = parameters(m, 0, false);
    ReturnTypeResolver resolver = resolver(resolverClass);
    SqlType returnType;
    if (!schema.isEmpty()) {
      returnType = parseSchema(schema, m);
    } else {
      Type javaReturn = m.getGenericReturnType();
      if (table) {
        if (!(javaReturn instanceof ParameterizedType p && p.getRawType() == List.class)) {
          throw new FunctionException("@Udtf method " + describe(m) + " must return a List");
        }
        javaReturn = p.getActualTypeArguments()[0];
      }
      returnType = sqlType(javaReturn, m);
    }
    checkReturnType(returnType, resolver, params, m);
    return new FunctionSignature(name, params, m.isVarArgs() ? params.size() - 1 : -1, returnType, resolver, description,
        new MethodImplementation(m, instance), deterministic);
  }

  private FunctionSignature aggregateSignature(String name, Method m) {
    if (!Modifier.isStatic(m.getModifiers())) {
      throw new FunctionException("@UdafFactory method " + describe(m) + " must be static");
    }
    if (!Udaf.class.isAssignableFrom(m.getReturnType())
        || !(m.getGenericReturnType() instanceof ParameterizedType udafType)) {
      throw new FunctionException("@UdafFactory method " + describe(m)
          + " must return Udaf<I, A, O> or TableUdaf<I, A, O> with type arguments");
    }
    UdafFactory f = m.getAnnotation(UdafFactory.class);
    Type[] ioa = udafType.getActualTypeArguments();
    List<ParameterInfo> params = new ArrayList<>();
    Type input = ioa[0];
    List<Type> columns = new ArrayList<>();
    if (input instanceof ParameterizedType p && COLUMN_TUPLES.contains(p.getRawType())) {
      columns.addAll(Arrays.asList(p.getActualTypeArguments()));
    } else if (input != Void.class) {
      // Udaf<Void, ...> aggregates rows, not a column: COUNT(*).
      columns.add(input);
    }
    int variadicColumn = -1;
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i) instanceof ParameterizedType p && p.getRawType() == VariadicArgs.class) {
        if (variadicColumn >= 0 || m.isVarArgs()) {
          throw new FunctionException("@UdafFactory method " + describe(m)
              + " may have one variadic argument (VariadicArgs column or literal varargs), not two");
        }
        variadicColumn = i;
        columns.set(i, p.getActualTypeArguments()[0]);
      }
    }
    for (int i = 0; i < columns.size(); i++) {
      SqlType t = columns.size() == 1 && !f.paramSchema().isEmpty()
          ? parseSchema(f.paramSchema(), m) : sqlType(columns.get(i), m);
      params.add(new ParameterInfo(columns.size() == 1 ? "col1" : "col" + (i + 1), t, "", false));
    }
    params.addAll(parameters(m, params.size(), true));
    int variadicIndex = variadicColumn >= 0 ? variadicColumn
        : m.isVarArgs() ? params.size() - 1 : -1;
    SqlType aggregate = f.aggregateSchema().isEmpty()
        ? sqlType(ioa[1], m) : parseSchema(f.aggregateSchema(), m);
    SqlType result = f.returnSchema().isEmpty()
        ? sqlType(ioa[2], m) : parseSchema(f.returnSchema(), m);
    ReturnTypeResolver resolver = resolver(f.returnType());
    checkReturnType(result, resolver, params, m);
    return new FunctionSignature(name, params, variadicIndex, result, resolver, f.description(),
        new AggregateImplementation(m, columns.size(), variadicColumn, aggregate, configFor(name)),
        true);
  }

  private List<ParameterInfo> parameters(Method m, int offset, boolean literal) {
    List<ParameterInfo> params = new ArrayList<>();
    Parameter[] ps = m.getParameters();
    for (int i = 0; i < ps.length; i++) {
      Parameter p = ps[i];
      UdfParameter a = p.getAnnotation(UdfParameter.class);
      String name = a != null && !a.value().isEmpty() ? a.value()
          : p.isNamePresent() ? p.getName() : "arg" + (offset + i + 1);
      SqlType type;
      if (a != null && !a.schema().isEmpty()) {
        type = parseSchema(a.schema(), m);
      } else {
        Type t = p.getParameterizedType();
        if (p.isVarArgs()) {
          t = p.getType().getComponentType();
          if (p.getParameterizedType() instanceof GenericArrayType g) {
            t = g.getGenericComponentType();
          }
        }
        type = sqlType(t, m);
      }
      params.add(new ParameterInfo(name, type, a == null ? "" : a.description(), literal));
    }
    return params;
  }

  private static void checkReturnType(SqlType returnType, ReturnTypeResolver resolver,
      List<ParameterInfo> params, Method m) {
    if (resolver != null || returnType.isConcrete()) {
      return;
    }
    Set<String> bound = new HashSet<>();
    for (ParameterInfo p : params) {
      collectVariables(p.type(), bound);
    }
    Set<String> needed = new HashSet<>();
    collectVariables(returnType, needed);
    needed.removeAll(bound);
    if (!needed.isEmpty()) {
      throw new FunctionException("Return type " + returnType + " of " + describe(m)
          + " has type variables " + needed + " that no parameter binds");
    }
    if (containsOpenWildcard(returnType)) {
      throw new FunctionException("Return type " + returnType + " of " + describe(m)
          + " needs a schema or a ReturnTypeResolver: DECIMAL and STRUCT results have no"
          + " precision or fields of their own");
    }
  }

  private static void collectVariables(SqlType t, Set<String> out) {
    if (t instanceof SqlTypeVariable v) {
      out.add(v.name());
    } else if (t instanceof SqlArray a) {
      collectVariables(a.elementType(), out);
    } else if (t instanceof SqlMap mp) {
      collectVariables(mp.keyType(), out);
      collectVariables(mp.valueType(), out);
    } else if (t instanceof SqlStruct s) {
      s.fields().forEach(f -> collectVariables(f.type(), out));
    } else if (t instanceof SqlLambda l) {
      l.inputTypes().forEach(i -> collectVariables(i, out));
      collectVariables(l.returnType(), out);
    }
  }

  private static boolean containsOpenWildcard(SqlType t) {
    if (t instanceof SqlDecimal d) {
      return !d.isConcrete();
    }
    if (t instanceof SqlStruct s) {
      return s.isAny() || s.fields().stream().anyMatch(f -> containsOpenWildcard(f.type()));
    }
    if (t instanceof SqlArray a) {
      return containsOpenWildcard(a.elementType());
    }
    if (t instanceof SqlMap mp) {
      return containsOpenWildcard(mp.keyType()) || containsOpenWildcard(mp.valueType());
    }
    return false;
  }

  private static List<Method> methods(Class<?> c, Class<? extends Annotation> a) {
    List<Method> found = new ArrayList<>();
    for (Method m : c.getMethods()) {
      if (m.isAnnotationPresent(a) && !m.isBridge() && !m.isSynthetic()) {
        found.add(m);
      }
    }
    for (Method m : c.getDeclaredMethods()) {
      if (m.isAnnotationPresent(a) && !Modifier.isPublic(m.getModifiers())) {
        throw new FunctionException(describe(m) + " is annotated but not public");
      }
    }
    return found;
  }

  private Object instantiate(Class<?> c, String name) {
    boolean needed = Arrays.stream(c.getMethods())
        .anyMatch(m -> (m.isAnnotationPresent(Udf.class) || m.isAnnotationPresent(Udtf.class))
            && !Modifier.isStatic(m.getModifiers()));
    if (!needed) {
      return null;
    }
    Object instance;
    try {
      instance = c.getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new FunctionException("Cannot create " + c.getName()
          + " (it needs a public no-argument constructor): " + cause, cause);
    }
    if (instance instanceof Configurable configurable) {
      configurable.configure(configFor(name));
    }
    return instance;
  }

  /** The settings a function may see: its own and the global ones. */
  Map<String, ?> configFor(String name) {
    String own = "eddy.functions." + name.toLowerCase(Locale.ROOT) + ".";
    String global = "eddy.functions._global_.";
    Map<String, Object> out = new LinkedHashMap<>();
    config.forEach((k, v) -> {
      if (k.startsWith(own) || k.startsWith(global)) {
        out.put(k, v);
      }
    });
    return Map.copyOf(out);
  }

  private static ReturnTypeResolver resolver(Class<? extends ReturnTypeResolver> c) {
    if (c == ReturnTypeResolver.None.class) {
      return null;
    }
    try {
      return c.getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new FunctionException("Cannot create return type resolver " + c.getName()
          + " (it needs a public no-argument constructor)", e);
    }
  }

  private static SqlType sqlType(Type t, Method m) {
    try {
      return JavaTypes.sqlType(t);
    } catch (IllegalArgumentException e) {
      throw new FunctionException(describe(m) + ": " + e.getMessage(), e);
    }
  }

  private static SqlType parseSchema(String schema, Method m) {
    try {
      return SqlTypes.parse(schema);
    } catch (IllegalArgumentException e) {
      throw new FunctionException(describe(m) + ": " + e.getMessage(), e);
    }
  }

  private static String checkName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new FunctionException("invalid function name '" + name + "'");
    }
    return name.toUpperCase(Locale.ROOT);
  }

  private static String describe(Method m) {
    return m.getDeclaringClass().getName() + "." + m.getName();
  }

  static Optional<String> nameOf(Class<?> c) {
    if (c.isAnnotationPresent(UdfDescription.class)) {
      return Optional.of(c.getAnnotation(UdfDescription.class).name().toUpperCase(Locale.ROOT));
    }
    if (c.isAnnotationPresent(UdafDescription.class)) {
      return Optional.of(c.getAnnotation(UdafDescription.class).name().toUpperCase(Locale.ROOT));
    }
    if (c.isAnnotationPresent(UdtfDescription.class)) {
      return Optional.of(c.getAnnotation(UdtfDescription.class).name().toUpperCase(Locale.ROOT));
    }
    return Optional.empty();
  }
}
