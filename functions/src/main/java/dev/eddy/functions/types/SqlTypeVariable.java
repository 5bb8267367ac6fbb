package dev.eddy.functions.types;

import java.util.Objects;

/** A generic placeholder, from a Java type variable ({@code <T>}) or a schema string. */
public record SqlTypeVariable(String name) implements SqlType {

  /**
   * The type of a Java {@code Object} parameter: it accepts an argument of any type and binds
   * nothing, so that two parameters of this type (or the repeats of a variadic one) may each
   * take a different type. Its name is no Java identifier, so no declared variable meets it.
   */
  public static final SqlTypeVariable ANY = new SqlTypeVariable("?");

  public SqlTypeVariable {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public SqlBaseType baseType() {
    return SqlBaseType.TYPE_VARIABLE;
  }

  @Override
  public boolean isConcrete() {
    return false;
  }

  /** True for {@link #ANY}. */
  public boolean isAny() {
    return equals(ANY);
  }

  @Override
  public String toString() {
    return isAny() ? "ANY" : name;
  }
}
