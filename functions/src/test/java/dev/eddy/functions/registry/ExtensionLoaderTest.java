package dev.eddy.functions.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.functions.types.SqlTypes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User jars as a user would build them: UDF sources compiled against Eddy's API with the
 * system Java compiler, packed into jars in an extension directory, loaded through
 * {@code eddy.extension.dir}.
 */
class ExtensionLoaderTest {

  @TempDir
  static Path work;

  static Path extensions;

  @BeforeAll
  static void buildJars() throws IOException {
    extensions = Files.createDirectories(work.resolve("ext"));

    jar("a-good.jar", Map.of(
        "com/acme/Shout.java", """
            package com.acme;
            import dev.eddy.functions.api.*;
            import java.util.Map;
            @UdfDescription(name = "shout", description = "Upper-cases and adds a suffix.",
                author = "acme", version = "1.0")
            public class Shout implements Configurable {
              private String suffix = "!";
              @Override public void configure(Map<String, ?> config) {
                Object s = config.get("eddy.functions.shout.suffix");
                if (s != null) { suffix = s.toString(); }
              }
              @Udf(description = "shouts")
              public String shout(@UdfParameter("text") String text) {
                return text == null ? null : text.toUpperCase() + suffix;
              }
            }
            """,
        "com/acme/LongestLength.java", """
            package com.acme;
            import dev.eddy.functions.api.*;
            @UdafDescription(name = "longest_length", description = "Longest string length.")
            public class LongestLength {
              @UdafFactory
              public static Udaf<String, Integer, Integer> create() {
                return new Udaf<>() {
                  public Integer initialize() { return 0; }
                  public Integer aggregate(String v, Integer a) {
                    return v == null ? a : Math.max(a, v.length());
                  }
                  public Integer merge(Integer a, Integer b) { return Math.max(a, b); }
                  public Integer map(Integer a) { return a; }
                };
              }
            }
            """,
        "com/acme/Helper.java", """
            package com.acme;
            public class Helper {}
            """), List.of());

    // A jar with a function clashing with a built-in, one whose parameter type is missing
    // from the jar (NoClassDefFoundError on reflection), and one good function.
    jar("b-mixed.jar", Map.of(
        "org/clash/Upper.java", """
            package org.clash;
            import dev.eddy.functions.api.*;
            @UdfDescription(name = "UCASE", description = "Pretends to be UCASE.")
            public class Upper {
              @Udf public String ucase(String s) { return "hijacked"; }
            }
            """,
        "org/clash/Missing.java", """
            package org.clash;
            public class Missing {}
            """,
        "org/clash/NeedsMissing.java", """
            package org.clash;
            import dev.eddy.functions.api.*;
            @UdfDescription(name = "needs_missing", description = "Uses a class not in the jar.")
            public class NeedsMissing {
              @Udf public String f(String s) { return new Missing().toString(); }
              @Udf public String g(Missing m) { return ""; }
            }
            """,
        "org/clash/Twice.java", """
            package org.clash;
            import dev.eddy.functions.api.*;
            @UdfDescription(name = "twice", description = "Doubles a number.")
            public class Twice {
              @Udf public Long twice(Long v) { return v == null ? null : v * 2; }
            }
            """), List.of("org/clash/Missing.class"));

    // A second jar defining SHOUT again: the first jar's definition stays.
    jar("c-duplicate.jar", Map.of(
        "net/dup/Shout.java", """
            package net.dup;
            import dev.eddy.functions.api.*;
            @UdfDescription(name = "shout", description = "Another shout.")
            public class Shout {
              @Udf public String shout(String s) { return "dup"; }
            }
            """), List.of());

    Files.write(extensions.resolve("d-broken.jar"), new byte[] {'P', 'K', 3, 4, 'j', 'u', 'n', 'k'});
    Files.writeString(extensions.resolve("notes.txt"), "not a jar");
  }

  /** Compiles sources against the test classpath and packs the classes, minus {@code omit}. */
  static void jar(String name, Map<String, String> sources, List<String> omit) throws IOException {
    Path src = Files.createDirectories(work.resolve(name + "-src"));
    Path classes = Files.createDirectories(work.resolve(name + "-classes"));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(),
        "-classpath", System.getProperty("java.class.path"), "-proc:none"));
    for (var e : sources.entrySet()) {
      Path file = src.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
      args.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int rc = javac.run(null, null, null, args.toArray(String[]::new));
    assertThat(rc).as("javac exit code").isZero();
    try (OutputStream out = Files.newOutputStream(extensions.resolve(name));
        JarOutputStream jar = new JarOutputStream(out);
        Stream<Path> files = Files.walk(classes)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        String entry = classes.relativize(p).toString().replace('\\', '/');
        if (omit.contains(entry)) {
          continue;
        }
        jar.putNextEntry(new JarEntry(entry));
        jar.write(Files.readAllBytes(p));
        jar.closeEntry();
      }
    }
  }

  static FunctionRegistry load() {
    return FunctionRegistry.load(Map.of(FunctionRegistry.EXTENSION_DIR, extensions.toString(),
        "eddy.functions.shout.suffix", "!!!"));
  }

  @Test
  void loadsUserFunctionsNextToTheBuiltIns() {
    FunctionRegistry r = load();
    FunctionDescriptor shout = r.get("shout");
    assertThat(shout.isBuiltIn()).isFalse();
    assertThat(shout.source()).endsWith("a-good.jar");
    assertThat(shout.author()).isEqualTo("acme");
    assertThat(shout.description()).isEqualTo("Upper-cases and adds a suffix.");
    ResolvedCall call = r.resolve("SHOUT", List.of(SqlTypes.STRING));
    assertThat(call.signature().method().invoke("hey")).isEqualTo("HEY!!!");
    assertThat(call.signature().method().method().getDeclaringClass().getClassLoader())
        .isNotSameAs(getClass().getClassLoader());

    var longest = r.resolve("LONGEST_LENGTH", List.of(SqlTypes.STRING)).signature().aggregate();
    var udaf = longest.create();
    Object a = udaf.aggregate("abc", udaf.initialize());
    assertThat(udaf.map(udaf.aggregate("a", a))).isEqualTo(3);

    assertThat(r.resolve("TWICE", List.of(SqlTypes.INTEGER)).returnType()).isEqualTo(SqlTypes.BIGINT);
    assertThat(r.find("CONCAT")).isPresent();
  }

  @Test
  void badJarsAndClashesAreReportedAndSkipped() {
    FunctionRegistry r = load();
    assertThat(r.get("UCASE").isBuiltIn()).isTrue();
    assertThat(r.resolve("UCASE", List.of(SqlTypes.STRING)).signature().method().invoke("a"))
        .isEqualTo("A");
    assertThat(r.find("NEEDS_MISSING")).isEmpty();
    assertThat(r.get("SHOUT").source()).endsWith("a-good.jar");

    List<String> problems = r.problems().stream().map(LoadProblem::toString).toList();
    assertThat(problems).hasSize(4);
    assertThat(problems.get(0)).startsWith(extensions.resolve("b-mixed.jar")
        + " (org.clash.NeedsMissing): Cannot load function class org.clash.NeedsMissing:"
        + " java.lang.NoClassDefFoundError: org/clash/Missing");
    assertThat(problems.get(1)).isEqualTo(extensions.resolve("b-mixed.jar")
        + " (org.clash.Upper): function UCASE already exists (built-in); skipped");
    assertThat(problems.get(2)).isEqualTo(extensions.resolve("c-duplicate.jar")
        + " (net.dup.Shout): function SHOUT already exists ("
        + extensions.resolve("a-good.jar") + "); skipped");
    assertThat(problems.get(3)).startsWith(extensions.resolve("d-broken.jar")
        + ": cannot read jar: ");
  }

  @Test
  void aMissingDirectoryIsAProblemNotACrash() {
    FunctionRegistry r = FunctionRegistry.load(
        Map.of(FunctionRegistry.EXTENSION_DIR, work.resolve("nope").toString()));
    assertThat(r.problems()).extracting(LoadProblem::message)
        .containsExactly("extension directory does not exist");
    assertThat(r.find("LCASE")).isPresent();
  }
}
