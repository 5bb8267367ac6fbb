package dev.eddy.functions.types;

/**
 * DECIMAL(precision, scale). {@link #ANY} is the parameter type of a {@code BigDecimal}
 * parameter without a schema: it accepts a decimal of any precision and scale.
 */
public record SqlDecimal(int precision, int scale) implements SqlType {

  /** Largest precision a DECIMAL may have, as in ksqlDB. */
  public static final int MAX_PRECISION = 1000;

  /** Any decimal; only valid as a parameter type. */
  public static final SqlDecimal ANY = new SqlDecimal(-1, -1);

  public SqlDecimal {
    boolean any = precision == -1 && scale == -1;
    if (!any && (precision < 1 || precision > MAX_PRECISION || scale < 0 || scale > precision)) {
      throw new IllegalArgumentException(
          "DECIMAL precision must be in [1, " + MAX_PRECISION + "] and scale in [0, precision]: "
              + "got precision " + precision + ", scale " + scale);
    }
  }

  @Override
  public SqlBaseType baseType() {
    return SqlBaseType.DECIMAL;
  }

  @Override
  public boolean isConcrete() {
    return precision >= 0;
  }

  /** Digits before the decimal point. */
  public int integerDigits() {
    return precision - scale;
  }

  @Override
  public String toString() {
    return isConcrete() ? "DECIMAL(" + precision + ", " + scale + ")" : "DECIMAL";
  }
}
