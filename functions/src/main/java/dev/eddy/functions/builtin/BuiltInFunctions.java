package dev.eddy.functions.builtin;

import dev.eddy.functions.builtin.aggregate.BasicAggregates;
import dev.eddy.functions.builtin.aggregate.CollectAggregates;
import dev.eddy.functions.builtin.aggregate.OffsetAggregates;
import dev.eddy.functions.builtin.aggregate.StatisticsAggregates;
import dev.eddy.functions.builtin.aggregate.TopKAggregates;
import dev.eddy.functions.builtin.collection.ArrayFunctions;
import dev.eddy.functions.builtin.collection.MapFunctions;
import dev.eddy.functions.builtin.conditional.AsValue;
import dev.eddy.functions.builtin.conversion.ConversionFunctions;
import dev.eddy.functions.builtin.conditional.NullFunctions;
import dev.eddy.functions.builtin.datetime.DateTimeFunctions;
import dev.eddy.functions.builtin.json.JsonFunctions;
import dev.eddy.functions.builtin.lambda.LambdaFunctions;
import dev.eddy.functions.builtin.math.ComparisonFunctions;
import dev.eddy.functions.builtin.math.MathFunctions;
import dev.eddy.functions.builtin.math.TrigFunctions;
import dev.eddy.functions.builtin.string.EncodingFunctions;
import dev.eddy.functions.builtin.string.MaskFunctions;
import dev.eddy.functions.builtin.string.RegexFunctions;
import dev.eddy.functions.builtin.string.SplitFunctions;
import dev.eddy.functions.builtin.string.StringFunctions;
import dev.eddy.functions.builtin.table.TableFunctions;
import dev.eddy.functions.builtin.url.UrlFunctions;
import java.util.ArrayList;
import java.util.List;

/**
 * The explicit list of built-in function classes. Listing them (instead of scanning the
 * classpath) keeps start-up fast and makes a forgotten registration a visible diff. Each entry
 * is a family class; its public nested classes carrying a function annotation are the functions.
 */
public final class BuiltInFunctions {

  private static final List<Class<?>> FAMILIES = List.of(
      // scalar
      StringFunctions.class,
      MaskFunctions.class,
      RegexFunctions.class,
      SplitFunctions.class,
      EncodingFunctions.class,
      ConversionFunctions.class,
      MathFunctions.class,
      TrigFunctions.class,
      ComparisonFunctions.class,
      DateTimeFunctions.class,
      ArrayFunctions.class,
      MapFunctions.class,
      LambdaFunctions.class,
      JsonFunctions.class,
      UrlFunctions.class,
      NullFunctions.class,
      AsValue.class,
      // aggregate
      BasicAggregates.class,
      CollectAggregates.class,
      TopKAggregates.class,
      OffsetAggregates.class,
      StatisticsAggregates.class,
      // table
      TableFunctions.class);

  private BuiltInFunctions() {}

  /** Every built-in function class. */
  public static List<Class<?>> classes() {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> family : FAMILIES) {
      if (isFunction(family)) {
        out.add(family);
      }
      for (Class<?> nested : family.getClasses()) {
        if (isFunction(nested)) {
          out.add(nested);
        }
      }
    }
    return out;
  }

  private static boolean isFunction(Class<?> c) {
    return c.isAnnotationPresent(dev.eddy.functions.api.UdfDescription.class)
        || c.isAnnotationPresent(dev.eddy.functions.api.UdafDescription.class)
        || c.isAnnotationPresent(dev.eddy.functions.api.UdtfDescription.class);
  }
}
