package dev.eddy.engine.function;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The objects generated code needs but cannot write as literals: UDF instances and value
 * converters for complex types. Each is registered once, at code-generation time, and gets an
 * int; the generated code reads it back with {@code FunctionInstances.get(7)} and casts it to its
 * concrete class, so a call costs one array read and a checked cast, never reflection.
 *
 * <p>Append-only and deduplicated: UDF instances by identity (the registry holds one per function
 * class) and converters by the type they convert, so the table is bounded by the functions and
 * types in use, not by the number of queries compiled.
 */
public final class FunctionInstances {

  private static final Object LOCK = new Object();
  private static final Map<Object, Integer> BY_IDENTITY = new IdentityHashMap<>();
  private static final Map<Object, Integer> BY_KEY = new HashMap<>();
  /** Replaced, never mutated in place after publication, so readers need no lock. */
  private static volatile Object[] values = new Object[16];
  private static int size;

  private FunctionInstances() {}

  /** The object registered under {@code id}; called by generated code. */
  public static Object get(int id) {
    return values[id];
  }

  /** Registers an object (a UDF instance), once per identity; returns its id. */
  static int register(Object instance) {
    synchronized (LOCK) {
      Integer id = BY_IDENTITY.get(instance);
      if (id == null) {
        id = append(instance);
        BY_IDENTITY.put(instance, id);
      }
      return id;
    }
  }

  /** Registers the object made for {@code key} (e.g. a converter for a type), once per key. */
  static int register(Object key, java.util.function.Supplier<Object> factory) {
    synchronized (LOCK) {
      Integer id = BY_KEY.get(key);
      if (id == null) {
        id = append(factory.get());
        BY_KEY.put(key, id);
      }
      return id;
    }
  }

  private static int append(Object value) {
    Object[] current = values;
    if (size == current.length) {
      current = Arrays.copyOf(current, size * 2);
    } else {
      current = current.clone();
    }
    current[size] = value;
    values = current;
    return size++;
  }
}
