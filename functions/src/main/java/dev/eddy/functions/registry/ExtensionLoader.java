package dev.eddy.functions.registry;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds user functions in the jars of the extension directory ({@code eddy.extension.dir}).
 *
 * <p>Each jar gets its own {@link URLClassLoader} (parent: the loader of Eddy's functions), so
 * two jars may bundle different versions of a library. Every class of the jar is loaded and
 * checked for the function annotations; a class that fails to load is reported and skipped, and
 * a jar that cannot be opened is reported as a whole. Loaders stay open for the life of the
 * registry, because the functions' classes live in them.
 */
final class ExtensionLoader {

  private ExtensionLoader() {}

  /**
   * Calls {@code onClass} with every annotated class found in the directory's jars (sorted by
   * file name, so loading is deterministic) and its jar path; problems go to {@code problems}.
   */
  static void scan(Path dir, ClassLoader parent, BiConsumer<Class<?>, String> onClass,
      List<LoadProblem> problems) {
    if (!Files.isDirectory(dir)) {
      problems.add(new LoadProblem(dir.toString(), "", "extension directory does not exist"));
      return;
    }
    List<Path> jars;
    try (Stream<Path> files = Files.list(dir)) {
      jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      problems.add(new LoadProblem(dir.toString(), "", "cannot list directory: " + e));
      return;
    }
    for (Path jar : jars) {
      scanJar(jar, parent, onClass, problems);
    }
  }

  private static void scanJar(Path jar, ClassLoader parent,
      BiConsumer<Class<?>, String> onClass, List<LoadProblem> problems) {
    String source = jar.toString();
    List<String> classNames = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      Enumeration<JarEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        String entry = entries.nextElement().getName();
        if (entry.endsWith(".class") && !entry.endsWith("module-info.class")
            && !entry.startsWith("META-INF/")) {
          classNames.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
        }
      }
    } catch (IOException | SecurityException e) {
      problems.add(new LoadProblem(source, "", "cannot read jar: " + e.getMessage()));
      return;
    }
    URLClassLoader loader;
    try {
      loader = new URLClassLoader("eddy-ext:" + jar.getFileName(),
          new URL[] {jar.toUri().toURL()}, parent);
    } catch (MalformedURLException e) {
      problems.add(new LoadProblem(source, "", e.toString()));
      return;
    }
    classNames.sort(null);
    for (String name : classNames) {
      Class<?> c;
      try {
        c = Class.forName(name, false, loader);
        if (!FunctionReader.isFunctionClass(c)) {
          continue;
        }
      } catch (ClassNotFoundException | LinkageError e) {
        problems.add(new LoadProblem(source, name, "cannot load class: " + e));
        continue;
      }
      onClass.accept(c, source);
    }
  }
}
