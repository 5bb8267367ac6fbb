package dev.eddy.shell;

import java.io.PrintWriter;
import java.util.function.IntSupplier;

/**
 * Where the shell writes. Results go to {@code results}; messages (DDL outcomes, "Query ended")
 * go there too in table mode but to standard error in JSON and CSV modes, so that standard
 * output holds nothing but data that a script can parse. Errors always go to {@code errors}.
 *
 * @param color whether errors may be drawn in red (a terminal, never a pipe)
 */
record ShellOutput(PrintWriter results, PrintWriter messages, PrintWriter errors, OutputFormat format,
    IntSupplier width, boolean color) {

  /** A new printer for one result set. */
  ResultPrinter printer() {
    return switch (format) {
      case TABLE -> new TablePrinter(results, width);
      case JSON -> new JsonPrinter(results);
      case CSV -> new CsvPrinter(results);
    };
  }

  void message(String text) {
    messages.println(text);
    messages.flush();
  }

  void error(String text) {
    // Results may be buffered on another stream; flush them so the error lands after them.
    results.flush();
    messages.flush();
    errors.println(color ? "\u001b[31m" + text + "\u001b[0m" : text);
    errors.flush();
  }
}
