package dev.eddy.engine.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A scenario file: statements, each followed by the output it must give.
 *
 * <pre>
 * -- a comment
 * CREATE STREAM s (id INT KEY, name STRING) WITH (...);
 * --> Stream S created
 * SELECT id, name FROM s EMIT CHANGES LIMIT 2;
 * --> 1 | a
 * --> 2 | b
 * -- !restart
 * </pre>
 * A statement runs from its first line to the line ending in {@code ;}. Lines starting with
 * {@code -->} are its expected output: the message of a DDL statement, or one line per row,
 * values separated by {@code " | "}; {@code --> ERROR <message>} expects the statement to fail
 * with that message's first line. {@code -- !restart} closes the engine and opens it again on
 * the same data directory.
 */
record Scenario(String name, List<Step> steps) {

  /** One statement with what it must print, or a restart. */
  record Step(int line, String statement, List<String> expected, boolean restart) {}

  static Scenario parse(String name, String text) {
    List<Step> steps = new ArrayList<>();
    StringBuilder statement = new StringBuilder();
    int statementLine = 0;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("-->")) {
        Step last = steps.get(steps.size() - 1);
        // One space separates the arrow from the text; more is indentation to keep (EXPLAIN).
        String expected = line.substring(3);
        last.expected().add((expected.startsWith(" ") ? expected.substring(1) : expected).stripTrailing());
      } else if (line.strip().equals("-- !restart")) {
        steps.add(new Step(i + 1, null, new ArrayList<>(), true));
      } else if (line.startsWith("--") || (line.isBlank() && statement.length() == 0)) {
        continue;
      } else {
        if (statement.length() == 0) {
          statementLine = i + 1;
        }
        statement.append(line).append('\n');
        if (line.stripTrailing().endsWith(";")) {
          steps.add(new Step(statementLine, statement.toString().strip(), new ArrayList<>(), false));
          statement.setLength(0);
        }
      }
    }
    if (statement.length() > 0) {
      throw new IllegalArgumentException(name + ": the statement at line " + statementLine + " has no ';'");
    }
    return new Scenario(name, steps);
  }
}
