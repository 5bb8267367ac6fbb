package dev.eddy.functions.builtin.aggregate;

import dev.eddy.functions.api.Configurable;
import dev.eddy.functions.api.TableUdaf;
import dev.eddy.functions.api.Udaf;
import dev.eddy.functions.api.UdafDescription;
import dev.eddy.functions.api.UdafFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Aggregates that collect values: COLLECT_LIST, COLLECT_SET, HISTOGRAM and COUNT_DISTINCT.
 * Each returns new collections rather than mutating its state, because the engine may still
 * hold the previous state to emit the retraction of the old result.
 */
public final class CollectAggregates {

  /** Default bound on collected entries, as ksqlDB; beyond it values are silently ignored. */
  static final int DEFAULT_LIMIT = 1000;

  private CollectAggregates() {}

  static int limit(Map<String, ?> config, String key) {
    Object v = config.get(key);
    if (v == null) {
      return DEFAULT_LIMIT;
    }
    int limit = v instanceof Number n ? n.intValue() : Integer.parseInt(v.toString().trim());
    return limit < 0 ? Integer.MAX_VALUE : limit;
  }

  @UdafDescription(name = "COLLECT_LIST", description = "All values, NULLs included, in arrival"
      + " order; at most eddy.functions.collect_list.limit (1000) of them.")
  public static final class CollectList {
    @UdafFactory
    public static <T> TableUdaf<T, List<T>, List<T>> collectList() {
      return new ListCollector<>();
    }
  }

  static final class ListCollector<T> implements TableUdaf<T, List<T>, List<T>>, Configurable {
    private int limit = DEFAULT_LIMIT;

    @Override
    public void configure(Map<String, ?> config) {
      limit = limit(config, "eddy.functions.collect_list.limit");
    }

    @Override
    public List<T> initialize() {
      return List.of();
    }

    @Override
    public List<T> aggregate(T value, List<T> list) {
      if (list.size() >= limit) {
        return list;
      }
      List<T> out = new ArrayList<>(list);
      out.add(value);
      return out;
    }

    @Override
    public List<T> merge(List<T> left, List<T> right) {
      List<T> out = new ArrayList<>(left);
      for (T v : right) {
        if (out.size() >= limit) {
          break;
        }
        out.add(v);
      }
      return out;
    }

    @Override
    public List<T> map(List<T> list) {
      return list;
    }

    @Override
    public List<T> undo(T value, List<T> list) {
      int i = list.lastIndexOf(value);
      if (i < 0) {
        return list;
      }
      List<T> out = new ArrayList<>(list);
      out.remove(i);
      return out;
    }
  }

  @UdafDescription(name = "COLLECT_SET", description = "The distinct values in arrival order;"
      + " at most eddy.functions.collect_set.limit (1000) of them.")
  public static final class CollectSet {
    @UdafFactory
    public static <T> Udaf<T, List<T>, List<T>> collectSet() {
      return new SetCollector<>();
    }
  }

  static final class SetCollector<T> implements Udaf<T, List<T>, List<T>>, Configurable {
    private int limit = DEFAULT_LIMIT;

    @Override
    public void configure(Map<String, ?> config) {
      limit = limit(config, "eddy.functions.collect_set.limit");
    }

    @Override
    public List<T> initialize() {
      return List.of();
    }

    @Override
    public List<T> aggregate(T value, List<T> set) {
      if (set.size() >= limit || set.contains(value)) {
        return set;
      }
      List<T> out = new ArrayList<>(set);
      out.add(value);
      return out;
    }

    @Override
    public List<T> merge(List<T> left, List<T> right) {
      List<T> out = left;
      for (T v : right) {
        out = aggregate(v, out);
      }
      return out;
    }

    @Override
    public List<T> map(List<T> set) {
      return set;
    }
  }

  @UdafDescription(name = "HISTOGRAM", description = "How often each distinct non-NULL string"
      + " occurs, for at most 1000 distinct strings.")
  public static final class Histogram {
    @UdafFactory
    public static TableUdaf<String, Map<String, Long>, Map<String, Long>> histogram() {
      return new Counter<>(s -> s, DEFAULT_LIMIT, m -> m);
    }
  }

  /**
   * COUNT_DISTINCT counts exactly (ksqlDB estimates with HyperLogLog), keyed by the value's
   * string form so the state is an ordinary MAP; unlike ksqlDB's it can also undo. Its state has
   * no bound, so it is a {@link SharedCounts}, which changes by one key without a copy.
   */
  @UdafDescription(name = "COUNT_DISTINCT", description = "The number of distinct non-NULL values.")
  public static final class CountDistinct {
    @UdafFactory
    public static <T> TableUdaf<T, Map<String, Long>, Long> countDistinct() {
      return new Counter<T, Long>(String::valueOf, Integer.MAX_VALUE, m -> (long) m.size()) {
        @Override
        public Map<String, Long> initialize() {
          return SharedCounts.EMPTY;
        }

        @Override
        public Map<String, Long> merge(Map<String, Long> left, Map<String, Long> right) {
          SharedCounts out = SharedCounts.of(left);
          for (Map.Entry<String, Long> e : right.entrySet()) {
            out = out.with(e.getKey(), out.getOrDefault(e.getKey(), 0L) + e.getValue());
          }
          return out;
        }

        @Override
        Map<String, Long> with(Map<String, Long> counts, String key, long count) {
          return SharedCounts.of(counts).with(key, count);
        }
      };
    }
  }

  /**
   * Counts occurrences per key; a key whose count drops to zero is removed. The state is a
   * map in arrival order, copied on every change (HISTOGRAM's holds at most 1000 keys).
   */
  static class Counter<T, O> implements TableUdaf<T, Map<String, Long>, O> {
    private final java.util.function.Function<T, String> key;
    private final int limit;
    private final java.util.function.Function<Map<String, Long>, O> result;

    Counter(java.util.function.Function<T, String> key, int limit,
        java.util.function.Function<Map<String, Long>, O> result) {
      this.key = key;
      this.limit = limit;
      this.result = result;
    }

    @Override
    public Map<String, Long> initialize() {
      return Map.of();
    }

    @Override
    public Map<String, Long> aggregate(T value, Map<String, Long> counts) {
      return add(counts, value, 1);
    }

    @Override
    public Map<String, Long> merge(Map<String, Long> left, Map<String, Long> right) {
      Map<String, Long> out = new LinkedHashMap<>(left);
      right.forEach((k, n) -> {
        if (out.containsKey(k) || out.size() < limit) {
          out.merge(k, n, Long::sum);
        }
      });
      return out;
    }

    @Override
    public O map(Map<String, Long> counts) {
      return result.apply(counts);
    }

    @Override
    public Map<String, Long> undo(T value, Map<String, Long> counts) {
      return add(counts, value, -1);
    }

    private Map<String, Long> add(Map<String, Long> counts, T value, long delta) {
      if (value == null) {
        return counts;
      }
      String k = Objects.requireNonNull(key.apply(value));
      Long count = counts.get(k);
      if (count == null && (delta < 0 || counts.size() >= limit)) {
        return counts;
      }
      return with(counts, k, (count == null ? 0 : count) + delta);
    }

    /** {@code counts} with {@code key} counted {@code count} times, none if 0, as a new map. */
    Map<String, Long> with(Map<String, Long> counts, String key, long count) {
      Map<String, Long> out = new LinkedHashMap<>(counts);
      if (count <= 0) {
        out.remove(key);
      } else {
        out.put(key, count);
      }
      return out;
    }
  }

  /**
   * ATTR keeps at most two distinct values: one means "all rows agree", two means they do not.
   * NULL counts as a value. Stream-only, because undoing needs every row's value.
   */
  @UdafDescription(name = "ATTR", description = "The value of the column if every row of the"
      + " group has the same value, else NULL.")
  public static final class Attr {
    @UdafFactory
    public static <T> Udaf<T, List<T>, T> attr() {
      return new Udaf<>() {
        @Override
        public List<T> initialize() {
          return List.of();
        }

        @Override
        public List<T> aggregate(T value, List<T> distinct) {
          if (distinct.size() >= 2 || distinct.contains(value)) {
            return distinct;
          }
          List<T> out = new ArrayList<>(distinct);
          out.add(value);
          return out;
        }

        @Override
        public List<T> merge(List<T> left, List<T> right) {
          List<T> out = left;
          for (T v : right) {
            out = aggregate(v, out);
          }
          return out;
        }

        @Override
        public T map(List<T> distinct) {
          return distinct.size() == 1 ? distinct.get(0) : null;
        }
      };
    }
  }

  @UdafDescription(name = "COLLECT_MAP", description = "The entries of every row's map merged"
      + " into one map, later rows winning; at most eddy.functions.collect_map.limit keys.")
  public static final class CollectMap {
    @UdafFactory
    public static <K, V> Udaf<Map<K, V>, Map<K, V>, Map<K, V>> collectMap() {
      return new MapCollector<>();
    }
  }

  static final class MapCollector<K, V> implements Udaf<Map<K, V>, Map<K, V>, Map<K, V>>,
      Configurable {
    private int limit = Integer.MAX_VALUE;

    @Override
    public void configure(Map<String, ?> config) {
      if (config.containsKey("eddy.functions.collect_map.limit")) {
        limit = limit(config, "eddy.functions.collect_map.limit");
      }
    }

    @Override
    public Map<K, V> initialize() {
      return Map.of();
    }

    @Override
    public Map<K, V> aggregate(Map<K, V> value, Map<K, V> collected) {
      if (value == null || value.isEmpty()) {
        return collected;
      }
      Map<K, V> out = new LinkedHashMap<>(collected);
      value.forEach((k, v) -> {
        if (out.containsKey(k) || out.size() < limit) {
          out.put(k, v);
        }
      });
      return out;
    }

    @Override
    public Map<K, V> merge(Map<K, V> left, Map<K, V> right) {
      return aggregate(right, left);
    }

    @Override
    public Map<K, V> map(Map<K, V> collected) {
      return collected;
    }
  }
}
