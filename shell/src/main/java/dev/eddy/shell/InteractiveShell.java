package dev.eddy.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.regex.Pattern;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive shell: a banner, then read a statement, run it, repeat. Ctrl-C at the prompt
 * drops the line being typed, Ctrl-C while a statement runs cancels it, and Ctrl-D (or
 * {@code exit}) leaves. Multi-line input is the {@link SqlLineParser}'s job.
 */
final class InteractiveShell {

  static final String PROMPT = "eddy> ";
  static final String CONTINUATION_PROMPT = "    > ";
  static final Path HISTORY_FILE = Path.of(System.getProperty("user.home"), ".eddy_history");

  /** Statements after which the stream and table names to complete may have changed. */
  private static final Pattern CHANGES_SOURCES = Pattern.compile("(?is)^\\s*(CREATE|DROP)\\b.*");

  private final Connection connection;
  private final ConnectionTarget target;
  private final OutputFormat format;

  InteractiveShell(Connection connection, ConnectionTarget target, OutputFormat format) {
    this.connection = connection;
    this.target = target;
    this.format = format;
  }

  int run() throws IOException {
    try (Terminal terminal = TerminalBuilder.builder().system(true).name("eddy").build()) {
      PrintWriter writer = terminal.writer();
      boolean color = !Terminal.TYPE_DUMB.equals(terminal.getType()) && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
      ShellOutput output = new ShellOutput(writer, writer, writer, format,
          () -> terminal.getWidth() > 0 ? terminal.getWidth() : 80, color);
      StatementRunner runner = new StatementRunner(connection, output);
      // Outside readLine the terminal is in cooked mode and Ctrl-C is a signal; readLine puts
      // its own handler in place while it reads and restores this one afterwards.
      terminal.handle(Terminal.Signal.INT, signal -> runner.cancel());

      NameCatalog catalog = new NameCatalog(connection);
      SqlCompleter completer = new SqlCompleter(catalog.loadAll());
      LineReader reader = LineReaderBuilder.builder()
          .terminal(terminal)
          .appName("eddy")
          .parser(new SqlLineParser())
          .completer(completer)
          .highlighter(color ? new SqlHighlighter() : null)
          .variable(LineReader.HISTORY_FILE, HISTORY_FILE)
          .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT)
          .option(LineReader.Option.CASE_INSENSITIVE, true)
          // '!' is SQL's "not" (!=), never a history reference.
          .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
          .build();
      ScriptRunner scripts = new ScriptRunner(runner, output, sql -> {
        if (CHANGES_SOURCES.matcher(sql).matches()) {
          completer.update(catalog.loadSources(completer.names()));
        }
      });

      writer.println(banner(target));
      writer.flush();
      while (true) {
        String input;
        try {
          input = reader.readLine(PROMPT);
        } catch (UserInterruptException e) {
          continue; // Ctrl-C at the prompt: the line is dropped, the shell stays
        } catch (EndOfFileException e) {
          break; // Ctrl-D
        }
        if (StatementSplitter.isBlank(input)) {
          continue;
        }
        if (scripts.run(input, null) == ScriptRunner.Outcome.EXIT) {
          break;
        }
      }
      reader.getHistory().save();
      writer.println("Bye.");
      writer.flush();
      return EddyShell.OK;
    }
  }

  static String banner(ConnectionTarget target) {
    return "Eddy " + Version.current() + " - SQL stream processing\n"
        + "Connected to " + target.description() + ".\n"
        + "Statements end with ';'. Ctrl-C cancels a running query; Ctrl-D or 'exit' leaves.\n";
  }
}
