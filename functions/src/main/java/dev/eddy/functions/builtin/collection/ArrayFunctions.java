package dev.eddy.functions.builtin.collection;

import dev.eddy.functions.api.FunctionCategory;
import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import dev.eddy.functions.api.UdfParameter;
import dev.eddy.functions.api.UdfException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Functions over arrays. They are generic in the element type: {@code ARRAY_DISTINCT} of an
 * {@code ARRAY<DECIMAL(4, 2)>} returns an {@code ARRAY<DECIMAL(4, 2)>}. Results are new lists;
 * inputs are never modified.
 */
public final class ArrayFunctions {

  private ArrayFunctions() {}

  @UdfDescription(name = "ARRAY_CONTAINS", category = FunctionCategory.ARRAY,
      description = "True if an array contains a value; false for a NULL array.")
  public static final class ArrayContains {
    @Udf
    public <T> Boolean arrayContains(@UdfParameter("array") List<T> array,
        @UdfParameter("value") T value) {
      return array != null && array.contains(value);
    }
  }

  @UdfDescription(name = "ARRAY_DISTINCT", category = FunctionCategory.ARRAY,
      description = "The distinct elements of an array, NULL included, in first-seen order.")
  public static final class ArrayDistinct {
    @Udf
    public <T> List<T> arrayDistinct(@UdfParameter("array") List<T> array) {
      return array == null ? null : new ArrayList<>(new LinkedHashSet<>(array));
    }
  }

  @UdfDescription(name = "ARRAY_EXCEPT", category = FunctionCategory.ARRAY,
      description = "The distinct elements of the first array that are not in the second.")
  public static final class ArrayExcept {
    @Udf
    public <T> List<T> arrayExcept(@UdfParameter("left") List<T> left,
        @UdfParameter("right") List<T> right) {
      if (left == null || right == null) {
        return null;
      }
      Set<T> exclude = new java.util.HashSet<>(right);
      return left.stream().distinct().filter(e -> !exclude.contains(e))
          .collect(Collectors.toCollection(ArrayList::new));
    }
  }

  @UdfDescription(name = "ARRAY_INTERSECT", category = FunctionCategory.ARRAY,
      description = "The distinct elements in both arrays, in the first array's order.")
  public static final class ArrayIntersect {
    @Udf
    public <T> List<T> arrayIntersect(@UdfParameter("left") List<T> left,
        @UdfParameter("right") List<T> right) {
      if (left == null || right == null) {
        return null;
      }
      Set<T> keep = new java.util.HashSet<>(right);
      return left.stream().distinct().filter(keep::contains)
          .collect(Collectors.toCollection(ArrayList::new));
    }
  }

  @UdfDescription(name = "ARRAY_UNION", category = FunctionCategory.ARRAY,
      description = "The distinct elements of both arrays, in order of appearance.")
  public static final class ArrayUnion {
    @Udf
    public <T> List<T> arrayUnion(@UdfParameter("left") List<T> left,
        @UdfParameter("right") List<T> right) {
      if (left == null || right == null) {
        return null;
      }
      Set<T> all = new LinkedHashSet<>(left);
      all.addAll(right);
      return new ArrayList<>(all);
    }
  }

  @UdfDescription(name = "ARRAY_CONCAT", category = FunctionCategory.ARRAY,
      description = "Both arrays one after the other; a NULL array counts as empty, NULL if both"
          + " are NULL.")
  public static final class ArrayConcat {
    @Udf
    public <T> List<T> arrayConcat(@UdfParameter("left") List<T> left,
        @UdfParameter("right") List<T> right) {
      if (left == null && right == null) {
        return null;
      }
      List<T> out = new ArrayList<>();
      if (left != null) {
        out.addAll(left);
      }
      if (right != null) {
        out.addAll(right);
      }
      return out;
    }
  }

  @UdfDescription(name = "ARRAY_JOIN", category = FunctionCategory.ARRAY,
      description = "The elements of an array as one string, separated by a delimiter (',' by"
          + " default); NULL elements print as 'null'.")
  public static final class ArrayJoin {
    @Udf
    public <T> String arrayJoin(@UdfParameter("array") List<T> array) {
      return arrayJoin(array, ",");
    }

    @Udf
    public <T> String arrayJoin(@UdfParameter("array") List<T> array,
        @UdfParameter("delimiter") String delimiter) {
      if (array == null) {
        return null;
      }
      String d = delimiter == null ? "" : delimiter;
      return array.stream().map(String::valueOf).collect(Collectors.joining(d));
    }
  }

  @UdfDescription(name = "ARRAY_LENGTH", category = FunctionCategory.ARRAY,
      description = "The number of elements of an array.")
  public static final class ArrayLength {
    @Udf
    public <T> Integer arrayLength(@UdfParameter("array") List<T> array) {
      return array == null ? null : array.size();
    }
  }

  @UdfDescription(name = "ARRAY_MAX", category = FunctionCategory.ARRAY,
      description = "The largest non-NULL element of an array of primitives; NULL if none.")
  public static final class ArrayMax {
    @Udf
    public <T extends Comparable<? super T>> T arrayMax(@UdfParameter("array") List<T> array) {
      if (array == null) {
        return null;
      }
      return array.stream().filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }
  }

  @UdfDescription(name = "ARRAY_MIN", category = FunctionCategory.ARRAY,
      description = "The smallest non-NULL element of an array of primitives; NULL if none.")
  public static final class ArrayMin {
    @Udf
    public <T extends Comparable<? super T>> T arrayMin(@UdfParameter("array") List<T> array) {
      if (array == null) {
        return null;
      }
      return array.stream().filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }
  }

  @UdfDescription(name = "ARRAY_REMOVE", category = FunctionCategory.ARRAY,
      description = "The array without every element equal to a value (NULL removes NULLs).")
  public static final class ArrayRemove {
    @Udf
    public <T> List<T> arrayRemove(@UdfParameter("array") List<T> array,
        @UdfParameter("victim") T victim) {
      if (array == null) {
        return null;
      }
      return array.stream().filter(e -> !Objects.equals(e, victim))
          .collect(Collectors.toCollection(ArrayList::new));
    }
  }

  @UdfDescription(name = "ARRAY_SORT", category = FunctionCategory.ARRAY,
      description = "The elements sorted ASC (default) or DESC, NULLs last.")
  public static final class ArraySort {
    @Udf
    public <T extends Comparable<? super T>> List<T> arraySort(@UdfParameter("array") List<T> array) {
      return arraySort(array, "ASC");
    }

    @Udf
    public <T extends Comparable<? super T>> List<T> arraySort(@UdfParameter("array") List<T> array,
        @UdfParameter("direction") String direction) {
      if (array == null || direction == null) {
        return null;
      }
      Comparator<T> order = switch (direction.toUpperCase(Locale.ROOT)) {
        case "ASC" -> Comparator.naturalOrder();
        case "DESC" -> Comparator.reverseOrder();
        default -> throw new UdfException("ARRAY_SORT: direction must be ASC or DESC, got '"
            + direction + "'");
      };
      List<T> out = new ArrayList<>(array);
      out.sort(Comparator.nullsLast(order));
      return out;
    }
  }

  @UdfDescription(name = "SLICE", category = FunctionCategory.ARRAY,
      description = "The elements from one 1-based position to another, both included; NULL"
          + " bounds mean the array's ends; NULL if out of range.")
  public static final class Slice {
    @Udf
    public <T> List<T> slice(@UdfParameter("array") List<T> array,
        @UdfParameter("from") Integer from, @UdfParameter("to") Integer to) {
      if (array == null) {
        return null;
      }
      int start = from == null ? 0 : from - 1;
      int end = to == null ? array.size() : to;
      if (start < 0 || end > array.size() || start > end) {
        return null;
      }
      return new ArrayList<>(array.subList(start, end));
    }
  }

  @UdfDescription(name = "GENERATE_SERIES", category = FunctionCategory.ARRAY,
      description = "The numbers from start to end inclusive, by a step (1 by default).")
  public static final class GenerateSeries {
    @Udf
    public List<Integer> generateSeries(@UdfParameter("start") Integer start,
        @UdfParameter("end") Integer end) {
      return generateSeries(start, end, start != null && end != null && end < start ? -1 : 1);
    }

    @Udf
    public List<Integer> generateSeries(@UdfParameter("start") Integer start,
        @UdfParameter("end") Integer end, @UdfParameter("step") Integer step) {
      List<Long> series = series(start == null ? null : start.longValue(),
          end == null ? null : end.longValue(), step);
      return series == null ? null : series.stream().map(Long::intValue).collect(Collectors.toList());
    }

    @Udf
    public List<Long> generateSeries(@UdfParameter("start") Long start,
        @UdfParameter("end") Long end) {
      return generateSeries(start, end, start != null && end != null && end < start ? -1 : 1);
    }

    @Udf
    public List<Long> generateSeries(@UdfParameter("start") Long start,
        @UdfParameter("end") Long end, @UdfParameter("step") Integer step) {
      return series(start, end, step);
    }

    private static List<Long> series(Long start, Long end, Integer step) {
      if (start == null || end == null || step == null) {
        return null;
      }
      if (step == 0) {
        throw new UdfException("GENERATE_SERIES step cannot be zero");
      }
      if ((step > 0 && end < start) || (step < 0 && end > start)) {
        throw new UdfException("GENERATE_SERIES step has wrong sign");
      }
      List<Long> out = new ArrayList<>();
      for (long v = start; step > 0 ? v <= end : v >= end; v += step) {
        out.add(v);
      }
      return out;
    }
  }

  @UdfDescription(name = "ELT", category = FunctionCategory.STRING,
      description = "The n-th (1-based) of the string arguments; NULL if n is out of range.")
  public static final class Elt {
    @Udf
    public String elt(@UdfParameter("n") Integer n, @UdfParameter("args") String... args) {
      if (n == null || n < 1 || n > args.length) {
        return null;
      }
      return args[n - 1];
    }
  }

  @UdfDescription(name = "FIELD", category = FunctionCategory.STRING,
      description = "The 1-based position of a string among the arguments; 0 if absent or NULL.")
  public static final class Field {
    @Udf
    public Integer field(@UdfParameter("str") String str, @UdfParameter("args") String... args) {
      if (str == null) {
        return 0;
      }
      for (int i = 0; i < args.length; i++) {
        if (str.equals(args[i])) {
          return i + 1;
        }
      }
      return 0;
    }
  }
}
