package dev.eddy.engine.function;

import dev.eddy.functions.registry.FunctionDescriptor;
import dev.eddy.functions.registry.FunctionRegistry;
import dev.eddy.functions.registry.FunctionSignature;
import dev.eddy.functions.registry.MethodImplementation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The class loader generated code is compiled against: the engine's own classes first, then
 * the classes of user functions, each loaded from its jar's own class loader. Without it the
 * generated call {@code ((MyUdf) FunctionInstances.get(n)).eval(...)} could not name MyUdf.
 */
public final class FunctionClassLoader extends ClassLoader {

  private final List<ClassLoader> extensions;

  private FunctionClassLoader(ClassLoader parent, List<ClassLoader> extensions) {
    super(parent);
    this.extensions = extensions;
  }

  /** A loader seeing the engine's classes and those of every function from an extension jar. */
  public static ClassLoader of(FunctionRegistry registry, ClassLoader parent) {
    Set<ClassLoader> loaders = new LinkedHashSet<>();
    for (FunctionDescriptor function : registry.list()) {
      if (function.isBuiltIn()) {
        continue;
      }
      for (FunctionSignature overload : function.overloads()) {
        if (overload.implementation() instanceof MethodImplementation method) {
          loaders.add(method.method().getDeclaringClass().getClassLoader());
        }
      }
    }
    loaders.remove(parent);
    return loaders.isEmpty() ? parent : new FunctionClassLoader(parent, List.copyOf(loaders));
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    for (ClassLoader extension : extensions) {
      try {
        return extension.loadClass(name);
      } catch (ClassNotFoundException e) {
        // Not in this jar; try the next.
      }
    }
    throw new ClassNotFoundException(name);
  }
}
