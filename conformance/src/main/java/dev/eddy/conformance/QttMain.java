package dev.eddy.conformance;

import dev.eddy.engine.Engine;
import dev.eddy.engine.EngineConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bin/eddy-qtt PATH...}: runs ksqlDB query-validation tests against Eddy. */
@Command(name = "eddy-qtt", mixinStandardHelpOptions = true,
    description = "Runs ksqlDB query-validation test files (QTT JSON) against a fresh Eddy engine per case.")
public final class QttMain implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "QTT JSON files or directories of them.")
  List<Path> paths;

  @Option(names = "--only-format", split = ",", paramLabel = "FORMAT",
      description = "Run only cases whose formats are all among these (e.g. JSON,DELIMITED,KAFKA).")
  List<String> onlyFormats;

  @Option(names = "--report", paramLabel = "FILE", description = "Write every case's outcome as JSON to FILE.")
  Path report;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "Per-case time limit (default ${DEFAULT-VALUE}).")
  double timeoutSeconds;

  @Override
  public Integer call() throws Exception {
    Set<String> only = onlyFormats == null ? null
        : onlyFormats.stream().map(f -> f.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    CaseRunner runner = new CaseRunner(new FormatFilter(only), (long) (timeoutSeconds * 1000));
    Report results = new Report(System.out);
    warmUp();
    for (Path file : CaseLoader.files(paths)) {
      List<QttRun> runs;
      try {
        runs = CaseLoader.load(file);
      } catch (Exception e) {
        System.err.println("eddy-qtt: cannot read " + file + ": " + e.getMessage());
        return 2;
      }
      long[] counts = new long[3];
      for (QttRun run : runs) {
        Outcome outcome = runner.run(run);
        results.add(outcome);
        counts[outcome.status().ordinal()]++;
      }
      // Progress on stderr, so a long run can be watched without disturbing the report on stdout.
      System.err.printf("%s: %d passed, %d failed, %d skipped%n", file.getFileName(), counts[0], counts[1], counts[2]);
      System.out.flush();
    }
    results.printSummary();
    if (report != null) {
      results.writeJson(report);
    }
    return 0;
  }

  /**
   * Loads and compiles what every run needs (Calcite, the function registry, code generation)
   * once, outside any run's time limit: otherwise the first run pays the JVM's warm-up and can
   * time out on a slow machine.
   */
  private static void warmUp() {
    try (Engine engine = Engine.open(EngineConfig.inMemory())) {
      engine.execute("CREATE STREAM WARM_UP (ID BIGINT KEY, V STRING) WITH (KAFKA_TOPIC='warm_up', PARTITIONS=1, "
          + "VALUE_FORMAT='JSON'); CREATE STREAM WARM_UP_OUT AS SELECT ID, UCASE(V) AS V FROM WARM_UP WHERE ID > 0;",
          java.util.Map.of());
    } catch (RuntimeException e) {
      // A failed warm-up only means the first run is slower; the runs report real problems.
    }
  }

  public static void main(String[] args) {
    int code = new CommandLine(new QttMain()).execute(args);
    // Abandoned (timed-out) runs may leave non-daemon engine threads behind.
    System.exit(code);
  }

}
