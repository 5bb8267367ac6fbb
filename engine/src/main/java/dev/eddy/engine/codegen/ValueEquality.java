package dev.eddy.engine.codegen;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Equality of structs, arrays and maps by value, as ksqlDB compares them: generated code calls
 * these for {@code =} and {@code <>} on such operands (see {@link ComparisonSemantics}). Rows
 * hold a struct as {@code Object[]}, which Java compares by reference. A comparison with a
 * NULL side is false either way, as every ksqlDB comparison.
 */
public final class ValueEquality {

  private ValueEquality() {}

  public static boolean equal(Object left, Object right) {
    return left != null && right != null && same(left, right);
  }

  public static boolean notEqual(Object left, Object right) {
    return left != null && right != null && !same(left, right);
  }

  private static boolean same(Object left, Object right) {
    if (left == null || right == null) {
      return left == right;
    }
    if (left instanceof Object[] l && right instanceof Object[] r) {
      return sameElements(Arrays.asList(l).iterator(), l.length, Arrays.asList(r).iterator(), r.length);
    }
    if (left instanceof List<?> l && right instanceof List<?> r) {
      return sameElements(l.iterator(), l.size(), r.iterator(), r.size());
    }
    if (left instanceof Map<?, ?> l && right instanceof Map<?, ?> r) {
      return l.size() == r.size() && l.entrySet().stream().allMatch(
          e -> r.containsKey(e.getKey()) && same(e.getValue(), r.get(e.getKey())));
    }
    if (left instanceof Number l && right instanceof Number r && left.getClass() != right.getClass()) {
      // Elements of collections keep their own Java types: MAP('a' := 1) holds an Integer where a
      // MAP<STRING, BIGINT> column holds a Long, and ksqlDB compares them as numbers.
      return numeric(l).compareTo(numeric(r)) == 0;
    }
    if (left instanceof BigDecimal l && right instanceof BigDecimal r) {
      return l.compareTo(r) == 0;
    }
    return left.equals(right);
  }

  private static BigDecimal numeric(Number number) {
    return number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
  }

  private static boolean sameElements(Iterator<?> left, int leftSize, Iterator<?> right, int rightSize) {
    if (leftSize != rightSize) {
      return false;
    }
    while (left.hasNext()) {
      if (!same(left.next(), right.next())) {
        return false;
      }
    }
    return true;
  }
}
