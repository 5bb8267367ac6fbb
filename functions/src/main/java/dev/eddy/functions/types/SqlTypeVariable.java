package dev.eddy.functions.types;

import java.util.Objects;

/** A generic placeholder, from a Java type variable ({@code <T>}) or a schema string. */
public record SqlTypeVariable(String name) implements SqlType {

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

  @Override
  public String toString() {
    return name;
  }
}
