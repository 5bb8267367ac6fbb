package dev.eddy.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.IntSupplier;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;

/**
 * {@code bin/eddy}: parses the command line, connects through JDBC, then either runs the
 * statements of {@code -e}, {@code -f} or a piped standard input, or hands over to the
 * {@link InteractiveShell}.
 */
public final class EddyShell {

  static final int OK = 0;
  static final int STATEMENT_FAILED = 1;
  static final int USAGE = 2;

  private EddyShell() {}

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  static int run(String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    try {
      ShellOptions options;
      ConnectionTarget target;
      try {
        options = ShellOptions.parse(args);
        target = ConnectionTarget.of(options);
      } catch (CommandLine.ParameterException e) {
        err.println("eddy: " + e.getMessage());
        e.getCommandLine().usage(err);
        return USAGE;
      } catch (IllegalArgumentException e) {
        err.println("eddy: " + e.getMessage());
        return USAGE;
      }
      if (options.help) {
        ShellOptions.commandLine(new ShellOptions()).usage(out);
        return OK;
      }
      if (options.version) {
        out.println("Eddy " + Version.current());
        return OK;
      }
      return connectAndRun(options, target, stdin, out, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int connectAndRun(ShellOptions options, ConnectionTarget target, InputStream stdin,
      PrintWriter out, PrintWriter err) {
    String script;
    Path source = null;
    if (options.execute != null) {
      script = options.execute;
    } else if (options.file != null) {
      source = options.file;
      try {
        script = Files.readString(options.file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("eddy: cannot read " + options.file + ": " + e);
        return STATEMENT_FAILED;
      }
    } else {
      script = null;
    }
    boolean interactive = script == null && System.console() != null;
    try (Connection connection = connect(target, err)) {
      if (connection == null) {
        return STATEMENT_FAILED;
      }
      if (interactive) {
        return new InteractiveShell(connection, target, options.output).run();
      }
      if (script == null) {
        script = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
      }
      return runBatch(connection, script, source, options.output, out, err);
    } catch (IOException e) {
      err.println("eddy: " + e);
      return STATEMENT_FAILED;
    } catch (SQLException e) {
      err.println("eddy: closing the connection failed: " + e.getMessage());
      return STATEMENT_FAILED;
    }
  }

  private static int runBatch(Connection connection, String script, Path source, OutputFormat format,
      PrintWriter out, PrintWriter err) {
    // In table mode, sentences ("Created stream X") belong with the tables; in json/csv mode
    // standard output is data only.
    PrintWriter messages = format == OutputFormat.TABLE ? out : err;
    ShellOutput output = new ShellOutput(out, messages, err, format, batchWidth(), false);
    StatementRunner runner = new StatementRunner(connection, output);
    // Ctrl-C (or a kill) stops the running push query and lets the engine close its data
    // directory cleanly before the JVM goes.
    Thread stop = new Thread(() -> {
      runner.cancel();
      try {
        connection.close();
      } catch (SQLException e) {
        err.println("eddy: closing the connection failed: " + e.getMessage());
      }
    }, "eddy-shutdown");
    Runtime.getRuntime().addShutdownHook(stop);
    try {
      ScriptRunner.Outcome outcome = new ScriptRunner(runner, output, sql -> { }).run(script, source);
      return outcome == ScriptRunner.Outcome.FAILED ? STATEMENT_FAILED : OK;
    } finally {
      out.flush();
      try {
        Runtime.getRuntime().removeShutdownHook(stop);
      } catch (IllegalStateException e) {
        // The JVM is already shutting down and the hook is running: nothing left to undo.
      }
    }
  }

  /** A table printed to a terminal fits it; piped, only the per-cell cap applies. */
  private static IntSupplier batchWidth() {
    if (System.console() == null) {
      return () -> Integer.MAX_VALUE;
    }
    int width;
    try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
      width = terminal.getWidth();
    } catch (IOException e) {
      width = 0;
    }
    int fitted = width > 0 ? width : 120;
    return () -> fitted;
  }

  private static Connection connect(ConnectionTarget target, PrintWriter err) {
    try {
      return DriverManager.getConnection(target.url());
    } catch (SQLException e) {
      err.println("eddy: cannot connect to " + target.description() + " (" + target.url() + "): " + e.getMessage());
      return null;
    }
  }
}
