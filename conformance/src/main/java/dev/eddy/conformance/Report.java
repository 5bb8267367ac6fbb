package dev.eddy.conformance;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects outcomes and prints them: one line per failing run as it happens, a summary per file,
 * and last the line scripts rely on, {@code N passed, M failed, K skipped}.
 */
public final class Report {

  private final List<Outcome> outcomes = new ArrayList<>();
  private final PrintStream out;

  public Report(PrintStream out) {
    this.out = out;
  }

  public void add(Outcome outcome) {
    outcomes.add(outcome);
    if (outcome.status() == Outcome.Status.FAILED) {
      out.println("FAIL " + outcome.run().file() + " | " + outcome.run().displayName() + " | " + outcome.detail());
    }
  }

  public List<Outcome> outcomes() {
    return List.copyOf(outcomes);
  }

  public long count(Outcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }

  public void printSummary() {
    Map<String, long[]> byFile = new LinkedHashMap<>();
    for (Outcome outcome : outcomes) {
      byFile.computeIfAbsent(outcome.run().file(), f -> new long[3])[outcome.status().ordinal()]++;
    }
    out.println();
    out.println("By file (passed / failed / skipped):");
    byFile.forEach((file, counts) ->
        out.printf("  %-50s %4d %4d %4d%n", file, counts[0], counts[1], counts[2]));
    out.println(finalLine());
  }

  public String finalLine() {
    return count(Outcome.Status.PASSED) + " passed, " + count(Outcome.Status.FAILED) + " failed, "
        + count(Outcome.Status.SKIPPED) + " skipped";
  }

  /** Every run's outcome as JSON, for tools that track conformance over time. */
  public void writeJson(Path file) throws IOException {
    ObjectNode root = CaseLoader.JSON.createObjectNode();
    root.put("passed", count(Outcome.Status.PASSED));
    root.put("failed", count(Outcome.Status.FAILED));
    root.put("skipped", count(Outcome.Status.SKIPPED));
    ArrayNode runs = root.putArray("runs");
    for (Outcome outcome : outcomes) {
      ObjectNode run = runs.addObject();
      run.put("file", outcome.run().file());
      run.put("name", outcome.run().displayName());
      run.put("status", outcome.status().name().toLowerCase(java.util.Locale.ROOT));
      if (outcome.detail() != null) {
        run.put("detail", outcome.detail());
      }
      run.put("millis", outcome.millis());
    }
    CaseLoader.JSON.writer(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
  }
}
