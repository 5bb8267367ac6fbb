package dev.eddy.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.eddy.sql.tree.SqlDefineVariable;
import dev.eddy.sql.tree.SqlUndefineVariable;

/**
 * Parses the {@code statements} of every case of ksqlDB's query-validation tests (test data
 * outside the project, found through the {@code eddy.qtt.dir} system property, by default
 * {@code ../../shared/ksql-qtt/query-validation-tests} from the module). Each statement that
 * fails must belong to a case expecting ksqlDB's ParseFailedException, or be listed with a
 * reason in {@code qtt-known-gaps.txt}; of the statements ksqlDB accepts at least 98% must parse.
 *
 * <p>{@code {FORMAT}} is replaced by the case's first format, as the harness would; variables
 * DEFINEd by earlier statements of the case are substituted.
 */
class QttParseRateTest {

  private static final String DEFAULT_DIR = "../../shared/ksql-qtt/query-validation-tests";

  @Test
  void parsesTheStatementsKsqlDbAccepts() throws IOException {
    Path dir = Path.of(System.getProperty("eddy.qtt.dir", DEFAULT_DIR));
    assumeTrue(Files.isDirectory(dir), "ksqlDB query-validation tests not found at " + dir.toAbsolutePath()
        + "; set -Deddy.qtt.dir to run the parse-rate test");
    Set<String> knownGaps = knownGaps();
    ObjectMapper json = new ObjectMapper();
    int statements = 0;
    int parsed = 0;
    int accepted = 0;
    int acceptedParsed = 0;
    List<String> unexpected = new ArrayList<>();
    long slowest = 0;
    String slowestSql = "";
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : files) {
      for (JsonNode testCase : json.readTree(file.toFile()).path("tests")) {
        String name = file.getFileName() + " :: " + testCase.path("name").asText();
        boolean parseFailureExpected = testCase.path("expectedException").path("type").asText()
            .endsWith("ParseFailedException");
        String format = testCase.path("format").path(0).asText("JSON");
        Map<String, String> variables = new HashMap<>();
        boolean failed = false;
        for (JsonNode statement : testCase.path("statements")) {
          String sql = statement.asText().replace("{FORMAT}", format);
          statements++;
          if (!parseFailureExpected) {
            accepted++;
          }
          if (failed) {
            continue;
          }
          long start = System.nanoTime();
          try {
            for (ParsedStatement result : EddySqlParser.parseStatements(sql, variables)) {
              track(result, variables);
            }
            if (System.nanoTime() - start > slowest) {
              slowest = System.nanoTime() - start;
              slowestSql = sql;
            }
            parsed++;
            if (!parseFailureExpected) {
              acceptedParsed++;
            }
          } catch (EddySqlParseException e) {
            // Later statements of a failing case are counted as not parsed: ksqlDB parses a
            // case as one script, so it would not get to them either.
            failed = true;
            if (!parseFailureExpected && !knownGaps.contains(name)) {
              unexpected.add(name + " :: " + e.errorLine() + "\n    " + sql);
            }
          }
        }
      }
    }
    double rate = 100.0 * acceptedParsed / Math.max(1, accepted);
    System.out.printf(Locale.ROOT, "parsed %d of %d%n", parsed, statements);
    System.out.printf(Locale.ROOT, "parsed %d of %d statements that ksqlDB accepts (%.2f%%)%n",
        acceptedParsed, accepted, rate);
    System.out.printf(Locale.ROOT, "slowest statement %.1f ms: %s%n", slowest / 1e6, slowestSql);
    assertThat(unexpected).as("failures neither expected by ksqlDB nor listed in qtt-known-gaps.txt").isEmpty();
    assertThat(rate).isGreaterThanOrEqualTo(98.0);
  }

  private static void track(ParsedStatement result, Map<String, String> variables) {
    if (result.node() instanceof SqlDefineVariable define) {
      variables.put(define.name(), define.value());
    } else if (result.node() instanceof SqlUndefineVariable undefine) {
      variables.remove(undefine.name());
    }
  }

  /** {@code file :: case name} of each listed gap. */
  private static Set<String> knownGaps() throws IOException {
    Set<String> gaps = new HashSet<>();
    try (InputStream in = QttParseRateTest.class.getResourceAsStream("/qtt-known-gaps.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] parts = line.split(" :: ");
        if (!line.startsWith("#") && parts.length >= 3) {
          gaps.add(parts[0].trim() + " :: " + parts[1].trim());
        }
      }
    }
    return gaps;
  }
}
