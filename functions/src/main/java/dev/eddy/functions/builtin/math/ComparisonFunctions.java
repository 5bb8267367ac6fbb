package dev.eddy.functions.builtin.math;

import dev.eddy.functions.api.FunctionCategory;
import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import dev.eddy.functions.api.UdfParameter;
import dev.eddy.functions.api.UdfException;
import java.util.Locale;

/**
 * GREATEST, LEAST and GEO_DISTANCE. GREATEST and LEAST are generic over one comparable type;
 * mixed numeric arguments widen to their common type (GREATEST(1, 2.5) is a DOUBLE), and the
 * engine converts each argument to it before the call.
 */
public final class ComparisonFunctions {

  private ComparisonFunctions() {}

  @UdfDescription(name = "GREATEST", category = FunctionCategory.MATHEMATICAL,
      description = "The largest non-NULL argument; NULL if all are NULL.")
  public static final class Greatest {
    @Udf
    @SafeVarargs
    public final <T extends Comparable<? super T>> T greatest(@UdfParameter("val") T val,
        @UdfParameter("vals") T... vals) {
      T best = val;
      for (T v : vals) {
        if (v != null && (best == null || v.compareTo(best) > 0)) {
          best = v;
        }
      }
      return best;
    }
  }

  @UdfDescription(name = "LEAST", category = FunctionCategory.MATHEMATICAL,
      description = "The smallest non-NULL argument; NULL if all are NULL.")
  public static final class Least {
    @Udf
    @SafeVarargs
    public final <T extends Comparable<? super T>> T least(@UdfParameter("val") T val,
        @UdfParameter("vals") T... vals) {
      T best = val;
      for (T v : vals) {
        if (v != null && (best == null || v.compareTo(best) < 0)) {
          best = v;
        }
      }
      return best;
    }
  }

  @UdfDescription(name = "GEO_DISTANCE", category = FunctionCategory.MATHEMATICAL,
      description = "The great-circle distance between two latitude/longitude points in decimal"
          + " degrees, in KM (default) or MILES.")
  public static final class GeoDistance {
    private static final double EARTH_RADIUS_KM = 6371;
    private static final double EARTH_RADIUS_MILES = 3959;

    @Udf
    public Double geoDistance(@UdfParameter("lat1") Double lat1, @UdfParameter("lon1") Double lon1,
        @UdfParameter("lat2") Double lat2, @UdfParameter("lon2") Double lon2) {
      return geoDistance(lat1, lon1, lat2, lon2, "KM");
    }

    @Udf
    public Double geoDistance(@UdfParameter("lat1") Double lat1, @UdfParameter("lon1") Double lon1,
        @UdfParameter("lat2") Double lat2, @UdfParameter("lon2") Double lon2,
        @UdfParameter("units") String units) {
      if (lat1 == null || lon1 == null || lat2 == null || lon2 == null || units == null) {
        return null;
      }
      checkLatLon(lat1, lon1);
      checkLatLon(lat2, lon2);
      double radius = switch (units.toLowerCase(Locale.ROOT)) {
        case "km", "kilometers", "kilometres" -> EARTH_RADIUS_KM;
        case "mi", "mile", "miles" -> EARTH_RADIUS_MILES;
        default -> throw new UdfException(
            "GEO_DISTANCE: units must be KM or MILES, got '" + units + "'");
      };
      // Haversine: well conditioned for the small distances streams usually compare.
      double dLat = Math.toRadians(lat2 - lat1);
      double dLon = Math.toRadians(lon2 - lon1);
      double a = Math.pow(Math.sin(dLat / 2), 2)
          + Math.pow(Math.sin(dLon / 2), 2) * Math.cos(Math.toRadians(lat1))
          * Math.cos(Math.toRadians(lat2));
      return 2 * radius * Math.asin(Math.sqrt(a));
    }

    private static void checkLatLon(double lat, double lon) {
      if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
        throw new UdfException("GEO_DISTANCE: latitude must be in [-90, 90] and longitude in"
            + " [-180, 180], got (" + lat + ", " + lon + ")");
      }
    }
  }
}
