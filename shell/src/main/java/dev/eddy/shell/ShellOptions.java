package dev.eddy.shell;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line of {@code bin/eddy}; {@link #parse} checks what picocli cannot express alone. */
@Command(name = "eddy", sortOptions = false, usageHelpWidth = 100,
    description = {
        "Eddy's SQL shell. Without -e or -f it reads statements interactively (or from standard "
            + "input when that is not a terminal); statements end with ';'."},
    footer = {"", "Exit status: 0 when every statement succeeded, 1 at the first statement that failed "
        + "(or when the engine cannot be reached), 2 for a wrong command line."})
final class ShellOptions {

  static final Path DEFAULT_DATA_DIR = Path.of("eddy-data");

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Run the engine in this process on DIR (default: eddy-data in the current directory).")
  Path dataDir;

  @Option(names = "--server", paramLabel = "URL",
      description = "Connect to an Eddy server instead, e.g. http://localhost:8088.")
  String server;

  /** Any JDBC URL; for tests and other drivers, so not in the help. */
  @Option(names = "--jdbc-url", paramLabel = "URL", hidden = true)
  String jdbcUrl;

  @Option(names = {"-e", "--execute"}, paramLabel = "SQL",
      description = "Run these statements, print their results and exit.")
  String execute;

  @Option(names = {"-f", "--file"}, paramLabel = "FILE",
      description = "Run the statements in FILE, print their results and exit.")
  Path file;

  @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "table",
      description = "How results are printed: table (default), json (one object per row) or csv.")
  OutputFormat output;

  @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version and exit.")
  boolean version;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Print this help and exit.")
  boolean help;

  static CommandLine commandLine(ShellOptions options) {
    return new CommandLine(options)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setOverwrittenOptionsAllowed(false);
  }

  /**
   * Parses and checks the arguments.
   *
   * @throws CommandLine.ParameterException for a wrong command line, with a message for the user
   */
  static ShellOptions parse(String... args) {
    ShellOptions options = new ShellOptions();
    CommandLine line = commandLine(options);
    line.parseArgs(args);
    int targets = (options.dataDir != null ? 1 : 0) + (options.server != null ? 1 : 0) + (options.jdbcUrl != null ? 1 : 0);
    if (targets > 1) {
      throw new CommandLine.ParameterException(line, "--data-dir and --server cannot be used together");
    }
    if (options.execute != null && options.file != null) {
      throw new CommandLine.ParameterException(line, "-e and -f cannot be used together");
    }
    return options;
  }

  /** Whether statements come from -e or -f rather than a person. */
  boolean batch() {
    return execute != null || file != null;
  }
}
