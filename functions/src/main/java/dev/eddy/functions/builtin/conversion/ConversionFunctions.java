package dev.eddy.functions.builtin.conversion;

import dev.eddy.functions.api.FunctionCategory;
import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import dev.eddy.functions.api.UdfParameter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * Conversions that CAST does not offer: numbers from their binary form, and BOOLEAN to INT.
 * A wrong byte count or unknown byte order gives NULL, as in ksqlDB.
 */
public final class ConversionFunctions {

  private ConversionFunctions() {}

  static ByteBuffer ordered(ByteBuffer bytes, String byteOrder, int size) {
    if (bytes == null || byteOrder == null || bytes.remaining() != size) {
      return null;
    }
    ByteOrder order;
    switch (byteOrder.toUpperCase(Locale.ROOT)) {
      case "BIG_ENDIAN" -> order = ByteOrder.BIG_ENDIAN;
      case "LITTLE_ENDIAN" -> order = ByteOrder.LITTLE_ENDIAN;
      default -> {
        return null;
      }
    }
    return bytes.duplicate().order(order);
  }

  @UdfDescription(name = "INT_FROM_BYTES", category = FunctionCategory.CONVERSIONS,
      description = "Reads an INT from 4 bytes (BIG_ENDIAN unless LITTLE_ENDIAN is given).")
  public static final class IntFromBytes {
    @Udf
    public Integer intFromBytes(@UdfParameter("bytes") ByteBuffer bytes) {
      return intFromBytes(bytes, "BIG_ENDIAN");
    }

    @Udf
    public Integer intFromBytes(@UdfParameter("bytes") ByteBuffer bytes,
        @UdfParameter("byteOrder") String byteOrder) {
      ByteBuffer b = ordered(bytes, byteOrder, Integer.BYTES);
      return b == null ? null : b.getInt();
    }
  }

  @UdfDescription(name = "BIGINT_FROM_BYTES", category = FunctionCategory.CONVERSIONS,
      description = "Reads a BIGINT from 8 bytes (BIG_ENDIAN unless LITTLE_ENDIAN is given).")
  public static final class BigintFromBytes {
    @Udf
    public Long bigintFromBytes(@UdfParameter("bytes") ByteBuffer bytes) {
      return bigintFromBytes(bytes, "BIG_ENDIAN");
    }

    @Udf
    public Long bigintFromBytes(@UdfParameter("bytes") ByteBuffer bytes,
        @UdfParameter("byteOrder") String byteOrder) {
      ByteBuffer b = ordered(bytes, byteOrder, Long.BYTES);
      return b == null ? null : b.getLong();
    }
  }

  @UdfDescription(name = "DOUBLE_FROM_BYTES", category = FunctionCategory.CONVERSIONS,
      description = "Reads a DOUBLE from 8 bytes (BIG_ENDIAN unless LITTLE_ENDIAN is given).")
  public static final class DoubleFromBytes {
    @Udf
    public Double doubleFromBytes(@UdfParameter("bytes") ByteBuffer bytes) {
      return doubleFromBytes(bytes, "BIG_ENDIAN");
    }

    @Udf
    public Double doubleFromBytes(@UdfParameter("bytes") ByteBuffer bytes,
        @UdfParameter("byteOrder") String byteOrder) {
      ByteBuffer b = ordered(bytes, byteOrder, Double.BYTES);
      return b == null ? null : b.getDouble();
    }
  }

  @UdfDescription(name = "INT_FROM_BOOLEAN", category = FunctionCategory.CONVERSIONS,
      description = "1 for true, 0 for false.")
  public static final class IntFromBoolean {
    @Udf
    public Integer intFromBoolean(@UdfParameter("bool") Boolean bool) {
      return bool == null ? null : bool ? 1 : 0;
    }
  }
}
