package dev.eddy.functions.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds the type variables of parameter types to argument types, then substitutes them. One
 * instance per overload-matching attempt: {@code ARRAY<T>} against {@code ARRAY<INTEGER>} binds
 * {@code T = INTEGER}, after which a second parameter {@code T} only accepts {@code INTEGER} (or
 * what widens to it).
 */
public final class TypeBindings {

  private final Map<String, SqlType> bound = new HashMap<>();

  /** The type bound to a variable, if any. */
  public Optional<SqlType> get(String variable) {
    return Optional.ofNullable(bound.get(variable));
  }

  public Map<String, SqlType> asMap() {
    return Map.copyOf(bound);
  }

  /**
   * Records the variables of {@code parameter} that {@code argument} determines. Returns false if
   * the shapes differ or a variable is already bound to another type; widening is not checked
   * here but by {@link ImplicitCasts} on the substituted parameter. A {@code null} argument (an
   * untyped NULL) or a lambda whose result is not yet known binds nothing.
   */
  public boolean bind(SqlType parameter, SqlType argument) {
    if (argument == null) {
      return true;
    }
    if (parameter instanceof SqlTypeVariable v) {
      if (v.isAny()) {
        return true;
      }
      SqlType existing = bound.get(v.name());
      if (existing == null) {
        bound.put(v.name(), argument);
        return true;
      }
      // Arguments sharing a variable meet at their common type: GREATEST(INT, BIGINT) binds
      // T = BIGINT, GREATEST(DECIMAL(4, 2), DECIMAL(5, 1)) binds T = DECIMAL(6, 2).
      SqlType common = ImplicitCasts.commonSuperType(existing, argument);
      if (common == null) {
        return false;
      }
      bound.put(v.name(), common);
      return true;
    }
    if (parameter instanceof SqlArray p) {
      return argument instanceof SqlArray a && bind(p.elementType(), a.elementType());
    }
    if (parameter instanceof SqlMap p) {
      return argument instanceof SqlMap a
          && bind(p.keyType(), a.keyType()) && bind(p.valueType(), a.valueType());
    }
    if (parameter instanceof SqlStruct p) {
      if (!(argument instanceof SqlStruct a)) {
        return false;
      }
      if (p.isAny()) {
        return true;
      }
      if (p.fields().size() != a.fields().size()) {
        return false;
      }
      for (int i = 0; i < p.fields().size(); i++) {
        SqlStruct.Field pf = p.fields().get(i);
        SqlStruct.Field af = a.fields().get(i);
        if (!pf.name().equals(af.name()) || !bind(pf.type(), af.type())) {
          return false;
        }
      }
      return true;
    }
    if (parameter instanceof SqlLambda p) {
      if (!(argument instanceof SqlLambda a) || a.inputTypes().size() != p.inputTypes().size()) {
        return false;
      }
      for (int i = 0; i < p.inputTypes().size(); i++) {
        if (!bind(p.inputTypes().get(i), a.inputTypes().get(i))) {
          return false;
        }
      }
      return bind(p.returnType(), a.returnType());
    }
    return true;
  }

  /** {@code type} with every bound variable replaced; unbound variables stay. */
  public SqlType substitute(SqlType type) {
    if (type instanceof SqlTypeVariable v) {
      return bound.getOrDefault(v.name(), v);
    }
    if (type instanceof SqlArray a) {
      return new SqlArray(substitute(a.elementType()));
    }
    if (type instanceof SqlMap m) {
      return new SqlMap(substitute(m.keyType()), substitute(m.valueType()));
    }
    if (type instanceof SqlStruct s && !s.isAny()) {
      List<SqlStruct.Field> fields = new ArrayList<>();
      for (SqlStruct.Field f : s.fields()) {
        fields.add(new SqlStruct.Field(f.name(), substitute(f.type())));
      }
      return SqlStruct.of(fields);
    }
    if (type instanceof SqlLambda l) {
      List<SqlType> inputs = new ArrayList<>();
      for (SqlType t : l.inputTypes()) {
        inputs.add(substitute(t));
      }
      return new SqlLambda(inputs, substitute(l.returnType()));
    }
    return type;
  }
}
