package dev.eddy.functions.registry;

import dev.eddy.functions.builtin.BuiltInFunctions;
import dev.eddy.functions.types.SqlType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * All functions an engine knows: the built-ins, from an explicit list
 * ({@link BuiltInFunctions}), plus the user functions of the extension directory. Immutable once
 * built, so the engine can share it across threads and queries.
 *
 * <p>Typical use: {@code FunctionRegistry.load(engineProperties)}; then
 * {@link #resolve(String, List)} while validating a call, and the resolved signature's
 * implementation when generating code.
 */
public final class FunctionRegistry {

  /** The property naming the directory of UDF jars. */
  public static final String EXTENSION_DIR = "eddy.extension.dir";

  /**
   * The property naming function classes already on Eddy's class path, comma-separated: the
   * functions an embedding application or a test harness ships with itself, without a jar. A
   * name may also be a family class whose public nested classes are the functions.
   */
  public static final String EXTENSION_CLASSES = "eddy.extension.classes";

  private final Map<String, FunctionDescriptor> functions;
  private final List<LoadProblem> problems;

  private FunctionRegistry(Map<String, FunctionDescriptor> functions, List<LoadProblem> problems) {
    this.functions = Map.copyOf(functions);
    this.problems = List.copyOf(problems);
  }

  /**
   * The built-in functions only, unconfigured. Shared: the registry is immutable and built-in
   * UDF instances are stateless, so one instance serves every caller.
   */
  public static FunctionRegistry builtIns() {
    return BuiltInsHolder.INSTANCE;
  }

  /** Built on first use (lazy holder idiom), not when the class loads. */
  private static final class BuiltInsHolder {
    static final FunctionRegistry INSTANCE = builder().addBuiltIns().build();
  }

  /**
   * Built-ins plus the extension jars of {@code eddy.extension.dir} and the classes of
   * {@code eddy.extension.classes}, if set. Properties starting
   * with {@code eddy.functions.} configure {@link dev.eddy.functions.api.Configurable} functions.
   */
  public static FunctionRegistry load(Map<String, ?> properties) {
    Builder b = builder().config(properties).addBuiltIns();
    Object dir = properties.get(EXTENSION_DIR);
    if (dir != null && !dir.toString().isBlank()) {
      b.addExtensions(Path.of(dir.toString()));
    }
    Object classes = properties.get(EXTENSION_CLASSES);
    if (classes != null && !classes.toString().isBlank()) {
      b.addExtensionClasses(List.of(classes.toString().trim().split("\\s*,\\s*")),
          FunctionRegistry.class.getClassLoader());
    }
    return b.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The function of that name (case-insensitive). */
  public Optional<FunctionDescriptor> find(String name) {
    return Optional.ofNullable(functions.get(name.toUpperCase(Locale.ROOT)));
  }

  /** The function of that name, or an error naming it and the nearest known names. */
  public FunctionDescriptor get(String name) {
    return find(name).orElseThrow(() -> {
      List<String> near = similarNames(name);
      return new FunctionException("Can't find any functions with the name '" + name + "'"
          + (near.isEmpty() ? "" : ". Did you mean " + String.join(", ", near) + "?"));
    });
  }

  /** Up to three known function names close to a misspelt one, nearest first. */
  public List<String> similarNames(String name) {
    return NameSuggester.nearest(name, functions.keySet(), 3);
  }

  /** Every function, sorted by name. */
  public List<FunctionDescriptor> list() {
    return functions.values().stream()
        .sorted(Comparator.comparing(FunctionDescriptor::name))
        .toList();
  }

  /** Every function of one kind, sorted by name. */
  public List<FunctionDescriptor> list(FunctionKind kind) {
    return list().stream().filter(f -> f.kind() == kind).toList();
  }

  /**
   * Resolves a call {@code name(args...)} to one overload; see {@link OverloadResolver}. A null
   * argument type stands for an untyped NULL.
   */
  public ResolvedCall resolve(String name, List<SqlType> argumentTypes) {
    return get(name).resolve(argumentTypes);
  }

  /** Functions that were skipped while loading (broken jars, name clashes). */
  public List<LoadProblem> problems() {
    return problems;
  }

  /** Assembles a registry; later additions never replace earlier ones. */
  public static final class Builder {
    private final Map<String, FunctionDescriptor> functions = new TreeMap<>();
    private final List<LoadProblem> problems = new ArrayList<>();
    private Map<String, ?> config = Map.of();

    private Builder() {}

    /** Properties for configurable functions; set before adding functions. */
    public Builder config(Map<String, ?> properties) {
      this.config = new LinkedHashMap<>(properties);
      return this;
    }

    public Builder addBuiltIns() {
      FunctionReader reader = new FunctionReader(config);
      for (Class<?> c : BuiltInFunctions.classes()) {
        // A broken built-in is a bug in Eddy, not a user error: fail loudly.
        FunctionDescriptor d = reader.read(c, FunctionDescriptor.BUILT_IN);
        if (functions.putIfAbsent(d.name(), d) != null) {
          throw new IllegalStateException("built-in function " + d.name() + " declared twice");
        }
      }
      return this;
    }

    /** Adds one function class, e.g. from a test; throws if it is invalid or its name is taken. */
    public Builder addClass(Class<?> c) {
      FunctionDescriptor d = new FunctionReader(config).read(c, c.getName());
      if (functions.putIfAbsent(d.name(), d) != null) {
        throw new FunctionException("function " + d.name() + " already exists");
      }
      return this;
    }

    /** Adds the functions of every jar in {@code dir}; bad classes become {@link #problems}. */
    public Builder addExtensions(Path dir) {
      FunctionReader reader = new FunctionReader(config);
      ExtensionLoader.scan(dir, FunctionRegistry.class.getClassLoader(),
          (c, jar) -> addExtension(reader, c, jar), problems);
      return this;
    }

    /**
     * Adds the function classes of {@link #EXTENSION_CLASSES} from {@code loader}; like a jar's
     * classes, one that is missing, invalid or whose name is taken becomes a {@link #problems}.
     */
    public Builder addExtensionClasses(List<String> classNames, ClassLoader loader) {
      FunctionReader reader = new FunctionReader(config);
      for (String className : classNames) {
        Class<?> c;
        try {
          c = Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
          problems.add(new LoadProblem(EXTENSION_CLASSES, className, "cannot load class: " + e));
          continue;
        }
        List<Class<?>> members = FunctionReader.isFunctionClass(c) ? List.of(c)
            : Arrays.stream(c.getClasses()).filter(FunctionReader::isFunctionClass).toList();
        if (members.isEmpty()) {
          problems.add(new LoadProblem(EXTENSION_CLASSES, className,
              "neither a function class nor a family of them (no @UdfDescription, "
                  + "@UdafDescription or @UdtfDescription)"));
        }
        members.forEach(m -> addExtension(reader, m, EXTENSION_CLASSES));
      }
      return this;
    }

    private void addExtension(FunctionReader reader, Class<?> c, String source) {
      Optional<String> name = FunctionReader.nameOf(c);
      FunctionDescriptor existing = name.map(functions::get).orElse(null);
      if (existing != null) {
        problems.add(new LoadProblem(source, c.getName(), "function " + existing.name()
            + " already exists (" + (existing.isBuiltIn() ? "built-in" : existing.source())
            + "); skipped"));
        return;
      }
      try {
        FunctionDescriptor d = reader.read(c, source);
        functions.put(d.name(), d);
      } catch (FunctionException | LinkageError e) {
        problems.add(new LoadProblem(source, c.getName(), e.getMessage()));
      }
    }

    public FunctionRegistry build() {
      return new FunctionRegistry(functions, problems);
    }
  }
}
