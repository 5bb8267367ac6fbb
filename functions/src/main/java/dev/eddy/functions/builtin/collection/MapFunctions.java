package dev.eddy.functions.builtin.collection;

import dev.eddy.functions.api.FunctionCategory;
import dev.eddy.functions.api.Struct;
import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import dev.eddy.functions.api.UdfParameter;
import dev.eddy.functions.types.SqlStruct;
import dev.eddy.functions.types.SqlType;
import dev.eddy.functions.types.SqlTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Functions over maps. Map keys are strings, as in ksqlDB. */
public final class MapFunctions {

  private MapFunctions() {}

  @UdfDescription(name = "AS_MAP", category = FunctionCategory.MAP,
      description = "A map from an array of keys and an array of values, paired by position.")
  public static final class AsMap {
    @Udf
    public <T> Map<String, T> asMap(@UdfParameter("keys") List<String> keys,
        @UdfParameter("values") List<T> values) {
      if (keys == null || values == null) {
        return null;
      }
      Map<String, T> out = new LinkedHashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        out.put(keys.get(i), i < values.size() ? values.get(i) : null);
      }
      return out;
    }
  }

  @UdfDescription(name = "MAP_KEYS", category = FunctionCategory.MAP,
      description = "The keys of a map.")
  public static final class MapKeys {
    @Udf
    public <T> List<String> mapKeys(@UdfParameter("map") Map<String, T> map) {
      return map == null ? null : new ArrayList<>(map.keySet());
    }
  }

  @UdfDescription(name = "MAP_VALUES", category = FunctionCategory.MAP,
      description = "The values of a map.")
  public static final class MapValues {
    @Udf
    public <T> List<T> mapValues(@UdfParameter("map") Map<String, T> map) {
      return map == null ? null : new ArrayList<>(map.values());
    }
  }

  @UdfDescription(name = "MAP_UNION", category = FunctionCategory.MAP,
      description = "The entries of both maps, the second winning on equal keys; NULL if both"
          + " are NULL.")
  public static final class MapUnion {
    @Udf
    public <T> Map<String, T> mapUnion(@UdfParameter("map1") Map<String, T> map1,
        @UdfParameter("map2") Map<String, T> map2) {
      if (map1 == null && map2 == null) {
        return null;
      }
      Map<String, T> out = new LinkedHashMap<>();
      if (map1 != null) {
        out.putAll(map1);
      }
      if (map2 != null) {
        out.putAll(map2);
      }
      return out;
    }
  }

  /**
   * ENTRIES builds STRUCT values, which carry a concrete schema, so it has one overload per
   * value type (as ksqlDB) rather than a generic one.
   */
  @UdfDescription(name = "ENTRIES", category = FunctionCategory.MAP,
      description = "The entries of a map as an array of STRUCT<K STRING, V ...>, optionally"
          + " sorted by key.")
  public static final class Entries {
    private static SqlStruct schema(SqlType value) {
      return SqlTypes.struct().field("K", SqlTypes.STRING).field("V", value).build();
    }

    private static final SqlStruct INT = schema(SqlTypes.INTEGER);
    private static final SqlStruct BIGINT = schema(SqlTypes.BIGINT);
    private static final SqlStruct DOUBLE = schema(SqlTypes.DOUBLE);
    private static final SqlStruct BOOLEAN = schema(SqlTypes.BOOLEAN);
    private static final SqlStruct STRING = schema(SqlTypes.STRING);

    @Udf(schema = "ARRAY<STRUCT<K STRING, V INT>>")
    public List<Struct> entriesInt(@UdfParameter("map") Map<String, Integer> map,
        @UdfParameter("sorted") Boolean sorted) {
      return entries(map, sorted, INT);
    }

    @Udf(schema = "ARRAY<STRUCT<K STRING, V BIGINT>>")
    public List<Struct> entriesBigInt(@UdfParameter("map") Map<String, Long> map,
        @UdfParameter("sorted") Boolean sorted) {
      return entries(map, sorted, BIGINT);
    }

    @Udf(schema = "ARRAY<STRUCT<K STRING, V DOUBLE>>")
    public List<Struct> entriesDouble(@UdfParameter("map") Map<String, Double> map,
        @UdfParameter("sorted") Boolean sorted) {
      return entries(map, sorted, DOUBLE);
    }

    @Udf(schema = "ARRAY<STRUCT<K STRING, V BOOLEAN>>")
    public List<Struct> entriesBoolean(@UdfParameter("map") Map<String, Boolean> map,
        @UdfParameter("sorted") Boolean sorted) {
      return entries(map, sorted, BOOLEAN);
    }

    @Udf(schema = "ARRAY<STRUCT<K STRING, V STRING>>")
    public List<Struct> entriesString(@UdfParameter("map") Map<String, String> map,
        @UdfParameter("sorted") Boolean sorted) {
      return entries(map, sorted, STRING);
    }

    private static <V> List<Struct> entries(Map<String, V> map, Boolean sorted, SqlStruct schema) {
      if (map == null) {
        return null;
      }
      List<String> keys = new ArrayList<>(map.keySet());
      if (Boolean.TRUE.equals(sorted)) {
        keys.sort(null);
      }
      List<Struct> out = new ArrayList<>(keys.size());
      for (String k : keys) {
        out.add(new Struct(schema).put("K", k).put("V", map.get(k)));
      }
      return out;
    }
  }
}
