package dev.eddy.engine.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.calcite.rel.type.RelDataType;

/**
 * Fits a decimal read from any format into its column's DECIMAL(p, s), as ksqlDB does: the
 * scale is adjusted only when no digit is lost, and a value needing more precision is refused
 * rather than rounded.
 */
public final class Decimals {

  private Decimals() {}

  /** {@code value} with the column's scale; throws {@link ValueConversionException} when it does not fit. */
  public static BigDecimal ensureFit(BigDecimal value, RelDataType type) {
    int precision = type.getPrecision();
    int scale = type.getScale();
    BigDecimal scaled;
    try {
      scaled = value.setScale(scale, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException needsRounding) {
      throw cannotFit(value, precision, scale);
    }
    if (scaled.precision() > precision) {
      throw cannotFit(value, precision, scale);
    }
    return scaled;
  }

  private static ValueConversionException cannotFit(BigDecimal value, int precision, int scale) {
    return new ValueConversionException("Cannot fit decimal '" + value.toPlainString() + "' into DECIMAL("
        + precision + ", " + scale + ") without rounding");
  }
}
