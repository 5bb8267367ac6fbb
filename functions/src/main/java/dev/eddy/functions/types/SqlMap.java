package dev.eddy.functions.types;

import java.util.Objects;

/** MAP&lt;key, value&gt;; Java value {@code Map}. */
public record SqlMap(SqlType keyType, SqlType valueType) implements SqlType {

  public SqlMap {
    Objects.requireNonNull(keyType, "keyType");
    Objects.requireNonNull(valueType, "valueType");
  }

  @Override
  public SqlBaseType baseType() {
    return SqlBaseType.MAP;
  }

  @Override
  public boolean isConcrete() {
    return keyType.isConcrete() && valueType.isConcrete();
  }

  @Override
  public String toString() {
    return "MAP<" + keyType + ", " + valueType + ">";
  }
}
