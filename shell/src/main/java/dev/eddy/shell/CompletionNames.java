package dev.eddy.shell;

import java.util.List;

/** The names the shell completes besides keywords, as last read from the engine. */
record CompletionNames(List<String> sources, List<String> columns, List<String> functions, List<String> properties) {

  static final CompletionNames NONE = new CompletionNames(List.of(), List.of(), List.of(), List.of());

  CompletionNames {
    sources = List.copyOf(sources);
    columns = List.copyOf(columns);
    functions = List.copyOf(functions);
    properties = List.copyOf(properties);
  }

  CompletionNames withSources(List<String> newSources, List<String> newColumns) {
    return new CompletionNames(newSources, newColumns, functions, properties);
  }
}
