package dev.eddy.shell;

/** The {@code --output} choices. */
enum OutputFormat {
  TABLE,
  JSON,
  CSV
}
