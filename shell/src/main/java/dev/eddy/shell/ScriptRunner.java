package dev.eddy.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the statements of a text in order (what the user typed, {@code -e}, {@code -f}, or a
 * {@code RUN SCRIPT} file) and stops at the first that fails, after printing the error with the
 * statement's number and, for a file, the line it starts on: the driver's error positions count
 * from the start of the statement that failed.
 */
final class ScriptRunner {

  /** How a run ended. */
  enum Outcome { DONE, FAILED, EXIT }

  /** Scripts that run scripts: deep enough for real use, shallow enough to stop a script that runs itself. */
  private static final int MAX_SCRIPT_DEPTH = 16;

  private final StatementRunner statements;
  private final ShellOutput output;
  private final Consumer<String> afterStatement;
  private int depth;

  /** @param afterStatement told each statement that succeeded (the shell refreshes completion names after DDL) */
  ScriptRunner(StatementRunner statements, ShellOutput output, Consumer<String> afterStatement) {
    this.statements = statements;
    this.output = output;
    this.afterStatement = afterStatement;
  }

  /**
   * @param source the file the text comes from, for error messages; null for typed input or {@code -e}
   */
  Outcome run(String text, Path source) {
    List<StatementSplitter.Statement> all = StatementSplitter.statementsOf(text);
    for (int i = 0; i < all.size(); i++) {
      StatementSplitter.Statement statement = all.get(i);
      ShellCommand command = ShellCommand.parse(statement.text());
      if (command instanceof ShellCommand.Exit) {
        return Outcome.EXIT;
      }
      Outcome outcome;
      if (command instanceof ShellCommand.RunScript script) {
        outcome = runScript(script.path());
      } else {
        try {
          statements.run(statement.text());
          afterStatement.accept(statement.text());
          outcome = Outcome.DONE;
        } catch (SQLException e) {
          // Which statement failed matters once there are several; its error says where in it.
          String header = source != null || all.size() > 1 ? where(i + 1, statement.line(), source) + " failed:\n" : "";
          output.error(header + (e.getMessage() == null ? e.toString() : e.getMessage()));
          outcome = Outcome.FAILED;
        }
      }
      if (outcome != Outcome.DONE) {
        return outcome;
      }
    }
    return Outcome.DONE;
  }

  private Outcome runScript(String path) {
    Path file = Path.of(path);
    if (depth >= MAX_SCRIPT_DEPTH) {
      output.error("RUN SCRIPT '" + path + "': scripts nested more than " + MAX_SCRIPT_DEPTH + " deep (does a script run itself?)");
      return Outcome.FAILED;
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      output.error("RUN SCRIPT '" + path + "': cannot read " + file.toAbsolutePath() + " (" + e + ")");
      return Outcome.FAILED;
    }
    depth++;
    try {
      return run(text, file);
    } finally {
      depth--;
    }
  }

  private static String where(int number, int line, Path source) {
    return source == null
        ? "Statement " + number
        : "Statement " + number + " of " + source + " (line " + line + ")";
  }
}
