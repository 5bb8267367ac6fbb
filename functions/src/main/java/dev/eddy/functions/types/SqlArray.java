package dev.eddy.functions.types;

import java.util.Objects;

/** ARRAY&lt;element&gt;; Java value {@code List}. */
public record SqlArray(SqlType elementType) implements SqlType {

  public SqlArray {
    Objects.requireNonNull(elementType, "elementType");
  }

  @Override
  public SqlBaseType baseType() {
    return SqlBaseType.ARRAY;
  }

  @Override
  public boolean isConcrete() {
    return elementType.isConcrete();
  }

  @Override
  public String toString() {
    return "ARRAY<" + elementType + ">";
  }
}
