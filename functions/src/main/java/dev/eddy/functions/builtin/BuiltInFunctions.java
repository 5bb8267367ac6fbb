package dev.eddy.functions.builtin;

import java.util.ArrayList;
import java.util.List;

/**
 * The explicit list of built-in function classes. Listing them (instead of scanning the
 * classpath) keeps start-up fast and makes a forgotten registration a visible diff. Each entry
 * is a family class; its public nested classes carrying a function annotation are the functions.
 */
public final class BuiltInFunctions {

  private static final List<Class<?>> FAMILIES = List.of();

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
