package dev.eddy.functions.builtin.lambda;

import dev.eddy.functions.api.FunctionCategory;
import dev.eddy.functions.api.TriFunction;
import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import dev.eddy.functions.api.UdfParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Higher-order functions over arrays and maps. The engine compiles each lambda argument
 * ({@code x => x + 1}) to a {@link Function}, {@link BiFunction} or {@link TriFunction}; its
 * input types come from {@code FunctionSignature.lambdaInputTypes}.
 */
public final class LambdaFunctions {

  private LambdaFunctions() {}

  @UdfDescription(name = "TRANSFORM", category = FunctionCategory.LAMBDA,
      description = "Applies a lambda to every element of an array, or to every key and value of"
          + " a map (two lambdas of (k, v)).")
  public static final class Transform {
    @Udf
    public <T, R> List<R> transform(@UdfParameter("array") List<T> array,
        @UdfParameter("function") Function<T, R> function) {
      if (array == null || function == null) {
        return null;
      }
      List<R> out = new ArrayList<>(array.size());
      for (T e : array) {
        out.add(function.apply(e));
      }
      return out;
    }

    @Udf
    public <K, V, K2, V2> Map<K2, V2> transform(@UdfParameter("map") Map<K, V> map,
        @UdfParameter("keyFunction") BiFunction<K, V, K2> keyFunction,
        @UdfParameter("valueFunction") BiFunction<K, V, V2> valueFunction) {
      if (map == null || keyFunction == null || valueFunction == null) {
        return null;
      }
      Map<K2, V2> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(keyFunction.apply(k, v), valueFunction.apply(k, v)));
      return out;
    }
  }

  @UdfDescription(name = "FILTER", category = FunctionCategory.LAMBDA,
      description = "The elements of an array, or entries of a map, for which a lambda is true.")
  public static final class Filter {
    @Udf
    public <T> List<T> filter(@UdfParameter("array") List<T> array,
        @UdfParameter("predicate") Function<T, Boolean> predicate) {
      if (array == null || predicate == null) {
        return null;
      }
      List<T> out = new ArrayList<>();
      for (T e : array) {
        if (Boolean.TRUE.equals(predicate.apply(e))) {
          out.add(e);
        }
      }
      return out;
    }

    @Udf
    public <K, V> Map<K, V> filter(@UdfParameter("map") Map<K, V> map,
        @UdfParameter("predicate") BiFunction<K, V, Boolean> predicate) {
      if (map == null || predicate == null) {
        return null;
      }
      Map<K, V> out = new LinkedHashMap<>();
      map.forEach((k, v) -> {
        if (Boolean.TRUE.equals(predicate.apply(k, v))) {
          out.put(k, v);
        }
      });
      return out;
    }
  }

  @UdfDescription(name = "REDUCE", category = FunctionCategory.LAMBDA,
      description = "Folds an array with (state, x) => ..., or a map with (state, k, v) => ...,"
          + " from an initial state. NULL if the state is NULL; the state if the collection is.")
  public static final class Reduce {
    @Udf
    public <T, S> S reduce(@UdfParameter("array") List<T> array,
        @UdfParameter("initialState") S initialState,
        @UdfParameter("function") BiFunction<S, T, S> function) {
      if (initialState == null || function == null) {
        return null;
      }
      if (array == null) {
        return initialState;
      }
      S state = initialState;
      for (T e : array) {
        state = function.apply(state, e);
      }
      return state;
    }

    @Udf
    public <K, V, S> S reduce(@UdfParameter("map") Map<K, V> map,
        @UdfParameter("initialState") S initialState,
        @UdfParameter("function") TriFunction<S, K, V, S> function) {
      if (initialState == null || function == null) {
        return null;
      }
      if (map == null) {
        return initialState;
      }
      S state = initialState;
      for (Map.Entry<K, V> e : map.entrySet()) {
        state = function.apply(state, e.getKey(), e.getValue());
      }
      return state;
    }
  }
}
